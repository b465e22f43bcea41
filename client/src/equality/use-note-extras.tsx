import { ballotScopeFor, isOnBallot, type NoteItem } from '@moteplass/shared';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { useMyDots, useMyDotsStore } from './my-dots-store';
import { NoteVote } from './NoteVote';
import { useBoardItems } from './use-board-items';
import { useEqualityAction } from './use-equality-action';

/**
 * What the equality controls add to each note in the list: one's own dot
 * buttons while a vote is open (on notes on the ballot) unless `votes` is
 * false (the page votes from its VoteList instead: one button per note on
 * the page), the result badge once it closed. Returns a render function for
 * the board's NoteList.
 */
export function useNoteExtras(
  connection: WorkshopConnection,
  workshopId: string,
  session: Session,
  votes = true,
): (entry: { id: string; note: NoteItem }) => ReactNode {
  const { t } = useTranslation();
  const { vote, voteResults } = useEqualityState(connection.workshop);
  const actions = useEqualityAction(workshopId, session.token);
  const mine = useMyDots(workshopId, session.token, vote?.voteId ?? null);
  const { byId } = useBoardItems(connection.items);
  const last = voteResults.at(-1);
  const counts = new Map(last?.tallies.map((tally) => [tally.itemId, tally.count]));
  const { breakout } = useGroupFloors(connection.workshop);
  // A group's vote puts one's own group's frame on the ballot, or nothing (GROUPEQ-4).
  const scope = vote ? ballotScopeFor(vote, breakout, session.participantId) : null;
  const frame = scope?.frameId ? (byId.get(scope.frameId) ?? null) : null;
  const failure = actions.failure;
  useEffect(() => useMyDotsStore.getState().setFailure(failure), [failure]);

  return function renderExtras({ id, note }) {
    if (vote && scope && votes && isOnBallot(note, scope, frame)) {
      return (
        <NoteVote
          itemId={id}
          text={note.text}
          dots={mine.dots}
          remaining={mine.remaining}
          actions={actions}
        />
      );
    }
    const count = vote ? undefined : counts.get(id);
    return count ? <span className="vote-badge">{t('equality.vote.badge', { count })}</span> : null;
  };
}
