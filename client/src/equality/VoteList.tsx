import { ballotScopeFor, isOnBallot } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotOf, kindOf } from '../kinds';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { useMyDots } from './my-dots-store';
import { NoteVote } from './NoteVote';
import { useBoardItems } from './use-board-items';
import { useEqualityAction } from './use-equality-action';
import { VoteStatus } from './VoteStatus';

interface VoteListProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
}

/**
 * While a vote is open, the notes on the ballot as a plain list with one's
 * dot buttons, and the dots left: what a phone shows without the canvas.
 */
export function VoteList({ connection, workshopId, session }: VoteListProps) {
  const { t } = useTranslation();
  const id = useId();
  const { vote } = useEqualityState(connection.workshop);
  const actions = useEqualityAction(workshopId, session.token);
  const mine = useMyDots(workshopId, session.token, vote?.voteId ?? null);
  const { byId } = useBoardItems(connection.items);
  const { breakout } = useGroupFloors(connection.workshop);
  if (!vote) return null;
  // A group's vote: one's own group's frame, or nothing (GROUPEQ-4).
  const scope = ballotScopeFor(vote, breakout, session.participantId);
  if (!scope) return <p className="hint vote-list">{t('groupEquality.voteOtherGroup')}</p>;
  const frame = scope.frameId ? (byId.get(scope.frameId) ?? null) : null;
  const card = vote.pollId ? byId.get(vote.pollId) : undefined;
  // A vote on a card (a poll) has the card's options as its ballot; else the notes in scope.
  const ballot =
    card && vote.pollId
      ? (ballotOf(vote.pollId, card) ?? []).map(({ itemId, text }) => ({ itemId, text, fill: '' }))
      : [...byId.entries()].flatMap(([itemId, item]) =>
          isOnBallot(item, scope, frame)
            ? [
                {
                  itemId,
                  text: kindOf(item).words(item),
                  fill: kindOf(item).listClass?.(item) ?? '',
                },
              ]
            : [],
        );

  return (
    <div className="vote-list" data-vote-list="">
      <VoteStatus vote={vote} mine={mine} compact />
      <h3 id={`${id}-heading`} className="visually-hidden">
        {t('layout.voteHeading')}
      </h3>
      {ballot.length === 0 ? (
        <p className="empty">{t('layout.voteNothing')}</p>
      ) : (
        <ul role="list" className="ballot" aria-labelledby={`${id}-heading`}>
          {ballot.map(({ itemId, text, fill }) => (
            <li key={itemId} className={fill ? `ballot-note ${fill}` : 'ballot-note ballot-option'}>
              <span className="ballot-text">{text}</span>
              <NoteVote
                itemId={itemId}
                text={text}
                dots={mine.dots}
                remaining={mine.remaining}
                actions={actions}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
