import { isRole, type Role } from '@moteplass/shared';
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** What this device remembers about taking part in one workshop. */
export interface Session {
  token: string;
  participantId: string;
  facilitator: boolean;
  name: string | null;
  /** The sign-up role; null for a facilitator, who is not asked. */
  role: Role | null;
  /** The code used to join, so "join again" can prefill it. */
  joinCode: string | null;
}

export interface SessionState {
  sessions: Record<string, Session>;
  remember: (workshopId: string, session: Session) => void;
  forget: (workshopId: string) => void;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.token === 'string' &&
    typeof s.participantId === 'string' &&
    typeof s.facilitator === 'boolean' &&
    (s.name === null || typeof s.name === 'string') &&
    (s.role === null || isRole(s.role)) &&
    (s.joinCode === null || typeof s.joinCode === 'string')
  );
}

/** Keep only well-formed sessions from storage: it may hold anything. */
function validSessions(value: unknown): Record<string, Session> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, session]) => isSession(session)));
}

/**
 * Sessions per workshop id, in localStorage, so a reload or a second visit on
 * the same device goes straight to the board.
 */
export function createSessionStore(storage: () => StateStorage = () => localStorage) {
  return create<SessionState>()(
    persist(
      (set) => ({
        sessions: {},
        remember: (workshopId, session) =>
          set((state) => ({ sessions: { ...state.sessions, [workshopId]: session } })),
        forget: (workshopId) =>
          set((state) => {
            const { [workshopId]: _forgotten, ...rest } = state.sessions;
            return { sessions: rest };
          }),
      }),
      {
        name: 'moteplass.sessions',
        version: 1,
        storage: createJSONStorage(storage),
        partialize: (state) => ({ sessions: state.sessions }),
        merge: (persisted, current) => ({
          ...current,
          sessions: validSessions((persisted as { sessions?: unknown } | undefined)?.sessions),
        }),
      },
    ),
  );
}

export const useSessionStore = createSessionStore();

/** The session for one workshop on this device, if any. */
export function useSession(workshopId: string): Session | undefined {
  return useSessionStore((state) => state.sessions[workshopId]);
}
