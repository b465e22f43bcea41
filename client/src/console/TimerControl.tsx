import type { Action, TimerState } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SoundToggle, TimerDisplay, useTimerAnnouncements } from '../timer';
import { ActionFailure } from '../api';
import type { ActionRunner } from './use-action';

const MAX_MINUTES = 240;

interface TimerControlProps {
  timer: TimerState;
  ready: boolean;
  actions: ActionRunner;
}

/**
 * The shared timer: start it with a number of minutes, pause, resume, give
 * a minute more, stop. Nothing locks when it reaches zero (WCAG 2.2.1): it
 * only tells the room, and the facilitator can always give more time.
 */
export function TimerControl({ timer, ready, actions }: TimerControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState('10');
  const [invalid, setInvalid] = useState(false);
  useTimerAnnouncements(timer, 'console', ready);
  const set = timer.status !== 'stopped';
  // Buttons stay enabled while an action is under way (a disabled button would lose focus); a second click waits.
  const busy = actions.pending !== null;
  const act = (action: Action) => () => {
    if (!busy) void actions.run(action);
  };

  function start(event: FormEvent) {
    event.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0 || value > MAX_MINUTES) {
      setInvalid(true);
      document.getElementById(`${id}-minutes`)?.focus();
      return;
    }
    setInvalid(false);
    if (busy) return;
    void actions.run({ type: 'startTimer', seconds: Math.max(1, Math.round(value * 60)) });
  }

  return (
    <section
      className="panel console-section timer timer-place-console"
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{t('timer.heading')}</h2>
      <TimerDisplay timer={timer} />
      <form className="inline-form" onSubmit={start} noValidate>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('timer.minutes')}</label>
          <input
            id={`${id}-minutes`}
            className="minutes-input"
            inputMode="decimal"
            value={minutes}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-minutes-error` : undefined}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <button type="submit" className="primary">
          {set ? t('timer.restart') : t('timer.start')}
        </button>
      </form>
      {invalid && (
        <p id={`${id}-minutes-error`} className="error" role="alert">
          {t('timer.minutesInvalid', { max: MAX_MINUTES })}
        </p>
      )}
      {set && (
        <div className="button-row">
          <button
            key="pause-or-resume"
            type="button"
            onClick={act(
              timer.status === 'running' ? { type: 'pauseTimer' } : { type: 'resumeTimer' },
            )}
          >
            {timer.status === 'running' ? t('timer.pause') : t('timer.resume')}
          </button>
          <button key="extend" type="button" onClick={act({ type: 'extendTimer', seconds: 60 })}>
            {t('timer.addMinute')}
          </button>
          <button key="stop" type="button" onClick={act({ type: 'stopTimer' })}>
            {t('timer.stop')}
          </button>
        </div>
      )}
      <p className="hint">{t('timer.adjustableHint')}</p>
      <SoundToggle place="console" />
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
