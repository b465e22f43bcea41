import type { SpeakingState } from '@moteplass/shared';
import { useId } from 'react';
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
}

/** On the board, for everyone: who speaks, the queue, and one's own hand. */
export function SpeakingPanel({ speaking, selfId, actions, compact = false }: SpeakingPanelProps) {
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
      <h2 id={`${id}-heading`} className={compact ? 'visually-hidden' : undefined}>
        {t('equality.speaking.heading')}
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
      <ActionFailure failure={actions.failure} />
      {!compact && <SpeakingQueue queue={speaking.queue} headingId={`${id}-queue`} />}
    </section>
  );
}
