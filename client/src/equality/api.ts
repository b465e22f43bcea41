import { type Action, type Draft, type MyDraftsReply, type MyVotesReply } from '@moteplass/shared';
import { ApiError } from '../api';

/** The equality calls, with the session token as a bearer token. Failures are ApiErrors. */
async function call(
  path: string,
  token: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  const json: unknown = await response.json().catch(() => undefined);
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (!response.ok) {
    const error = record.error as { code?: unknown; message?: unknown } | undefined;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error?.message === 'string' ? error.message : response.statusText,
    );
  }
  return record;
}

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

export function postAction(
  workshopId: string,
  token: string,
  action: Action,
): Promise<Record<string, unknown>> {
  return call(`${base(workshopId)}/actions`, token, action);
}

function isDraft(value: unknown): value is Draft {
  const draft = value as Partial<Draft> | null;
  return typeof draft?.draftId === 'string' && typeof draft.text === 'string';
}

/** The caller's own drafts of the running silent-writing round (nobody else's, ever). */
export async function fetchMyDrafts(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<MyDraftsReply> {
  const reply = await call(`${base(workshopId)}/drafts`, token, undefined, signal);
  const drafts = Array.isArray(reply.drafts) ? reply.drafts.filter(isDraft) : [];
  return { roundId: typeof reply.roundId === 'string' ? reply.roundId : null, drafts };
}

export function myVotesFrom(reply: Record<string, unknown>): MyVotesReply {
  return {
    voteId: typeof reply.voteId === 'string' ? reply.voteId : null,
    dots: Array.isArray(reply.dots)
      ? reply.dots.filter((dot): dot is string => typeof dot === 'string')
      : [],
    remaining: typeof reply.remaining === 'number' ? reply.remaining : 0,
  };
}

/** The caller's own dots in the open vote. */
export async function fetchMyVotes(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<MyVotesReply> {
  return myVotesFrom(await call(`${base(workshopId)}/votes/mine`, token, undefined, signal));
}
