export { createSessionStore, useSession, useSessionStore, type Session } from './session-store';
