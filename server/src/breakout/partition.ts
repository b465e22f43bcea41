import type { BreakoutMix, Role } from '@moteplass/shared';

/** Someone to place in a group. */
export interface Person {
  id: string;
  role: Role | null;
  /** Has the board open now: dealt first, so the people actually here spread evenly. */
  present: boolean;
}

/**
 * The order roles are dealt in for the `roles` mix: the lay roles first, so
 * that citizens (and after them volunteers and others) reach every group
 * before any group gets a second one, and the professions fill up after.
 */
export const ROLE_DEAL_ORDER: readonly Role[] = [
  'innbygger',
  'frivillig',
  'annet',
  'naringsliv',
  'forsker',
  'politiker',
  'kommuneansatt',
];

/** How many groups `people` people make with at most `groupSize` in each (at least one). */
export function groupCount(people: number, groupSize: number): number {
  return Math.max(1, Math.ceil(people / groupSize));
}

/** Fisher–Yates with the given source of randomness (tests pass a seeded one). */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Split people into groups of at most `groupSize` (BREAK-1, BREAK-2, BREAK-3).
 * Everyone is dealt in turn to group 1, 2, …, k, 1, 2, …, so every person
 * lands in exactly one group and sizes differ by at most one. The deal order
 * decides the mix: `random` shuffles (those present first); `roles` deals
 * role by role in `ROLE_DEAL_ORDER`, so each role spreads over the groups
 * with at most one apart, and a room with at least k citizens has a citizen
 * in every group.
 */
export function partition(
  people: readonly Person[],
  groupSize: number,
  mix: Exclude<BreakoutMix, 'choose'>,
  random: () => number = Math.random,
): string[][] {
  const k = groupCount(people.length, groupSize);
  const presentFirst = (list: readonly Person[]) => [
    ...shuffle(
      list.filter((p) => p.present),
      random,
    ),
    ...shuffle(
      list.filter((p) => !p.present),
      random,
    ),
  ];
  const order =
    mix === 'random'
      ? presentFirst(people)
      : ROLE_DEAL_ORDER.flatMap((role) =>
          presentFirst(people.filter((p) => (p.role ?? 'annet') === role)),
        );
  const groups = Array.from({ length: k }, () => [] as string[]);
  order.forEach((person, index) => groups[index % k]!.push(person.id));
  return groups;
}

/** The group a late joiner goes to: the one with the fewest members (the first of equals). */
export function smallestGroup<G extends { members: readonly string[] }>(
  groups: readonly G[],
): G | null {
  let best: G | null = null;
  for (const group of groups) {
    if (!best || group.members.length < best.members.length) best = group;
  }
  return best;
}
