import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopConnection } from '../sync';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { RoleDot } from './RoleDot';
import { TurnClock } from './TurnClock';
import { useSpeakerLabel } from './use-speaker-label';

/** Names a projector shows of the queue; the rest are a count, so the list never pushes off the screen. */
const SHOWN_WAITING = 3;

/**
 * The speakers' list on the shared screen: who has the floor, the turn's
 * countdown and who waits, in type for the back of the room. No controls.
 * Present only while somebody speaks or waits (the `speaker` hook, CONTRACT.md).
 * During a breakout it never says nobody has the word: the groups have it.
 */
export function ScreenSpeakingQueue({ connection }: { connection: WorkshopConnection }) {
  const { t } = useTranslation();
  const id = useId();
  const label = useSpeakerLabel();
  const { speaking } = useEqualityState(connection.workshop);
  // During a breakout the word is in the groups (the grid's cards show it), not nobody's.
  const { breakout } = useGroupFloors(connection.workshop);
  const { current, queue, round } = speaking;
  if (!current && queue.length === 0) return null;
  const shown = queue.slice(0, SHOWN_WAITING);
  return (
    <section className="screen-speaking" aria-labelledby={`${id}-heading`} data-screen="speaker">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('equality.speaking.heading')}
      </h2>
      {current ? (
        <div className="screen-floor">
          <p className="screen-label">{t('screen.floor')}</p>
          <p className="screen-floor-name">
            <RoleDot role={current.role} /> {label(current)}
          </p>
          <TurnClock endsAt={current.endsAt} />
        </div>
      ) : (
        <p className="screen-label">
          {breakout ? t('groupEquality.screenInGroups') : t('equality.speaking.nobodySpeaking')}
        </p>
      )}
      {round && (
        <p className="screen-round">
          {t('equality.speaking.round', {
            done: Math.max(0, round.total - round.remaining.length - (current ? 1 : 0)),
            total: round.total,
          })}
        </p>
      )}
      {queue.length > 0 && (
        <>
          <h3 id={`${id}-queue`} className="screen-label">
            {t('equality.speaking.queueHeading')} ({queue.length})
          </h3>
          <ol className="screen-queue" aria-labelledby={`${id}-queue`}>
            {shown.map((hand) => (
              <li key={hand.participantId}>
                <RoleDot role={hand.role} /> {label(hand)}
              </li>
            ))}
          </ol>
          {queue.length > shown.length && (
            <p className="screen-more">
              {t('screen.moreWaiting', { count: queue.length - shown.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
