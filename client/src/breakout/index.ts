import './breakout.css';
export { BreakoutPanel } from './BreakoutPanel';
export { GroupBanner } from './GroupBanner';
export { ScreenBreakout } from './ScreenBreakout';
export { useBreakout } from './use-breakout';
export { useGroupFocus } from './use-group-focus';
export { groupNotePlace } from './group-place';
export { useFrameRect } from './use-frame-rect';
