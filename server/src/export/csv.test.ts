import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.js';
import { fixtureSource } from './fixtures.js';
import { buildSnapshot } from './snapshot.js';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] === '"') {
          field += '"';
          index += 1;
        } else break;
      }
    } else {
      const end = text.slice(index).search(new RegExp(`[${separator}\\r\\n]`));
      field = end < 0 ? text.slice(index) : text.slice(index, index + end);
      index = end < 0 ? text.length : index + end;
    }
    record.push(field);
    if (text[index] === separator) {
      index += 1;
    } else if (text.startsWith('\r\n', index) || index >= text.length) {
      records.push(record);
      record = [];
      index += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`);
    }
  }
  return records;
}

describe('EXPORT-3 export.csv', () => {
  const csv = toCsv(buildSnapshot(fixtureSource({ includeNames: true })));

  it('starts with a UTF-8 byte-order mark and parses as RFC 4180 with æøå intact', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), ';');
    const [header, ...items] = rows;
    expect(header).toEqual([
      'Fase',
      'Type',
      'Tekst',
      'Forfatter',
      'Navn',
      'Stemmer',
      'Opprettet',
      'Hvem',
      'Ressurser',
      'Frist',
      'Nivå',
      'Nullpunkt',
      'Mål',
      'Slik måler vi',
      'Farge',
      // Added after colour by the kinds table: the indicator's v2 fields, a poll's option rows.
      'Hvem måler',
      'Når det måles',
      'Alternativ',
      'Stemmer',
      // An action's status (action v2, issue 18).
      'Status',
    ]);
    for (const row of items) expect(row).toHaveLength(header!.length);
    const bus = items.find((row) => row[2] === 'Bussen går for sjelden – æøå ÆØÅ');
    expect(bus).toEqual([
      'Utforske',
      'Lapp',
      'Bussen går for sjelden – æøå ÆØÅ',
      'Innbygger',
      'Kari Ås',
      '2',
      '2025-03-18T17:01:00.000Z',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Gul',
      '',
      '',
      '',
      '',
      '',
    ]);
    const action = items.find((row) => row[1] === 'Tiltak');
    expect(action?.slice(7, 10)).toEqual(['Frivilligsentralen', 'Lokale, kaffe', '2025-05-01']);
    // The last column: where the action stands (action v2).
    expect(action?.at(-1)).toBe('I gang');
  });

  it('EXPORT-2 shows an anonymous note as "Anonym", with no name even when names are included', () => {
    const rows = parseCsv(csv.slice(1), ';');
    const anonymous = rows.find((row) => row[2]?.startsWith('Jeg tør ikke'));
    expect(anonymous?.[3]).toBe('Anonym');
    expect(anonymous?.[4]).toBe('');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows.some((row) => row[2] === "'=SUM(A1:A9) er ikke en formel her")).toBe(true);
    for (const cell of ['=1+1', '+47 99', '-2', '@SUM(1)', '\t=1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('Bussen')).toBe('Bussen');
  });

  it('quotes separators, quotes and line breaks inside a field', () => {
    const source = fixtureSource();
    const items = source.boardItems as Record<string, Record<string, unknown>>;
    items['n1'] = { ...items['n1'], text: 'Linje 1\r\nLinje 2; "sitat", komma' };
    const rows = parseCsv(toCsv(buildSnapshot(source)).slice(1), ';');
    expect(rows.some((row) => row[2] === 'Linje 1\r\nLinje 2; "sitat", komma')).toBe(true);
  });

  it('leaves out the name column unless names are asked for, and uses "," in English', () => {
    const english = toCsv(
      buildSnapshot(fixtureSource({ workshop: { ...fixtureSource().workshop, language: 'en' } })),
    );
    const [header] = parseCsv(english.slice(1), ',');
    expect(header).not.toContain('Name');
    expect(header?.slice(0, 4)).toEqual(['Phase', 'Type', 'Text', 'Author']);
    expect(toCsv(buildSnapshot(fixtureSource()), 'comma')).toMatch(/^\ufeff"Fase","Type"/);
  });
});
