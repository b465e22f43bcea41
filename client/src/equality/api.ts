import type { Draft, MyDraftsReply, MyVotesReply } from '@moteplass/shared';
import { isRecord, requestJson, workshopPath } from '../api';

/** The equality calls, with the session token as a bearer token. Failures are ApiErrors. */
function getRecord(
  path: string,
  token: string,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  return requestJson(path, isRecord, { token, signal });
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
  const reply = await getRecord(`${workshopPath(workshopId)}/drafts`, token, signal);
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
  return myVotesFrom(await getRecord(`${workshopPath(workshopId)}/votes/mine`, token, signal));
}
