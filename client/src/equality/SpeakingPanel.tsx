import type { SpeakingState } from '@moteplass/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentSpeaker } from './CurrentSpeaker';
import { ActionFailure } from '../api';
import { SpeakingQueue } from './SpeakingQueue';
import type { EqualityActions } from './use-equality-action';

interface SpeakingPanelProps {
  speaking: SpeakingState;
  selfId: string;
  actions: EqualityActions;
  /** The phone's: the hand first, no queue list (the bar and the console show it). */
  compact?: boolean;
  /** A breakout group's list says whose it is. */
  heading?: string;
  /** A group's host grants from the queue (shown then on a phone too). */
  onGrant?: (participantId: string) => void;
  /** The group's host seat, under one's own hand. */
  children?: ReactNode;
  /** A group's short queue is listed on a phone too. */
  showQueue?: boolean;
}

/** On the board, for everyone: who speaks, the queue, and one's own hand. */
export function SpeakingPanel({
  speaking,
  selfId,
  actions,
  compact = false,
  heading,
  onGrant,
  children,
  showQueue = !compact,
}: SpeakingPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const position = speaking.queue.findIndex((hand) => hand.participantId === selfId) + 1;
  const speakingNow = speaking.current?.participantId === selfId;
  const send = (type: 'raiseHand' | 'lowerHand' | 'passTurn') => () => {
    if (actions.pending === null) void actions.run({ type });
  };

  return (
    <section
      className={`panel speaking-panel${compact ? ' speaking-panel-compact' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`} className={compact && !heading ? 'visually-hidden' : undefined}>
        {heading ?? t('equality.speaking.heading')}
      </h2>
      <CurrentSpeaker speaking={speaking} selfId={selfId} />
      <div className="button-row">
        {speakingNow ? (
          <button type="button" className="primary" onClick={send('passTurn')}>
            {speaking.round ? t('equality.speaking.passTurn') : t('equality.speaking.doneSpeaking')}
          </button>
        ) : position > 0 ? (
          <button type="button" onClick={send('lowerHand')}>
            {t('equality.speaking.lowerHand')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={send('raiseHand')}>
            {t('equality.speaking.raiseHand')}
          </button>
        )}
      </div>
      {position > 0 && <p>{t('equality.speaking.queuePosition', { position })}</p>}
      {children}
      <ActionFailure failure={actions.failure} />
      {(showQueue || onGrant) && (
        <SpeakingQueue queue={speaking.queue} headingId={`${id}-queue`} onGrant={onGrant} />
      )}
    </section>
  );
}
