import type { Action, InvitationReply, ParticipantListReply } from '@moteplass/shared';
import { ApiError } from '../api';

/**
 * The calls behind the facilitator's console and the shared screen, with the
 * session token as a bearer token. Failures are ApiErrors, like every call.
 */
async function authorized(
  path: string,
  token: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error?.message === 'string' ? error.message : response.statusText,
    );
  }
  return body;
}

const workshopPath = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

function expect<T>(value: unknown, check: (value: Record<string, unknown>) => boolean): T {
  if (typeof value !== 'object' || value === null || !check(value as Record<string, unknown>))
    throw new ApiError(200, 'BAD_REPLY', 'Unexpected reply');
  return value as T;
}

/** One workshop action; resolves with the server's reply (`{ok: true, …}`). */
export async function postAction(
  workshopId: string,
  token: string,
  action: Action,
): Promise<Record<string, unknown>> {
  const reply = await authorized(`${workshopPath(workshopId)}/actions`, token, {
    method: 'POST',
    body: action,
  });
  return expect(reply, (value) => value.ok === true);
}

export async function fetchParticipants(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<ParticipantListReply> {
  const reply = await authorized(`${workshopPath(workshopId)}/participants`, token, { signal });
  return expect(reply, (value) => Array.isArray(value.participants));
}

export async function fetchInvitation(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<InvitationReply> {
  const reply = await authorized(`${workshopPath(workshopId)}/invitation`, token, { signal });
  return expect(
    reply,
    (value) =>
      typeof value.joinCode === 'string' &&
      typeof value.participantUrl === 'string' &&
      typeof value.joinUrl === 'string',
  );
}
