import { ROLES, type Role } from '@moteplass/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCount, partition, smallestGroup, type Person } from './partition.js';

/** Seeded, so a failure replays; fast-check shrinks it to a small room. */
const SEED = 19;

const person = fc.record({
  role: fc.option(fc.constantFrom(...ROLES), { nil: null }),
  present: fc.boolean(),
});
const room = fc
  .array(person, { minLength: 1, maxLength: 120 })
  .map((list) => list.map((p, i): Person => ({ ...p, id: `p${i}` })));
const groupSize = fc.integer({ min: 3, max: 8 });
const mix = fc.constantFrom('random' as const, 'roles' as const);
const randomSource = fc.integer().map((seed) => {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
});

const sizes = (groups: string[][]) => groups.map((g) => g.length);
const countIn = (group: string[], people: Person[], wanted: (p: Person) => boolean) =>
  group.filter((id) => wanted(people.find((p) => p.id === id)!)).length;

describe('partition', () => {
  it('BREAK-1: everyone is in exactly one group', () => {
    fc.assert(
      fc.property(room, groupSize, mix, randomSource, (people, size, how, random) => {
        const members = partition(people, size, how, random).flat();
        expect([...members].sort()).toEqual(people.map((p) => p.id).sort());
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('BREAK-2: sizes are within one of each other and none is above the size asked for', () => {
    fc.assert(
      fc.property(room, groupSize, mix, randomSource, (people, size, how, random) => {
        const groups = partition(people, size, how, random);
        expect(groups).toHaveLength(groupCount(people.length, size));
        expect(Math.max(...sizes(groups)) - Math.min(...sizes(groups))).toBeLessThanOrEqual(1);
        expect(Math.max(...sizes(groups))).toBeLessThanOrEqual(size);
        // Those present spread evenly too: nobody sits alone while another group is full.
        const here = groups.map((g) => countIn(g, people, (p) => p.present));
        if (how === 'random') expect(Math.max(...here) - Math.min(...here)).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('BREAK-3: the roles mix spreads every role evenly and puts a citizen in every group when it can', () => {
    fc.assert(
      fc.property(room, groupSize, randomSource, (people, size, random) => {
        const groups = partition(people, size, 'roles', random);
        const roleOf = (p: Person): Role => p.role ?? 'annet';
        for (const role of ROLES) {
          const counts = groups.map((g) => countIn(g, people, (p) => roleOf(p) === role));
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
        const citizens = people.filter((p) => p.role === 'innbygger').length;
        if (citizens >= groups.length) {
          for (const group of groups) {
            expect(countIn(group, people, (p) => p.role === 'innbygger')).toBeGreaterThan(0);
          }
        }
        // Where the room has several roles, a group of two or more has several too.
        const roomRoles = new Set(people.map(roleOf)).size;
        for (const group of groups) {
          const inGroup = new Set(group.map((id) => roleOf(people.find((p) => p.id === id)!)));
          if (roomRoles > 1 && group.length > 1 && citizens >= groups.length) {
            expect(inGroup.size).toBeGreaterThan(1);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('BREAK-4: a late joiner goes to the group with the fewest members', () => {
    const groups = [
      { id: 'a', members: ['1', '2', '3'] },
      { id: 'b', members: ['4', '5'] },
      { id: 'c', members: ['6', '7'] },
    ];
    expect(smallestGroup(groups)?.id).toBe('b');
    expect(smallestGroup([])).toBeNull();
  });
});
