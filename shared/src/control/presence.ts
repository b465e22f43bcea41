import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ROLES, type Role } from '../roles.js';

/**
 * Who is here, as public counts: the control document's `presence` holds how
 * many people are connected to the board, by role category (DOMAIN.md: roles
 * are made visible as counts, never as a ranking). The server recounts when
 * somebody connects or leaves. Names never go here.
 *
 * `cursorsVisible` is the facilitator's switch for everybody's cursors.
 */
export const PRESENCE_KEY = 'presence';
export const CURSORS_VISIBLE_KEY = 'cursorsVisible';

const count = Type.Integer({ minimum: 0, maximum: 1_000_000 });

const ByRoleSchema = Type.Object({
  innbygger: count,
  kommuneansatt: count,
  politiker: count,
  frivillig: count,
  naringsliv: count,
  forsker: count,
  annet: count,
} satisfies Record<Role, typeof count>);

export const PresenceSchema = Type.Object({
  byRole: ByRoleSchema,
  /** Facilitator sessions connected (they have no role category). */
  facilitators: count,
  /** Everybody connected, facilitators included. */
  total: count,
});
export type Presence = Static<typeof PresenceSchema>;

const zeroByRole = (): Record<Role, number> =>
  Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;

export const EMPTY_PRESENCE: Presence = { byRole: zeroByRole(), facilitators: 0, total: 0 };

export function readPresence(value: unknown): Presence {
  return Value.Check(PresenceSchema, value) ? value : EMPTY_PRESENCE;
}

/** Cursors are shown unless the facilitator hid them. */
export function readCursorsVisible(value: unknown): boolean {
  return value !== false;
}

export interface PresentPerson {
  participantId: string;
  facilitator: boolean;
  role: Role | null;
}

/** Count people, not sockets: a person with the board open in two tabs counts once. */
export function countPresence(people: Iterable<PresentPerson>): Presence {
  const seen = new Map<string, PresentPerson>();
  for (const person of people) seen.set(person.participantId, person);
  const byRole = zeroByRole();
  let facilitators = 0;
  for (const person of seen.values()) {
    if (person.facilitator || !person.role) facilitators += 1;
    else byRole[person.role] += 1;
  }
  return { byRole, facilitators, total: seen.size };
}

export function samePresence(a: Presence, b: Presence): boolean {
  return (
    a.total === b.total &&
    a.facilitators === b.facilitators &&
    ROLES.every((role) => a.byRole[role] === b.byRole[role])
  );
}
