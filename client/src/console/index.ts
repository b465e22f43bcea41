import './console.css';
export { ConsolePage } from './ConsolePage';
export { fetchInvitation } from './console-api';
export { useInvitation, type InvitationState } from './use-invitation';
export { SCREEN_SETTINGS_STORAGE, useScreenSettings, useStorageSync } from './screen-settings';
export { useParticipants } from './use-participants';
