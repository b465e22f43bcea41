import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { RoleSchema, type NoteItem } from '../board/items.js';
import { ROLES, type Role } from '../roles.js';
import type { Presence } from './presence.js';

/**
 * Airtime: the numbers behind the equality panel. The server measures every
 * granted turn (start to end, on its own clock); people present by role come
 * from `presence.ts`, contributions per role from the board's notes.
 */
export const AIRTIME_KEY = 'airtime';

const Ms = Type.Number({ minimum: 0 });
const amount = Type.Number({ minimum: 0 });
const RoleCounts = Type.Object({
  innbygger: amount,
  kommuneansatt: amount,
  politiker: amount,
  frivillig: amount,
  naringsliv: amount,
  forsker: amount,
  annet: amount,
} satisfies Record<Role, typeof amount>);
export type RoleCounts = Record<Role, number>;

export const ParticipantAirtimeSchema = Type.Object({
  role: Type.Union([RoleSchema, Type.Null()]),
  ms: Ms,
  turns: Type.Integer({ minimum: 0 }),
});

export const AirtimeSchema = Type.Object({
  totalMs: Ms,
  /** Milliseconds of granted turns by the speaker's role. */
  byRole: RoleCounts,
  /** Turns of people without a sign-up role (the facilitator). */
  withoutRoleMs: Ms,
  /** participantId → airtime; ids only, never names. */
  byParticipant: Type.Record(Type.String({ maxLength: 64 }), ParticipantAirtimeSchema),
});
export type Airtime = Static<typeof AirtimeSchema>;

export function emptyRoleCounts(): RoleCounts {
  return Object.fromEntries(ROLES.map((role) => [role, 0])) as RoleCounts;
}

export const EMPTY_AIRTIME: Airtime = {
  totalMs: 0,
  byRole: emptyRoleCounts(),
  withoutRoleMs: 0,
  byParticipant: {},
};

export function readAirtime(value: unknown): Airtime {
  return Value.Check(AirtimeSchema, value) ? value : EMPTY_AIRTIME;
}

/** Airtime after one more finished turn of `ms` milliseconds. */
export function addTurn(
  airtime: Airtime,
  turn: { participantId: string; role: Role | null; ms: number },
): Airtime {
  const ms = Math.max(0, Math.round(turn.ms));
  const previous = airtime.byParticipant[turn.participantId];
  return {
    totalMs: airtime.totalMs + ms,
    byRole: turn.role
      ? { ...airtime.byRole, [turn.role]: airtime.byRole[turn.role] + ms }
      : airtime.byRole,
    withoutRoleMs: airtime.withoutRoleMs + (turn.role ? 0 : ms),
    byParticipant: {
      ...airtime.byParticipant,
      [turn.participantId]: {
        role: turn.role,
        ms: (previous?.ms ?? 0) + ms,
        turns: (previous?.turns ?? 0) + 1,
      },
    },
  };
}

/** Notes per role; anonymous notes are counted apart and never by role. */
export interface Contributions {
  byRole: RoleCounts;
  anonymous: number;
  withoutRole: number;
  total: number;
}

export function countContributions(notes: readonly NoteItem[]): Contributions {
  const byRole = emptyRoleCounts();
  let anonymous = 0;
  let withoutRole = 0;
  for (const note of notes) {
    if (note.anonymous === true) anonymous += 1;
    else if (note.authorRole) byRole[note.authorRole] += 1;
    else withoutRole += 1;
  }
  return { byRole, anonymous, withoutRole, total: notes.length };
}

/** One row of the equality panel: a role's share of airtime and notes against its share of people. */
export interface RoleShare {
  role: Role;
  present: number;
  presentShare: number;
  airtimeMs: number;
  airtimeShare: number;
  notes: number;
  notesShare: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Shares among people with a role: the facilitator's airtime and anonymous
 * notes are left out of the denominators, so the shares of roles add up to 1.
 */
export function roleShares(
  airtime: Airtime,
  presence: Pick<Presence, 'byRole'>,
  contributions: Contributions,
): RoleShare[] {
  const roleAirtime = ROLES.reduce((sum, role) => sum + airtime.byRole[role], 0);
  const roleNotes = ROLES.reduce((sum, role) => sum + contributions.byRole[role], 0);
  const present = ROLES.reduce((sum, role) => sum + presence.byRole[role], 0);
  return ROLES.map((role) => ({
    role,
    present: presence.byRole[role],
    presentShare: share(presence.byRole[role], present),
    airtimeMs: airtime.byRole[role],
    airtimeShare: share(airtime.byRole[role], roleAirtime),
    notes: contributions.byRole[role],
    notesShare: share(contributions.byRole[role], roleNotes),
  }));
}
