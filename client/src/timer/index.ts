import './timer.css';
export { unlockChime } from './chime';
export { SoundToggle } from './SoundToggle';
export { TimerDisplay } from './TimerDisplay';
export { WorkshopTimer } from './WorkshopTimer';
export { serverNow, useServerClockSync } from './server-clock';
export { useServerNow } from './clock-store';
export { useTimerAnnouncements } from './use-timer-announcements';
export { rehydrateSound, SOUND_STORAGE, type TimerPlace } from './sound-store';
