import { describe, expect, it } from 'vitest';
import { fixtureSource } from './fixtures.js';
import { escapeMarkdown, toMarkdown } from './markdown.js';
import { buildSnapshot } from './snapshot.js';

describe('export.md', () => {
  const markdown = toMarkdown(buildSnapshot(fixtureSource()));

  it('reads as the report: title, case, summary, participants, phases, airtime, anonymity', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Ensomhet blant eldre i Nordbygda – «Møteplass» &amp; &lt;bibliotek>',
      '## Saken',
      '## Oppsummering',
      '## Deltakere',
      '## Utforske',
      '### Innspill',
      '### Resultat av prikkstemmingen',
      '## Designe',
      '### Innspill',
      '## Prøve ut',
      '### Innspill',
      '## Produsere',
      '### Innspill',
      '### Tiltak: hvem gjør hva, innen når',
      '### Effektindikatorer',
      '## Taletid etter rolle',
      '## Anonyme innspill',
      '## Vedlegg: utelatte elementer',
    ]);
    expect(markdown).toContain('Vi ble enige om å prøve en kafé på biblioteket.');
    expect(markdown).toContain('| Innbygger | 3 min 00 s | 60 % |'.replace(' %', '\u00a0%'));
    expect(markdown).toContain('1 av 4 innspill ble gitt anonymt.');
    // EXPORT-4: the item that could not be read is listed with its reason, not just counted.
    expect(markdown).toContain('| broken | note | ukjent fase |');
  });

  it('EXPORT-2 marks anonymous notes and never names anybody unless asked', () => {
    expect(markdown).toContain(
      '- Jeg tør ikke si dette høyt: ensomheten er verst om kvelden  \n  *Anonym · Stemmer: 4*',
    );
    expect(markdown).not.toContain('Kari Ås');
    const named = toMarkdown(buildSnapshot(fixtureSource({ includeNames: true })));
    expect(named).toContain('*Kari Ås (Innbygger) · Stemmer: 2*');
    expect(named).toContain('*Anonym · Stemmer: 4*');
  });

  it('escapes what people wrote so it cannot become markup', () => {
    expect(escapeMarkdown('# Overskrift')).toBe('\\# Overskrift');
    expect(escapeMarkdown('[lenke](http://x) *fet* <b>')).toBe(
      '\\[lenke\\](http://x) \\*fet\\* &lt;b>',
    );
    expect(escapeMarkdown('1. punkt\n- punkt\n===')).toBe('1\\. punkt\n\\- punkt\n\\===');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
  });
});
