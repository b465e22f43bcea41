import type { SpeakingState } from '@moteplass/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';
import { RoleDot } from './RoleDot';
import { TurnClock } from './TurnClock';
import { useSpeakerLabel } from './use-speaker-label';

interface CurrentSpeakerProps {
  speaking: SpeakingState;
  /** The person looking, to say "you have the floor" (and announce it once). */
  selfId?: string;
}

/** Who has the floor, the turn's countdown, and how far a round has come. */
export function CurrentSpeaker({ speaking, selfId }: CurrentSpeakerProps) {
  const { t } = useTranslation();
  const label = useSpeakerLabel();
  const { current, round } = speaking;
  const mine = current !== null && current.participantId === selfId;
  const turnKey = mine ? current.startedAt : null;

  useEffect(() => {
    // Said once per turn, in the page's polite live region.
    if (turnKey !== null) announce(t('equality.speaking.yourTurnAnnouncement'));
  }, [turnKey, t]);

  return (
    <div className="current-speaker">
      {current ? (
        <p className="current-speaker-name">
          <RoleDot role={current.role} />{' '}
          {mine
            ? t('equality.speaking.yourTurn')
            : t('equality.speaking.speakingNow', { who: label(current) })}
        </p>
      ) : (
        <p>{t('equality.speaking.nobodySpeaking')}</p>
      )}
      {current && <TurnClock endsAt={current.endsAt} />}
      {round && (
        <p>
          {t('equality.speaking.round', {
            done: Math.max(0, round.total - round.remaining.length - (current ? 1 : 0)),
            total: round.total,
          })}
        </p>
      )}
    </div>
  );
}
