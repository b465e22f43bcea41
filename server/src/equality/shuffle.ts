import { randomInt } from 'node:crypto';

/** Fisher–Yates with a cryptographic source: anonymous notes must not come out in writing order. */
export function shuffled<T>(list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
