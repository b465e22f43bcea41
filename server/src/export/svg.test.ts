import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureSource } from './fixtures.js';
import { buildSnapshot } from './snapshot.js';
import { toSvg } from './svg.js';

/** Well-formed XML by xmllint's strict parser (CI installs libxml2-utils with poppler). */
function wellFormed(svg: string): boolean {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '-'], {
      input: svg,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    return true;
  } catch {
    return false;
  }
}

const text = (svg: string) =>
  [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');

describe('EXPORT-3 export.svg', () => {
  const snapshot = buildSnapshot(fixtureSource());

  it('draws the whole board as well-formed SVG with the notes’ text', () => {
    const svg = toSvg(snapshot, { kind: 'board' }) ?? '';
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    const words = text(svg);
    for (const fragment of ['Bussen går for', 'æøå', 'Kafé på', 'Starte', 'Transport', 'Fase 1']) {
      expect(words).toContain(fragment);
    }
    // Frames, notes, shapes, connectors (line and arrowhead) and drawings.
    for (const element of ['<rect', '<ellipse', '<polygon', '<polyline']) {
      expect(svg).toContain(element);
    }
  });

  it('escapes what people wrote: markup in a note stays text', () => {
    const source = fixtureSource();
    const items = source.boardItems as Record<string, Record<string, unknown>>;
    items['n1'] = { ...items['n1'], text: '<script>alert("x")</script> & co' };
    const svg = toSvg(buildSnapshot(source), { kind: 'board' }) ?? '';
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg).toContain(
      '<title id="board-title">Ensomhet blant eldre i Nordbygda – «Møteplass» &#38; &#60;bibliotek&#62;</title>',
    );
  });

  it('draws one phase, or one frame, on its own', () => {
    const design = toSvg(snapshot, { kind: 'phase', phase: 'design' }) ?? '';
    expect(wellFormed(design)).toBe(true);
    expect(text(design)).toContain('Kafé på');
    expect(text(design)).not.toContain('Bussen');
    const frame = toSvg(snapshot, { kind: 'frame', frameId: 'frame-explore' }) ?? '';
    expect(text(frame)).toContain('Bussen går for');
    expect(toSvg(snapshot, { kind: 'frame', frameId: 'n1' })).toBeNull();
  });
});
