import type { SpeakingState } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentSpeaker } from './CurrentSpeaker';
import { ActionFailure } from '../api';
import { SpeakingQueue } from './SpeakingQueue';
import { SpeakingRules } from './SpeakingRules';
import type { EqualityActions } from './use-equality-action';

/**
 * The facilitator's speaking turns: grant, end, rounds, order and time limit.
 * During a breakout these are the room's; the groups' lists are under "Grupper".
 */
export function SpeakingControls({
  speaking,
  actions,
  inBreakout = false,
}: {
  speaking: SpeakingState;
  actions: EqualityActions;
  inBreakout?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const next = speaking.queue[0];
  const run = (action: Parameters<EqualityActions['run']>[0]) => {
    if (actions.pending === null) void actions.run(action);
  };

  return (
    <section className="panel console-section speaking-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.speaking.controlsHeading')}</h2>
      {inBreakout && <p className="hint">{t('groupEquality.consoleInGroups')}</p>}
      <CurrentSpeaker speaking={speaking} />
      <div className="button-row">
        {next && (
          <button
            type="button"
            className="primary"
            onClick={() => run({ type: 'grantTurn', participantId: next.participantId })}
          >
            {t('equality.speaking.grantNext')}
          </button>
        )}
        {speaking.current && (
          <button type="button" onClick={() => run({ type: 'endTurn' })}>
            {t('equality.speaking.endTurn')}
          </button>
        )}
        {speaking.round ? (
          <button type="button" onClick={() => run({ type: 'endRound' })}>
            {t('equality.speaking.endRound')}
          </button>
        ) : (
          <button
            type="button"
            aria-describedby={`${id}-round-hint`}
            onClick={() => run({ type: 'startRound' })}
          >
            {t('equality.speaking.startRound')}
          </button>
        )}
      </div>
      {!speaking.round && (
        <p id={`${id}-round-hint`} className="hint">
          {t('equality.speaking.startRoundHint')}
        </p>
      )}
      <ActionFailure failure={actions.failure} />
      <SpeakingQueue
        queue={speaking.queue}
        headingId={`${id}-queue`}
        onGrant={(participantId) => run({ type: 'grantTurn', participantId })}
        onRemove={(participantId) => run({ type: 'lowerHand', participantId })}
      />
      <SpeakingRules speaking={speaking} actions={actions} />
    </section>
  );
}
