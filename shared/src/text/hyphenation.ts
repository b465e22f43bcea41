// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the untyped packages are declared in vendor.d.ts, which the server and client type-checks must see too
/// <reference path="./vendor.d.ts" />
import bokmal from 'hyphen/nb/index.js';
import nynorsk from 'hyphen/nn/index.js';

/**
 * Where a word may be split with a hyphen: offsets into the word, from the
 * TeX hyphenation patterns for Bokmål and Nynorsk that the `hyphen` package
 * ships (`hyphen/nb`, `hyphen/nn`). English text in a Norwegian workshop is
 * rare enough that the Bokmål patterns serve it too (they only add hyphens
 * where a word would otherwise be cut anywhere).
 */
export type Hyphenate = (word: string) => number[];

const SOFT = '\u00ad';
/** Letters left on either side of a hyphen; TeX's default for Norwegian is 2. */
const MIN_PART = 2;
const cache = new Map<string, number[]>();
const CACHE_LIMIT = 10_000;

export function norwegianHyphenation(language: 'nb' | 'nn' | 'en'): Hyphenate {
  const hyphenate = language === 'nn' ? nynorsk.hyphenateSync : bokmal.hyphenateSync;
  return (word) => {
    const key = `${language}|${word}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const points = pointsOf(hyphenate(word, { hyphenChar: SOFT, minWordLength: 5 }), word);
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(key, points);
    return points;
  };
}

/**
 * Offsets of the soft hyphens, without those that would leave a single
 * letter between two points: "Null·punkt·s·må·ling" becomes
 * "Null·punkts·må·ling", the linking s staying with its word as a reader expects.
 */
function pointsOf(marked: string, word: string): number[] {
  const points: number[] = [];
  let offset = 0;
  for (const char of marked) {
    if (char === SOFT) points.push(offset);
    else offset += char.length;
  }
  const kept: number[] = [];
  for (const [index, point] of points.entries()) {
    const next = points[index + 1] ?? word.length;
    if (point < MIN_PART || word.length - point < MIN_PART) continue;
    if (next - point < MIN_PART) continue;
    kept.push(point);
  }
  return kept;
}
