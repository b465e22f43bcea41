import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSource } from '../fixtures.js';
import { buildSnapshot } from '../snapshot.js';
import { toPdf } from './index.js';

/**
 * EXPORT-3: the report is an archival PDF/A-2 file. Checked with the tools
 * archives use (qpdf, poppler); CI installs both.
 */
let dir: string;
let file: string;
let bytes: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moteplass-pdf-'));
  file = join(dir, 'report.pdf');
  bytes = await toPdf(buildSnapshot(fixtureSource({ includeNames: true })));
  writeFileSync(file, bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8' });

/** The file with every stream decompressed, for looking inside. */
function expanded(): string {
  const out = join(dir, 'expanded.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return execFileSync('cat', [out], { encoding: 'latin1' });
}

describe('EXPORT-3 the PDF report is PDF/A-2', () => {
  it('is a structurally valid PDF 1.7 (qpdf --check)', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('gives back its text with æøå (pdftotext)', () => {
    // Lines wrap where the page ends; the words are what counts.
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, ' ');
    expect(text).toContain('Ensomhet blant eldre i Nordbygda');
    expect(text).toContain('Bussen går for sjelden – æøå ÆØÅ');
    expect(text).toContain('Vi ble enige om å prøve en kafé på biblioteket. Æ, ø og å virker.');
    expect(text).toContain('Starte torsdagskafé');
    expect(text).toContain('Færre som føler seg ensomme');
    expect(text).toContain('Taletid etter rolle');
    expect(text).toContain('Anonyme lapper er laget av Møteplass-tjeneren');
  });

  it('declares PDF/A-2a in its XMP metadata, as well-formed XML even with & and < in the title', () => {
    const pdf = expanded();
    const xmp = /<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(pdf)?.[0] ?? '';
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    const xml = join(dir, 'xmp.xml');
    writeFileSync(xml, Buffer.from(xmp, 'latin1'));
    expect(() => execFileSync('xmllint', ['--noout', xml])).not.toThrow();
    expect(pdf).toMatch(/\/OutputIntents/);
    expect(pdf).toMatch(/\/S \/GTS_PDFA1/);
  });

  it('embeds every font it uses (pdffonts)', () => {
    const rows = run('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('is tagged, in the workshop language, with no scripts', () => {
    const info = run('pdfinfo', file);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/JavaScript:\s+no/);
    const pdf = expanded();
    expect(pdf).toContain('/Lang (nb)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).not.toMatch(/\/JavaScript|\/JS\b|\/Encrypt/);
    const structure = run('pdfinfo', '-struct', file);
    for (const tag of ['Document', 'H1', 'H2', 'P', 'Table', 'TH', 'L', 'LI', 'Figure']) {
      expect(structure).toContain(tag);
    }
    expect(pdf).toMatch(/\/Alt \(Tavla i fasen Utforske/);
  });

  it('has bookmarks for the title, every section and every board picture', () => {
    const pdf = expanded();
    expect(pdf).toMatch(/\/Outlines \d+ 0 R/);
    for (const title of ['Deltakere', 'Utforske', 'Produsere', 'Taletid etter rolle']) {
      expect(pdf, title).toContain(`/Title (${title})`);
    }
    expect(pdf).toMatch(/\/Title \(Tavla i fasen Utforske/);
  });

  it('marks everything it paints as content or artifact (PDF/A-2a)', () => {
    const pdf = expanded();
    const pages = [
      ...pdf.matchAll(
        /%% Contents for page \d+\n%% Original object ID: [^\n]*\n\d+ 0 obj\n<<[\s\S]*?>>\nstream\n([\s\S]*?)endstream/g,
      ),
    ].map((match) => match[1] ?? '');
    expect(pages.length).toBeGreaterThan(1);
    const painting = new Set([
      'Tj',
      'TJ',
      'f',
      'F',
      'f*',
      'S',
      's',
      'B',
      'B*',
      'b',
      'b*',
      'Do',
      'sh',
    ]);
    let painted = 0;
    for (const content of pages) {
      let depth = 0;
      for (const line of content.split('\n')) {
        const operator = line.trim().split(/\s+/).at(-1) ?? '';
        if (operator === 'BDC' || operator === 'BMC') depth += 1;
        else if (operator === 'EMC') depth -= 1;
        else if (painting.has(operator)) {
          painted += 1;
          expect(depth, `untagged: ${line}`).toBeGreaterThan(0);
        }
      }
      expect(depth).toBe(0);
    }
    expect(painted).toBeGreaterThan(50);
  });
});
