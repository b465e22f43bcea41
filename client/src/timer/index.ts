import './timer.css';
export { SoundToggle } from './SoundToggle';
export { TimerDisplay } from './TimerDisplay';
export { WorkshopTimer } from './WorkshopTimer';
export { useServerClockSync } from './server-clock';
export { useServerNow } from './clock-store';
export { useTimerAnnouncements } from './use-timer-announcements';
export type { TimerPlace } from './sound-store';
