import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { norwegianHyphenation } from '@moteplass/shared/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawBoard } from './board-drawing.js';
import { boardRegion, phaseRegion, rectOf } from './board-geometry.js';
import type { DrawContext, Mark } from './board-marks.js';
import { toCsv } from './csv.js';
import { createTextMeasure } from './fonts.js';
import { realisticSource } from './fixtures-realistic.js';
import { toExportJson } from './json.js';
import { MIN_SCALE, planPages } from './pdf/board-pages.js';
import { toPdf } from './pdf/index.js';
import { buildSnapshot, type WorkshopSnapshot } from './snapshot.js';
import { toSvg } from './svg.js';
import { createLayouter, printable } from './text.js';
import { exportWords } from './words.js';

/**
 * Golden tests of the case file on realistic boards (EXPORT-4, EXPORT-5,
 * TEXT-1): every word of every note survives into the SVG and the PDF, lines
 * fit their notes by the font's metrics, notes keep their places, nothing is
 * dropped unsaid. Pages of the report are rendered to PNG under
 * test-results/export-report/ for a reviewer to look at.
 */
const SPECIAL = {
  cut: 'Dette er et langt innspill som ikke får plass på en liten lapp: '.repeat(6).trim(),
  nynorsk: 'Vi treng fleire møteplassar for ungdom – Fritidsklubbtilbodet er for lite',
  compound: 'Fritidsklubbtilbudet Innbyggerinvolvering Nullpunktsmåling',
  dates: 'Frister: 2026-02-15, 2026-03-01 og 2026-06-30',
  url: 'Les mer på https://www.nav.no/sosialhjelp og www.ks.no',
  emoji: 'Kaffe ☕ og vafler 🧇 hver torsdag 👍🏽',
};

function board(notes: number, language: 'nb' | 'nn' = 'nb') {
  const source = realisticSource({ notes, seed: 11, language, foreignColours: true });
  const items = source.boardItems as Record<string, Record<string, unknown>>;
  let y = 4000;
  for (const [key, text] of Object.entries(SPECIAL)) {
    const small = key === 'cut';
    items[`special-${key}`] = {
      type: 'note',
      x: 60,
      y,
      w: small ? 160 : 200,
      h: small ? 120 : 200,
      phase: 'explore',
      text,
      color: key === 'url' ? '#ffe066' : 'blue',
      anonymous: true,
      extraFieldFromAnotherClient: { nested: true },
    };
    y += 240;
  }
  items['survey-1'] = { type: 'survey', text: 'Hva synes dere om kafeen?', x: 0, y: 0 };
  return buildSnapshot({ ...source, includeNames: false });
}

const { measure, hasGlyph } = createTextMeasure();
const contextFor = (snapshot: WorkshopSnapshot): DrawContext => {
  const words = exportWords(snapshot.workshop.language);
  return {
    measure,
    hasGlyph,
    words,
    layouter: createLayouter(measure, norwegianHyphenation(words.language)),
  };
};
const notesOf = (snapshot: WorkshopSnapshot) =>
  snapshot.items.flatMap((entry) =>
    entry.item.type === 'note' ? [{ ...entry.item, id: entry.id }] : [],
  );
const printed = (text: string) => printable(text, hasGlyph);
const wordsOf = (text: string) => printed(text).split(/\s+/).filter(Boolean);
/** Text with the breaker's joins undone: no whitespace, no hyphens. */
const squeezed = (text: string) => text.replace(/[\s-]+/g, '');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'moteplass-golden-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdftotext = (bytes: Buffer) => {
  const file = join(dir, `r${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return {
    file,
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }),
  };
};

describe('EXPORT-5 the board drawing is faithful', () => {
  const snapshot = board(120);
  const context = contextFor(snapshot);
  const drawing = drawBoard(snapshot.items, boardRegion(snapshot.items), context);
  const marksOf = (id: string) => drawing.marks.filter((mark) => mark.item === id);
  const textMarks = (id: string) =>
    marksOf(id).filter((mark): mark is Extract<Mark, { kind: 'text' }> => mark.kind === 'text');
  const continued = `→ ${context.words.catalogue.caseFile.drawing.continued}`;

  it('TEXT-1 every line fits its note by the font’s metrics, and all lines fit its height', () => {
    let lines = 0;
    for (const mark of drawing.marks) {
      if (mark.kind !== 'text') continue;
      for (const line of mark.lines) {
        expect(measure(line, mark.size, mark.weight), line).toBeLessThanOrEqual(mark.box.w + 0.01);
        lines += 1;
      }
      expect(mark.lines.length * mark.size * mark.lineHeight).toBeLessThanOrEqual(
        mark.box.h + 0.01,
      );
    }
    expect(lines).toBeGreaterThan(300);
  });

  it('TEXT-1 every note keeps its words: lines end between words or at a hyphen', () => {
    for (const note of notesOf(snapshot)) {
      const [body, ...rest] = textMarks(note.id);
      const isCut = rest.some((mark) => mark.lines.join(' ') === continued);
      const lines = body?.lines ?? [];
      const original = printed(note.text).replace(/\s+/g, ' ');
      if (isCut) {
        const shown = lines.join(' ').replace(/ …$/, '');
        expect(squeezed(original).startsWith(squeezed(shown)), note.id).toBe(true);
        continue;
      }
      expect(squeezed(lines.join(' ')), note.id).toBe(squeezed(original));
      for (const [index, line] of lines.slice(0, -1).entries()) {
        if (/[-/.]$/.test(line)) continue;
        const last = line.split(' ').at(-1) ?? '';
        const first = lines[index + 1]?.split(' ')[0] ?? '';
        expect(original, `${note.id}: "${line}" | "${lines[index + 1]}"`).toContain(
          `${last} ${first}`,
        );
      }
    }
  });

  it('marks a note cut for space as continued in the list', () => {
    const marks = textMarks('special-cut');
    expect(marks.some((mark) => mark.lines.join(' ') === continued)).toBe(true);
    expect(marks[0]?.lines.at(-1)).toMatch(/…$/);
  });

  it('keeps positions, sizes and colours: notes that were apart do not overlap', () => {
    const rects = notesOf(snapshot).map((note) => {
      const rect = marksOf(note.id).find((mark) => mark.kind === 'rect');
      expect(rect).toMatchObject({ x: note.x, y: note.y, w: note.w, h: note.h });
      return { id: note.id, rect: rect as Extract<Mark, { kind: 'rect' }> };
    });
    for (const [index, a] of rects.entries()) {
      for (const b of rects.slice(index + 1)) {
        const apart =
          a.rect.x + a.rect.w <= b.rect.x ||
          b.rect.x + b.rect.w <= a.rect.x ||
          a.rect.y + a.rect.h <= b.rect.y ||
          b.rect.y + b.rect.h <= a.rect.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it('EXPORT-4 a colour another client wrote is drawn in the nearest palette colour', () => {
    const url = marksOf('special-url').find((mark) => mark.kind === 'rect');
    expect(url).toMatchObject({ fill: '#fff3a6' });
    expect(snapshot.normalizedColours).toBeGreaterThan(1);
  });

  it('the SVG holds every note’s words in its text, grouped by item', () => {
    const svg = toSvg(snapshot, { kind: 'board' }) ?? '';
    for (const note of notesOf(snapshot)) {
      const group = new RegExp(`<g data-item="${note.id}">([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
      const text = [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
        .map((match) => match[1])
        .join(' ')
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      if (text.includes(continued)) continue;
      expect(squeezed(text), note.id).toContain(squeezed(printed(note.text)));
    }
  });
});

describe('EXPORT-4 nothing is silently dropped', () => {
  const snapshot = board(40);

  it('keeps every note in JSON and CSV, with a colour column', () => {
    const json = toExportJson(snapshot);
    const texts = json.items.flatMap(({ item }) => (item.type === 'note' ? [item.text] : []));
    for (const text of Object.values(SPECIAL)) expect(texts).toContain(text);
    expect(json.omitted).toEqual([
      { id: 'survey-1', type: 'survey', reason: 'unknownType', text: 'Hva synes dere om kafeen?' },
    ]);
    expect(JSON.stringify(json)).not.toContain('extraFieldFromAnotherClient');
    const csv = toCsv(snapshot).slice(1).split('\r\n');
    const colour = csv[0]?.split(';').indexOf('"Farge"') ?? -1;
    expect(colour).toBeGreaterThan(0);
    const url = csv.find((row) => row.includes('nav.no/sosialhjelp'));
    expect(url?.split(';').at(colour)).toBe('"Gul"');
  });

  it('lists what it could not draw in the report’s appendix, with its text', async () => {
    const { text } = pdftotext(await toPdf(snapshot));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Vedlegg: utelatte elementer');
    expect(flat).toContain('Hva synes dere om kafeen?');
  });
});

describe('EXPORT-5 the report holds every word of every note', () => {
  /** The report's text three ways: as extracted, hyphens at line ends joined, and kept. */
  const variants = (text: string) => [
    text.replace(/\s+/g, ' '),
    text.replace(/-\n/g, '').replace(/\s+/g, ' '),
    text.replace(/-\n/g, '-').replace(/\s+/g, ' '),
  ];

  for (const language of ['nb', 'nn'] as const) {
    it(`every word appears whole in pdftotext (${language}), and the pages render`, async () => {
      const snapshot = board(60, language);
      const { file, text } = pdftotext(await toPdf(snapshot));
      const all = variants(text);
      for (const note of notesOf(snapshot)) {
        for (const word of wordsOf(note.text)) {
          expect(
            all.some((variant) => variant.includes(word)),
            `${note.id}: ${word}`,
          ).toBe(true);
        }
      }
      // Dates, addresses, compounds and the tables' own labels, unbroken as extracted.
      const whole = [
        '2026-02-15',
        'https://www.nav.no/sosialhjelp',
        'Fritidsklubbtilbudet',
        'Nullpunktsmåling',
        'Ungdomsavdelingen',
        'Spørreundersøkelse',
        'Frivilligsentralen',
        'Nullpunkt',
        language === 'nb' ? 'Virkning' : 'Verknad',
      ];
      for (const word of whole) expect(all[0], word).toContain(word);
      const out = fileURLToPath(new URL('../../../test-results/export-report', import.meta.url));
      mkdirSync(out, { recursive: true });
      execFileSync('pdftoppm', [
        '-r',
        '70',
        '-png',
        '-f',
        '1',
        '-l',
        '6',
        file,
        join(out, `report-${language}`),
      ]);
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
        /No syntax or stream encoding errors/,
      );
    });
  }

  it('a large phase is split into legible parts that cut no note in two', () => {
    const snapshot = board(2000);
    const notes = notesOf(snapshot).filter((note) => note.phase === 'design');
    const plan = planPages(phaseRegion(snapshot.items, 'design'), notes.map(rectOf));
    expect(plan.parts.length).toBeGreaterThan(5);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    for (const note of notes) {
      const whole = plan.parts.some(
        (part) =>
          note.x >= part.x &&
          note.y >= part.y &&
          note.x + note.w <= part.x + part.w &&
          note.y + note.h <= part.y + part.h,
      );
      expect(whole, note.id).toBe(true);
    }
  });

  it('a 2,000-note board: each note’s whole text is in the report’s lists', async () => {
    const snapshot = board(2000);
    const { file, text } = pdftotext(await toPdf(snapshot));
    const flat = text.replace(/\s+/g, ' ');
    const counts = new Map<string, number>();
    for (const note of notesOf(snapshot)) {
      const clean = printed(note.text).replace(/\s+/g, ' ').trim();
      counts.set(clean, (counts.get(clean) ?? 0) + 1);
    }
    for (const [clean, count] of counts) {
      expect(flat.split(clean).length - 1, clean).toBeGreaterThanOrEqual(count);
    }
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThan(20);
  }, 60_000);
});
