import './console.css';
export { ConsolePage } from './ConsolePage';
export { fetchInvitation } from './console-api';
export { useInvitation, type InvitationState } from './use-invitation';
