import { describe, expect, it } from 'vitest';
import type { NoteItem } from '../board/items.js';
import { EMPTY_AIRTIME, addTurn, countContributions, readAirtime, roleShares } from './airtime.js';
import { EMPTY_PRESENCE } from './presence.js';

const note = (fields: Partial<NoteItem>): NoteItem => ({
  type: 'note',
  x: 0,
  y: 0,
  w: 200,
  h: 200,
  phase: 'explore',
  text: 'x',
  color: 'yellow',
  ...fields,
});

describe('airtime and shares by role', () => {
  it('compares each role’s share of airtime and notes with its share of people present', () => {
    let airtime = addTurn(EMPTY_AIRTIME, { participantId: 'k', role: 'innbygger', ms: 30_000 });
    airtime = addTurn(airtime, { participantId: 'o', role: 'kommuneansatt', ms: 90_000 });
    airtime = addTurn(airtime, { participantId: 'f', role: null, ms: 500_000 });
    const presence = { byRole: { ...EMPTY_PRESENCE.byRole, innbygger: 3, kommuneansatt: 1 } };
    const contributions = countContributions([
      note({ authorRole: 'innbygger' }),
      note({ authorRole: 'innbygger' }),
      note({ authorRole: 'kommuneansatt' }),
      note({ anonymous: true }),
      note({}),
    ]);
    expect(contributions).toMatchObject({ anonymous: 1, withoutRole: 1, total: 5 });
    const shares = roleShares(airtime, presence, contributions);
    expect(shares.find((row) => row.role === 'innbygger')).toEqual({
      role: 'innbygger',
      present: 3,
      presentShare: 0.75,
      airtimeMs: 30_000,
      // The facilitator's 500 s are not anybody's role.
      airtimeShare: 0.25,
      notes: 2,
      notesShare: 2 / 3,
    });
    expect(shares.find((row) => row.role === 'politiker')).toMatchObject({
      presentShare: 0,
      airtimeShare: 0,
      notesShare: 0,
    });
  });

  it('reads a missing or malformed value as no airtime', () => {
    expect(readAirtime(undefined)).toEqual(EMPTY_AIRTIME);
    expect(readAirtime({ totalMs: 'lots' })).toEqual(EMPTY_AIRTIME);
  });
});
