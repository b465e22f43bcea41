export { createSessionStore, useSession, useSessionStore, type Session } from './session-store';
export { useFacilitatorKeys } from './facilitator-keys';
