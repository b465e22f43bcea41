import { describe, expect, it } from 'vitest';
import { EMPTY_PRESENCE, countPresence, readCursorsVisible, readPresence } from './presence.js';

describe('presence counts', () => {
  it('counts people by role, once each however many tabs they have open', () => {
    const presence = countPresence([
      { participantId: 'a', facilitator: false, role: 'innbygger' },
      { participantId: 'a', facilitator: false, role: 'innbygger' },
      { participantId: 'b', facilitator: false, role: 'innbygger' },
      { participantId: 'c', facilitator: false, role: 'politiker' },
      { participantId: 'f', facilitator: true, role: null },
    ]);
    expect(presence.byRole).toMatchObject({ innbygger: 2, politiker: 1, forsker: 0 });
    expect(presence.facilitators).toBe(1);
    expect(presence.total).toBe(4);
  });

  it('reads nonsense as nobody, and cursors as shown unless hidden', () => {
    expect(readPresence({ byRole: { innbygger: -1 } })).toEqual(EMPTY_PRESENCE);
    expect(readPresence(countPresence([]))).toEqual(EMPTY_PRESENCE);
    expect(readCursorsVisible(undefined)).toBe(true);
    expect(readCursorsVisible(false)).toBe(false);
  });
});
