export { FacilitatorBadge } from './FacilitatorBadge';
export { FollowBanner } from './FollowBanner';
export { personLabel, personText } from './person-label';
export { PresenceOverlay } from './LazyPresenceOverlay';
export { presenceColor, readPresence, type Peer, type PresenceState } from './presence-state';
export { CURSOR_UPDATES_PER_SECOND, throttle } from './throttle';
export { usePresence, type Presence } from './use-presence';
export { WhoIsHere } from './WhoIsHere';
