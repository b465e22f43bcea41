import { TIMER_LAST_MINUTE_MS, type TimerState } from '@moteplass/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';
import { playChime } from './chime';
import { serverNow } from './server-clock';
import { useSoundStore, type TimerPlace } from './sound-store';
import { timerChange } from './timer-view';

/**
 * Says what matters about the shared timer, once each: the facilitator's
 * changes, one minute left, time is up (with the chime, if this person turned
 * it on). `ready` is false until the control document has synced, so that
 * opening the page mid-timer is not news.
 */
export function useTimerAnnouncements(timer: TimerState, place: TimerPlace, ready: boolean): void {
  const { t } = useTranslation();
  const seen = useRef<TimerState | null>(null);

  useEffect(() => {
    if (!ready) return;
    const before = seen.current;
    seen.current = timer;
    const change = before ? timerChange(before, timer) : null;
    if (!change) return;
    if (change.kind === 'started')
      announce(t('timer.startedAnnouncement', { count: change.minutes }));
    else announce(t(`timer.${change.kind}Announcement`));
  }, [timer, ready, t]);

  // The lines crossed while it runs are timed, not polled: nothing happens in between.
  useEffect(() => {
    if (!ready || timer.status !== 'running' || timer.endsAt === null) return;
    const toEnd = timer.endsAt - serverNow();
    const timeouts: ReturnType<typeof setTimeout>[] = [];
    const toLastMinute = toEnd - TIMER_LAST_MINUTE_MS;
    if (toLastMinute > 0)
      timeouts.push(setTimeout(() => announce(t('timer.lastMinute')), toLastMinute));
    if (toEnd > 0) {
      timeouts.push(
        setTimeout(() => {
          announce(t('timer.endedAnnouncement'));
          if (useSoundStore.getState().soundOn[place]) playChime();
        }, toEnd),
      );
    }
    return () => timeouts.forEach(clearTimeout);
  }, [timer, ready, place, t]);
}
