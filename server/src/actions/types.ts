import type { Action, ActionType } from '@moteplass/shared';
import type { Peer, RoomRegistry } from '../rooms/index.js';
import type { Storage } from '../storage/index.js';

/*
 * The leaf of the action modules: what a handler is and what it may use.
 * Every handler (here and in equality/) imports this file, and this file
 * imports no handler and no list of them, so no import circle can form
 * through the dispatcher (HOUSE-1).
 */

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

/** What a handler adds to the `{ok: true}` reply (nothing, or some fields). */
export type ActionReply = Record<string, unknown> | void;

/**
 * One workshop action: who may call it and what it changes. The body has
 * been validated against its schema in shared/ before `run` is called.
 */
export interface ActionHandler<
  T extends ActionType = ActionType,
  R extends ActionReply = ActionReply,
> {
  type: T;
  /** `facilitator`: only the facilitator; `member`: anyone with a session in the workshop. */
  allowed: 'facilitator' | 'member';
  run(context: ActionContext, action: Action<T>): Promise<R>;
}

/**
 * Any one handler, whichever action it serves: the element of a handler list.
 * `run` is a method, so a handler of one action fits here without a cast.
 */
export type AnyActionHandler = ActionHandler<ActionType, ActionReply>;

/**
 * Define a handler: `type` picks the action's schema in shared/, so `run`
 * receives that action's payload typed, and the reply's type is what `run`
 * returns (kept for tests and the typed `ActionReplies` map).
 */
export const defineAction = <T extends ActionType, R extends ActionReply>(
  handler: ActionHandler<T, R>,
): ActionHandler<T, R> => handler;

/** The reply a handler's caller receives (`ok: true` plus what `run` returned). */
export type ReplyOf<H> =
  H extends ActionHandler<ActionType, infer R>
    ? { ok: true } & (R extends Record<string, unknown> ? R : unknown)
    : never;
