import './equality.css';
export { ContributionArea } from './ContributionArea';
export { EqualityBoardPanels } from './EqualityBoardPanels';
export { EqualityConsole, type EqualitySections } from './EqualityConsole';
export { EqualityPanel } from './EqualityPanel';
export { ScreenSpeakingQueue } from './ScreenSpeakingQueue';
export { useEqualityState, type EqualityState } from './equality-state';
export { useNoteExtras } from './use-note-extras';
