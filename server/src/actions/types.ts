import type { Action, ActionType } from '@moteplass/shared';
import type { Peer, RoomRegistry } from '../rooms/index.js';

/** What an action handler may use. */
export interface ActionContext {
  peer: Peer;
  rooms: RoomRegistry;
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
