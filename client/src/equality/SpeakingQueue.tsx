import type { RaisedHand } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { RoleDot } from './RoleDot';
import { useSpeakerLabel } from './use-speaker-label';

interface SpeakingQueueProps {
  queue: readonly RaisedHand[];
  headingId: string;
  /** The facilitator's controls for each person waiting. */
  onGrant?: (participantId: string) => void;
  onRemove?: (participantId: string) => void;
}

/** The raised hands in the order the server keeps (first come, or least spoken first). */
export function SpeakingQueue({ queue, headingId, onGrant, onRemove }: SpeakingQueueProps) {
  const { t } = useTranslation();
  const label = useSpeakerLabel();
  return (
    <>
      <h3 id={headingId}>
        {t('equality.speaking.queueHeading')} <span className="count">({queue.length})</span>
      </h3>
      {queue.length === 0 ? (
        <p className="empty">{t('equality.speaking.queueEmpty')}</p>
      ) : (
        <ol className="speaking-queue" aria-labelledby={headingId}>
          {queue.map((hand) => (
            <li key={hand.participantId}>
              <span className="speaker">
                <RoleDot role={hand.role} /> {label(hand)}
              </span>
              {onGrant && (
                <button
                  type="button"
                  aria-label={t('equality.speaking.grantTo', { who: label(hand) })}
                  onClick={() => onGrant(hand.participantId)}
                >
                  {t('equality.speaking.grant')}
                </button>
              )}
              {onRemove && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('equality.speaking.removeFromQueue', { who: label(hand) })}
                  onClick={() => onRemove(hand.participantId)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
