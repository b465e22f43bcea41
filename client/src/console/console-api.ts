import type { InvitationReply, ParticipantListReply } from '@moteplass/shared';
import { isRecord, requestJson, workshopPath } from '../api';

/**
 * The calls behind the facilitator's console and the shared screen, with the
 * session token as a bearer token. Failures are ApiErrors, like every call.
 */
const replyWith =
  <T>(check: (value: Record<string, unknown>) => boolean) =>
  (value: unknown): value is T =>
    isRecord(value) && check(value);

export async function fetchParticipants(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<ParticipantListReply> {
  return requestJson(
    `${workshopPath(workshopId)}/participants`,
    replyWith<ParticipantListReply>((value) => Array.isArray(value.participants)),
    { token, signal },
  );
}

export async function fetchInvitation(
  workshopId: string,
  token: string,
  signal?: AbortSignal,
): Promise<InvitationReply> {
  return requestJson(
    `${workshopPath(workshopId)}/invitation`,
    replyWith<InvitationReply>(
      (value) =>
        typeof value.joinCode === 'string' &&
        typeof value.participantUrl === 'string' &&
        typeof value.joinUrl === 'string',
    ),
    { token, signal },
  );
}
