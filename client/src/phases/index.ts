import './phases.css';
export { PhaseNavigator } from './PhaseNavigator';
export { PhaseSummary } from './PhaseSummary';
export { usePhaseAnnouncements } from './use-phase-announcements';
export { useViewedPhase, type ViewedPhase } from './use-viewed-phase';
export { viewedPhase } from './follow-store';
export { PhaseFollowBanner } from './PhaseFollowBanner';
export { PhaseStrip } from './PhaseStrip';
