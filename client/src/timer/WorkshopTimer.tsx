import type { TimerState } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { TimerPlace } from './sound-store';
import { SoundToggle } from './SoundToggle';
import { TimerDisplay } from './TimerDisplay';
import { useTimerAnnouncements } from './use-timer-announcements';

interface WorkshopTimerProps {
  timer: TimerState;
  place: TimerPlace;
  /** The control document has synced (so its state is news only from now on). */
  ready: boolean;
  /**
   * Offer this device's sound switch here. The shared screen does not: a
   * projector shows no form controls, its sound is set in the console.
   */
  withSoundToggle?: boolean;
}

/**
 * The timer as everybody sees it (board, shared screen): shown while one is
 * set, announced at its moments, with this device's sound switch.
 */
export function WorkshopTimer({ timer, place, ready, withSoundToggle = true }: WorkshopTimerProps) {
  const { t } = useTranslation();
  useTimerAnnouncements(timer, place, ready);
  if (timer.status === 'stopped') return null;
  return (
    <section
      className={`panel timer timer-place-${place}`}
      aria-labelledby={`timer-${place}`}
      // The shared screen's public hook (CONTRACT.md), present while a timer is set.
      data-screen={place === 'screen' ? 'timer' : undefined}
    >
      <h2 id={`timer-${place}`}>{t('timer.heading')}</h2>
      <TimerDisplay timer={timer} />
      {withSoundToggle && <SoundToggle place={place} />}
    </section>
  );
}
