import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { hashKey, keyMatches, newFacilitatorKey, newId, newJoinCode } from './ids.js';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

describe('ids', () => {
  it('makes ids of at least 128 bits, URL-safe and distinct', () => {
    const ids = Array.from({ length: 1_000 }, newId);
    for (const id of ids) {
      expect(id).toMatch(BASE64URL);
      expect(id.length).toBeGreaterThanOrEqual(22); // 22 × 6 bits ≥ 128
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes facilitator keys longer than ids, and distinct', () => {
    const keys = Array.from({ length: 100 }, newFacilitatorKey);
    for (const key of keys) {
      expect(key).toMatch(BASE64URL);
      expect(key.length).toBeGreaterThanOrEqual(32);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('makes join codes from the projector-friendly alphabet', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const wellFormed = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
    const codes = Array.from({ length: 2_000 }, newJoinCode);
    const malformed = codes.filter((code) => !wellFormed.test(code));
    expect(malformed).toEqual([]);
    const seen = new Set(codes.join(''));
    // 12 000 draws leave no character of the alphabet unused.
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('AUTH-2: matches a key against its stored hash only', () => {
    const key = newFacilitatorKey();
    const stored = hashKey(key);
    expect(stored).not.toContain(key);
    expect(keyMatches(key, stored)).toBe(true);
    expect(keyMatches(newFacilitatorKey(), stored)).toBe(false);
    expect(keyMatches(`${key} `, stored)).toBe(false);
    expect(keyMatches('', stored)).toBe(false);
    expect(keyMatches(key, 'not a hash')).toBe(false);
    expect(keyMatches(key, '')).toBe(false);
  });
});
