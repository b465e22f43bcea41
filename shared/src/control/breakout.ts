import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import { LIMITS } from '../limits.js';
import { literalUnion } from '../schema.js';

/**
 * Breakout groups (issue 19): the facilitator splits the room into small
 * groups, each with its own frame on the board, and recalls them later. The
 * server decides who is in which group and writes it here, in the control
 * document under `breakout`; every client reads it with `readBreakout`.
 */
export const BREAKOUT_KEY = 'breakout';

export const BREAKOUT_LIMITS = {
  /** People per group the facilitator may ask for; the server makes no group larger. */
  minGroupSize: 3,
  maxGroupSize: 8,
  /** A group's name, characters. */
  groupNameLength: 60,
  /** A broadcast message to every group, characters. */
  broadcastLength: 280,
  /** Groups in one breakout (500 connections / 3 per group, rounded up). */
  maxGroups: 200,
} as const;

/**
 * `random`: shuffled; `roles`: dealt role by role so each group mixes citizens
 * and officials; `choose`: the groups start empty and people pick one
 * (breakout-choice.ts).
 */
export const BREAKOUT_MIXES = ['random', 'roles', 'choose'] as const;
export type BreakoutMix = (typeof BREAKOUT_MIXES)[number];
export const BreakoutMixSchema = literalUnion(BREAKOUT_MIXES);

export const BREAKOUT_STATUSES = ['running', 'ended'] as const;
export type BreakoutStatus = (typeof BREAKOUT_STATUSES)[number];

export const GroupNameSchema = Type.String({
  minLength: 1,
  maxLength: BREAKOUT_LIMITS.groupNameLength,
});

const Id = Type.String({ minLength: 1, maxLength: 64 });

export const BreakoutGroupSchema = Type.Object({
  id: Id,
  /** "Gruppe 1" … in the workshop's language, or the name the group chose. */
  name: GroupNameSchema,
  /** participantIds; facilitators are never members. */
  members: Type.Array(Id, { maxItems: LIMITS.connectionsPerRoom }),
  /** The board item id of the group's frame (a `frame` with `group: <id>`). */
  frameId: Id,
});
export type BreakoutGroup = Static<typeof BreakoutGroupSchema>;

export const BroadcastSchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: BREAKOUT_LIMITS.broadcastLength }),
  /** Server time, ms: lets a client tell a new broadcast from one it has shown. */
  at: Type.Number({ minimum: 0 }),
});
export type Broadcast = Static<typeof BroadcastSchema>;

export const BreakoutStateSchema = Type.Object({
  status: literalUnion(BREAKOUT_STATUSES),
  groups: Type.Array(BreakoutGroupSchema, { maxItems: BREAKOUT_LIMITS.maxGroups }),
  broadcast: Type.Optional(BroadcastSchema),
  mix: BreakoutMixSchema,
  groupSize: Type.Integer({
    minimum: BREAKOUT_LIMITS.minGroupSize,
    maximum: BREAKOUT_LIMITS.maxGroupSize,
  }),
  /** The phase whose area holds the group frames. */
  phase: PhaseSchema,
  /** Server time, ms. */
  startedAt: Type.Number({ minimum: 0 }),
  endedAt: Type.Optional(Type.Number({ minimum: 0 })),
  /** `mix: "choose"` only: true while people pick their group (breakout-choice.ts). */
  choosing: Type.Optional(Type.Boolean()),
});
export type BreakoutState = Static<typeof BreakoutStateSchema>;

/**
 * The last value checked and its answer. The control document hands out the
 * same object until the server replaces the breakout, and the server asked
 * on every participant's new item (a check of twenty groups: 0.02–1 ms).
 */
let lastRead: { value: unknown; state: BreakoutState | null } | null = null;

/** The breakout as the control document holds it, or null when there is none (or it is malformed). */
export function readBreakout(value: unknown): BreakoutState | null {
  if (lastRead !== null && lastRead.value === value && typeof value === 'object') {
    return lastRead.state;
  }
  const state = Value.Check(BreakoutStateSchema, value) ? value : null;
  lastRead = { value, state };
  return state;
}

/** A breakout that is under way now, or null. */
export function runningBreakout(value: unknown): BreakoutState | null {
  const state = readBreakout(value);
  return state?.status === 'running' ? state : null;
}

/** The group a participant is in, or null (not in a running breakout, or a facilitator). */
export function groupOf(state: BreakoutState | null, participantId: string): BreakoutGroup | null {
  if (state?.status !== 'running') return null;
  return state.groups.find((group) => group.members.includes(participantId)) ?? null;
}

/** The default name of the n-th group (1-based) as the server writes it. */
export function defaultGroupName(template: string, n: number): string {
  return template.replace('{{n}}', String(n));
}
