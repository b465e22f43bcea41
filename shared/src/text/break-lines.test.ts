import { describe, expect, it } from 'vitest';
import { breakLines, fitText, norwegianHyphenation, type BrokenLine } from './index.js';

/** A monospace font: every character 10 units wide. */
const mono = (text: string) => [...text].length * 10;
const nb = norwegianHyphenation('nb');
const lines = (text: string, width: number) =>
  breakLines(text, { width, measure: mono, hyphenate: nb });
const texts = (broken: BrokenLine[]) => broken.map((line) => line.text);
/** The text again, hyphens the breaker added taken out. */
const joined = (broken: BrokenLine[]) =>
  broken
    .map((line) =>
      line.hyphenated ? line.text.slice(0, -1) : line.continues ? line.text : `${line.text} `,
    )
    .join('');

describe('TEXT-1 lines break at word boundaries with real widths', () => {
  it('keeps words whole and every line within the width', () => {
    const result = lines('Bussen går for sjelden om kvelden', 120);
    expect(texts(result)).toEqual(['Bussen går', 'for sjelden', 'om kvelden']);
    for (const line of result) expect(mono(line.text)).toBeLessThanOrEqual(120);
  });

  it('never breaks a date or a web address', () => {
    expect(texts(lines('Møte 2026-02-15 kl. 18', 120))).toEqual(['Møte', '2026-02-15', 'kl. 18']);
    expect(texts(lines('Se https://www.nav.no/sosialhjelp nå', 320))).toEqual([
      'Se',
      'https://www.nav.no/sosialhjelp',
      'nå',
    ]);
  });

  it('splits a compound wider than the line at a hyphenation point, with a hyphen', () => {
    const result = lines('Fritidsklubbtilbudet', 100);
    expect(result.length).toBeGreaterThan(1);
    for (const line of result.slice(0, -1)) {
      expect(line.hyphenated).toBe(true);
      expect(line.text.endsWith('-')).toBe(true);
    }
    for (const line of result) expect(mono(line.text)).toBeLessThanOrEqual(100);
    expect(joined(result).trim()).toBe('Fritidsklubbtilbudet');
    // Only at the patterns' points: Fri-tids-klubb-til-bu-det.
    for (const line of result.slice(0, -1)) {
      expect(['Fri-', 'Fritids-', 'klubb-', 'til-', 'tilbu-', 'klubbtil-', 'tidsklubb-']).toContain(
        line.text,
      );
    }
  });

  it('keeps the linking s with its word (Nullpunkts-måling)', () => {
    expect(texts(lines('Nullpunktsmåling', 110))).toEqual(['Nullpunkts-', 'måling']);
  });

  it('splits a web address wider than the line after a slash or dot, without a hyphen', () => {
    const result = lines('https://www.nav.no/sosialhjelp', 200);
    expect(texts(result)).toEqual(['https://www.nav.no/', 'sosialhjelp']);
    expect(result[0]?.hyphenated).toBe(false);
  });

  it('keeps blank lines and the writer’s own line breaks', () => {
    expect(texts(lines('To\n\nlinjer', 200))).toEqual(['To', '', 'linjer']);
  });

  it('keeps an emoji with its skin tone whole', () => {
    const result = lines('👍🏽👍🏽👍🏽👍🏽', 25);
    expect(joined(result).replace(/\s/g, '')).toBe('👍🏽👍🏽👍🏽👍🏽');
  });
});

describe('TEXT-2 text shrinks to fit a box, and a cut is marked', () => {
  const measure = (text: string, size: number) => [...text].length * size * 0.6;
  it('shrinks before it cuts', () => {
    const fitted = fitText('Spør Ungdomsrådet først', {
      width: 128,
      height: 88,
      max: 24,
      min: 12,
      lineHeight: 1.25,
      measure,
      hyphenate: nb,
    });
    expect(fitted.cut).toBe(false);
    expect(fitted.size).toBeLessThan(24);
    expect(joined(fitted.lines).trim()).toBe('Spør Ungdomsrådet først');
  });

  it('cuts at a whole word with an ellipsis when even the smallest size is too big', () => {
    const text = Array.from({ length: 60 }, (_, index) => `ord${index}`).join(' ');
    const fitted = fitText(text, {
      width: 100,
      height: 40,
      max: 24,
      min: 12,
      lineHeight: 1.25,
      measure,
    });
    expect(fitted.cut).toBe(true);
    expect(fitted.size).toBe(12);
    expect(fitted.lines.at(-1)?.text.endsWith('…')).toBe(true);
    for (const word of fitted.lines.flatMap((line) => line.text.split(' '))) {
      expect(word === '…' || /^ord\d+$/.test(word)).toBe(true);
    }
  });
});
