import { randomInt } from 'node:crypto';
import {
  REFLECTION_LIMITS,
  type ReflectionField,
  type ReflectionFieldResult,
  type ReflectionResults,
  type RoleMean,
} from '@moteplass/shared';
import type { ReflectionAnswer } from '../storage/index.js';

const round2 = (value: number) => Math.round(value * 100) / 100;

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * A closed round's results, field by field: mean, how many rated it, the
 * spread, and the means of the roles with at least `minAnswersPerRole`
 * answers to that field (REFL-5): fewer, and a role's mean could point at a
 * person. A field nobody rated has no entry.
 */
export function reflectionResults(
  fields: readonly ReflectionField[],
  answers: readonly ReflectionAnswer[],
): ReflectionResults {
  const results: ReflectionResults = {};
  for (const { id } of fields) {
    const rated = answers.filter((a) => typeof a.ratings[id] === 'number');
    if (rated.length === 0) continue;
    const values = rated.map((a) => a.ratings[id]!);
    const m = mean(values);
    const sd = Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
    const result: ReflectionFieldResult = {
      mean: round2(m),
      n: values.length,
      spread: { min: Math.min(...values), max: Math.max(...values), sd: round2(sd) },
    };
    const byRole: Record<string, RoleMean> = {};
    const roles = new Set(rated.map((a) => a.role).filter((r) => r !== null));
    for (const role of roles) {
      const ofRole = rated.filter((a) => a.role === role).map((a) => a.ratings[id]!);
      if (ofRole.length >= REFLECTION_LIMITS.minAnswersPerRole) {
        byRole[role] = { mean: round2(mean(ofRole)), n: ofRole.length };
      }
    }
    if (Object.keys(byRole).length > 0) result.byRole = byRole;
    results[id] = result;
  }
  return results;
}

/** The comments, in an order that says nothing of who answered when (Fisher–Yates, crypto source). */
export function shuffledComments(answers: readonly ReflectionAnswer[]): string[] {
  const comments = answers.flatMap((a) => (a.comment ? [a.comment] : []));
  for (let i = comments.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [comments[i], comments[j]] = [comments[j]!, comments[i]!];
  }
  return comments;
}
