import {
  PHASE_IDS,
  REVEAL_MODES,
  type BreakoutGroup,
  type PhaseId,
  type RevealMode,
  type SilentWritingState,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFailure } from '../api';
import { formatDuration } from './format';
import { useCountdown } from './use-countdown';
import { GroupScopeLine, GroupScopeOptions, groupScopeFields } from './GroupScopeLine';
import type { EqualityActions } from './use-equality-action';

interface SilentWritingControlsProps {
  silent: SilentWritingState;
  phase: PhaseId;
  actions: EqualityActions;
  /** A running breakout's groups: a round for one of them or for all (GROUPEQ-5). */
  groups?: readonly BreakoutGroup[];
}

/** The facilitator starts silent writing (with the timer) and reveals every draft at once. */
export function SilentWritingControls({
  silent,
  phase,
  actions,
  groups = [],
}: SilentWritingControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosenPhase, setChosenPhase] = useState<PhaseId>(phase);
  const [reveal, setReveal] = useState<RevealMode>('anonymous');
  const [minutes, setMinutes] = useState('');
  const [scope, setScope] = useState('');
  const [invalid, setInvalid] = useState(false);
  const active = silent.active;
  const left = useCountdown(active?.endsAt ?? null);

  function start(event: FormEvent) {
    event.preventDefault();
    const value = minutes.trim() === '' ? null : Number(minutes.replace(',', '.'));
    if (value !== null && (!Number.isFinite(value) || value < 1 || value > 60)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (actions.pending !== null) return;
    void actions.run({
      type: 'startSilentWriting',
      phase: chosenPhase,
      reveal,
      ...(value === null ? {} : { seconds: Math.round(value * 60) }),
      ...groupScopeFields(groups.length > 0 ? scope : ''),
    });
  }

  return (
    <section className="panel console-section silent-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.silent.heading')}</h2>
      {active ? (
        <>
          <p className="status-line">
            {t(
              active.reveal === 'anonymous'
                ? 'equality.silent.runningAnonymous'
                : 'equality.silent.runningAttributed',
              { phase: t(`phases.${active.phase}.title`) },
            )}
          </p>
          <GroupScopeLine scope={active} groups={groups} />
          {left !== null && (
            <p>
              {left > 0
                ? t('equality.silent.timeLeft', { time: formatDuration(left) })
                : t('equality.silent.timeUp')}
            </p>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => actions.pending === null && void actions.run({ type: 'revealDrafts' })}
          >
            {t('equality.silent.revealAll')}
          </button>
        </>
      ) : (
        <form className="stack" onSubmit={start} noValidate>
          <div className="field">
            <label htmlFor={`${id}-phase`}>{t('equality.silent.phase')}</label>
            <select
              id={`${id}-phase`}
              value={chosenPhase}
              onChange={(event) => setChosenPhase(event.target.value as PhaseId)}
            >
              {PHASE_IDS.map((value) => (
                <option key={value} value={value}>
                  {t(`phases.${value}.title`)}
                </option>
              ))}
            </select>
          </div>
          {groups.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-scope`}>{t('groupEquality.scope')}</label>
              <select
                id={`${id}-scope`}
                value={scope}
                onChange={(event) => setScope(event.target.value)}
              >
                <option value="">{t('groupEquality.scopeRoom')}</option>
                <GroupScopeOptions groups={groups} />
              </select>
            </div>
          )}
          <fieldset>
            <legend>{t('equality.silent.reveal')}</legend>
            {REVEAL_MODES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-reveal`}
                  checked={reveal === value}
                  onChange={() => setReveal(value)}
                />{' '}
                {t(`equality.silent.reveals.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-minutes`}>{t('equality.silent.minutes')}</label>
            <p id={`${id}-minutes-hint`} className="hint">
              {t('equality.silent.minutesHint')}
            </p>
            <input
              id={`${id}-minutes`}
              inputMode="decimal"
              value={minutes}
              aria-invalid={invalid || undefined}
              aria-describedby={`${id}-minutes-hint${invalid ? ` ${id}-minutes-error` : ''}`}
              onChange={(event) => setMinutes(event.target.value)}
            />
            {invalid && (
              <p id={`${id}-minutes-error`} className="error" role="alert">
                {t('equality.silent.minutesInvalid')}
              </p>
            )}
          </div>
          <button type="submit" className="primary">
            {t('equality.silent.start')}
          </button>
        </form>
      )}
      {silent.lastReveal && !active && (
        <p role="status">{t('equality.silent.revealed', { count: silent.lastReveal.notes })}</p>
      )}
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
