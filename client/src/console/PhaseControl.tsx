import {
  PHASE_IDS,
  isPhaseId,
  openPhaseEntry,
  phaseAfter,
  phaseBefore,
  phaseDefinition,
  phaseIndex,
  type PhaseId,
  type PhaseLogEntry,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../workshop';
import { ActionFailure } from '../api';
import type { ActionRunner } from './use-action';

interface PhaseControlProps {
  phase: PhaseId;
  phaseLog: readonly PhaseLogEntry[];
  actions: ActionRunner;
}

/** Move the workshop through its phases: back, on, or straight to one; and start the current one. */
export function PhaseControl({ phase, phaseLog, actions }: PhaseControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const [chosen, setChosen] = useState<PhaseId>(phase);
  const title = (of: PhaseId) => t(`phases.${of}.title`);
  const open = openPhaseEntry(phaseLog);
  const started = open?.phase === phase ? open : undefined;
  const previous = phaseBefore(phase);
  const next = phaseAfter(phase);
  const busy = actions.pending === 'setPhase';
  // Buttons stay enabled while the change is under way (a disabled button would lose focus).
  const setPhase = (to: PhaseId) => {
    if (!busy) void actions.run({ type: 'setPhase', phase: to });
  };

  function go(event: FormEvent) {
    event.preventDefault();
    setPhase(chosen);
  }

  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.phase.heading')}</h2>
      <p className="console-now">
        {t('console.phase.current', {
          phase: title(phase),
          number: phaseIndex(phase) + 1,
          count: PHASE_IDS.length,
        })}
      </p>
      <p className="hint">
        {started
          ? t('console.phase.startedAt', { time: format.time(started.startedAt) })
          : t('console.phase.notStarted')}{' '}
        {t('console.phase.suggested', { minutes: phaseDefinition(phase).suggestedMinutes })}
      </p>
      <div className="button-row">
        {previous && (
          <button key="previous" type="button" onClick={() => setPhase(previous)}>
            {t('console.phase.previous', { phase: title(previous) })}
          </button>
        )}
        {!started && (
          <button key="start" type="button" className="primary" onClick={() => setPhase(phase)}>
            {t('console.phase.start', { phase: title(phase) })}
          </button>
        )}
        {next && (
          <button key="next" type="button" className="primary" onClick={() => setPhase(next)}>
            {t('console.phase.next', { phase: title(next) })}
          </button>
        )}
      </div>
      <form className="inline-form" onSubmit={go}>
        <div className="field">
          <label htmlFor={`${id}-choose`}>{t('console.phase.choose')}</label>
          <select
            id={`${id}-choose`}
            value={chosen}
            onChange={(event) => {
              if (isPhaseId(event.target.value)) setChosen(event.target.value);
            }}
          >
            {PHASE_IDS.map((option) => (
              <option key={option} value={option}>
                {title(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('console.phase.go')}</button>
      </form>
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
