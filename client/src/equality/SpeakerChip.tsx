import type { SpeakingState } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { RoleDot } from './RoleDot';
import { useSpeakerLabel } from './use-speaker-label';

/**
 * Who has the floor and how many wait, in a line for the board's bar. Says
 * nothing aloud: the speaking panel announces one's own turn.
 */
export function SpeakerChip({ speaking, selfId }: { speaking: SpeakingState; selfId: string }) {
  const { t } = useTranslation();
  const label = useSpeakerLabel();
  const { current, queue } = speaking;
  if (!current && queue.length === 0) return null;
  return (
    <p className="speaker-chip">
      {current && (
        <>
          <RoleDot role={current.role} />{' '}
          {current.participantId === selfId
            ? t('layout.youSpeak')
            : t('layout.speakerChip', { who: label(current) })}
        </>
      )}
      {queue.length > 0 && (
        <span className="speaker-chip-queue"> {t('layout.waiting', { count: queue.length })}</span>
      )}
    </p>
  );
}
