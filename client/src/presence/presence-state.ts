import { ROLE_COLORS, LIMITS, isRole, type Role } from '@moteplass/shared';
import type { Point } from '../canvas';
import { isWorldView, type WorldView } from './follow';

/**
 * What this device tells the others in the board room's awareness. Only who
 * is here and where they look — never anything about anonymous input: no
 * "is typing", no draft text, no anonymous note in a selection (ANON-3).
 */
export interface PresenceState {
  /** The name given when joining; null for those who gave none ("Anonym deltaker"). */
  name: string | null;
  role: Role | null;
  facilitator: boolean;
  /** From the role (ROLE_COLORS), so the room sees roles, as the model asks. */
  color: string;
  /** The pointer on the board, world units; null off the canvas. */
  cursor: Point | null;
  /** Ids of the items this person has selected. */
  selection: string[];
  /**
   * What this person sees of the board, as a world rectangle (for "follow",
   * fitted to the follower's screen); null without a canvas on screen.
   */
  view: WorldView | null;
}

/** Someone else on the board, by their awareness client id. */
export interface Peer extends PresenceState {
  clientId: number;
}

export const FACILITATOR_COLOR = '#7a2e0e';
/** More selected ids than this are not drawn for others (a select-all is no one's business). */
export const MAX_SHARED_SELECTION = 200;

export function presenceColor(role: Role | null, facilitator: boolean): string {
  if (facilitator || !role) return FACILITATOR_COLOR;
  return ROLE_COLORS[role];
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readPoint(raw: unknown): Point | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { x, y } = raw as Record<string, unknown>;
  return isFiniteNumber(x) && isFiniteNumber(y) ? { x, y } : null;
}

function readView(raw: unknown): WorldView | null {
  const point = readPoint(raw);
  const { w, h } = (raw ?? {}) as { w?: unknown; h?: unknown };
  if (!point || !isFiniteNumber(w) || !isFiniteNumber(h)) return null;
  const view = { ...point, w, h };
  return isWorldView(view) ? view : null;
}

/**
 * Another client's awareness state as we dare to use it: any client can send
 * anything, so every field is checked and a malformed state is dropped.
 * The colour is ours to decide from the role, not theirs.
 */
export function readPresence(raw: unknown): PresenceState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const state = raw as Record<string, unknown>;
  if (!('selection' in state) && !('cursor' in state) && !('role' in state)) return null;
  const role = isRole(state.role) ? state.role : null;
  const facilitator = state.facilitator === true;
  const name =
    typeof state.name === 'string' && state.name.trim()
      ? state.name.trim().slice(0, LIMITS.nameLength)
      : null;
  const selection = Array.isArray(state.selection)
    ? state.selection
        .filter((id): id is string => typeof id === 'string' && id.length <= 64)
        .slice(0, MAX_SHARED_SELECTION)
    : [];
  return {
    name,
    role,
    facilitator,
    color: presenceColor(role, facilitator),
    cursor: readPoint(state.cursor),
    selection,
    view: readView(state.view),
  };
}
