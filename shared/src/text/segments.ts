// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the untyped packages are declared in vendor.d.ts, which the server and client type-checks must see too
/// <reference path="./vendor.d.ts" />
import LineBreaker from 'linebreak';

/**
 * A paragraph cut into the pieces a line may end after: the Unicode line
 * break opportunities (UAX #14), except inside a web address, which is kept
 * whole ("https://www.nav.no/sosialhjelp" reads as one word). Dates such as
 * "2026-02-15" have no opportunity inside them in UAX #14 already.
 */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s]+/giu;

export function segmentsOf(paragraph: string): string[] {
  const keepWhole: [number, number][] = [];
  for (const match of paragraph.matchAll(ADDRESS)) {
    const start = match.index;
    keepWhole.push([start, start + match[0].length]);
  }
  const inside = (position: number) =>
    keepWhole.some(([start, end]) => position > start && position < end);
  const segments: string[] = [];
  const breaker = new LineBreaker(paragraph);
  let last = 0;
  for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) {
    if (opportunity.position >= paragraph.length) break;
    if (inside(opportunity.position)) continue;
    segments.push(paragraph.slice(last, opportunity.position));
    last = opportunity.position;
  }
  if (last < paragraph.length) segments.push(paragraph.slice(last));
  return segments;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: an emoji with its skin tone stays one. */
export function graphemesOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}
