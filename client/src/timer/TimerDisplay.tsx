import type { TimerState } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useServerNow } from './clock-store';
import { describeTimer, formatClock, type TimerView } from './timer-view';

/**
 * The shared countdown, calm: a thin ring that empties and the time left.
 * The ring is decoration (aria-hidden); the digits are a `timer` whose
 * changes are not announced (aria-live off) — a screen reader user reads it
 * when they want, and hears only the discrete news (see the announcements).
 */
export function TimerDisplay({ timer }: { timer: TimerState }) {
  const { t } = useTranslation();
  const now = useServerNow(timer.status === 'running');
  const view = describeTimer(timer, now);
  const stateText = statusText(t, view);
  return (
    <div className={`timer-face timer-${view.kind}${view.lastMinute ? ' timer-last-minute' : ''}`}>
      <TimerRing fraction={view.fraction} />
      <div className="timer-readout">
        <div
          role="timer"
          aria-live="off"
          aria-label={t('timer.remaining')}
          className="timer-digits"
        >
          {formatClock(view.remainingMs)}
        </div>
        {stateText && <p className="timer-state">{stateText}</p>}
      </div>
    </div>
  );
}

function statusText(t: TFunction, view: TimerView): string | null {
  if (view.kind === 'paused') return t('timer.paused');
  if (view.kind === 'ended') return t('timer.ended');
  if (view.kind === 'idle') return t('timer.idle');
  return view.lastMinute ? t('timer.lastMinuteShort') : null;
}

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function TimerRing({ fraction }: { fraction: number }) {
  return (
    <svg className="timer-ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle className="timer-ring-track" cx="50" cy="50" r={RADIUS} />
      <circle
        className="timer-ring-left"
        cx="50"
        cy="50"
        r={RADIUS}
        strokeDasharray={CIRCUMFERENCE}
        strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
        transform="rotate(-90 50 50)"
      />
    </svg>
  );
}
