import {
  ANONYMITY_MODES,
  type AnonymityMode,
  type AnonymityState,
  type PhaseId,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnonymityStatus } from './AnonymityStatus';
import { ActionFailure } from '../api';
import type { EqualityActions } from './use-equality-action';

interface AnonymityControlsProps {
  anonymity: AnonymityState;
  phase: PhaseId;
  actions: EqualityActions;
}

/** The facilitator turns anonymous mode on for the workshop or the current phase. */
export function AnonymityControls({ anonymity, phase, actions }: AnonymityControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<AnonymityMode>(anonymity.mode);
  const [allowSingle, setAllowSingle] = useState(anonymity.allowSingle);
  const phaseName = t(`phases.${anonymity.phase ?? phase}.title`);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (actions.pending !== null) return;
    void actions.run({
      type: 'setAnonymity',
      mode,
      allowSingle,
      ...(mode === 'phase'
        ? { phase: anonymity.mode === 'phase' && anonymity.phase ? anonymity.phase : phase }
        : {}),
    });
  }

  return (
    <section className="panel console-section anonymity-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.anonymity.heading')}</h2>
      <AnonymityStatus anonymity={anonymity} />
      <form className="stack" onSubmit={apply}>
        <fieldset>
          <legend>{t('equality.anonymity.mode')}</legend>
          {ANONYMITY_MODES.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{' '}
              {t(`equality.anonymity.modes.${value}`, { phase: phaseName })}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input
            type="checkbox"
            checked={allowSingle}
            onChange={(event) => setAllowSingle(event.target.checked)}
          />{' '}
          {t('equality.anonymity.allowSingle')}
        </label>
        <button type="submit">{t('equality.anonymity.apply')}</button>
      </form>
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
