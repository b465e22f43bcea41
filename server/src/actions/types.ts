import type { Action, ActionType } from '@moteplass/shared';
import type { Peer, RoomRegistry } from '../rooms/index.js';
import type { Storage } from '../storage/index.js';

/** What actions may ask of the workshop beyond its documents (WorkshopService implements it). */
export interface WorkshopAdmin {
  /** A new join code; the old one stops working. */
  rotateJoinCode(workshopId: string, now: number): Promise<string>;
  /** Revoke a participant's session and close their sockets. */
  removeParticipant(workshopId: string, participantId: string): Promise<void>;
}

/** What an action handler may use. */
export interface ActionContext {
  peer: Peer;
  rooms: RoomRegistry;
  workshops: WorkshopAdmin;
  /** Drafts and votes (equality controls) decide their rules in storage transactions. */
  storage: Storage;
  /** The server's clock for this request, ms; timers and the phase log use it. */
  now: number;
}

/**
 * One workshop action: who may call it and what it changes. The body has
 * been validated against its schema in shared/ before `run` is called.
 */
export interface ActionHandler<T extends ActionType = ActionType> {
  type: T;
  /** `facilitator`: only the facilitator; `member`: anyone with a session in the workshop. */
  allowed: 'facilitator' | 'member';
  run(context: ActionContext, action: Action<T>): Promise<Record<string, unknown> | void>;
}

export const defineAction = <T extends ActionType>(handler: ActionHandler<T>) => handler;
