import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkshopExportSchema, type SeriesReply, type WorkshopExport } from '@moteplass/shared';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES_CSV_COLUMNS } from './series-csv.js';
import { actionCard, indicatorCard, seriesApp } from './testing.js';

/**
 * SERIES-5: the series report, through the public API, checked with the
 * tools archives use (qpdf, poppler), as the meetup report's tests do.
 */
let t: Awaited<ReturnType<typeof seriesApp>>;
let url: string;
let host: string;
let member: string;
let dir: string;
let firstId: string;
let firstToken: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moteplass-series-'));
  t = await seriesApp();
  const { workshop } = await t.createWorkshop({
    title: 'Ensomhet blant eldre',
    caseDescription: 'Hvordan kan flere eldre i Nordbygda få noen å snakke med?',
  });
  const firstHost = await t.facilitator(workshop);
  await t.putItems(workshop.id, {
    act1: actionCard('Starte torsdagskafé på biblioteket'),
    ind1: indicatorCard('Eldre som får besøk hver uke', '12', '40'),
  });
  await t.act(workshop.id, firstHost, {
    type: 'setImpactChain',
    goal: 'Færre eldre føler seg ensomme',
    activities: ['act1'],
    hypothesis: { if: 'kafeen er åpen', then: 'møtes flere', because: 'det er lett å komme' },
  });
  await t.act(workshop.id, firstHost, {
    type: 'recordMeasurement',
    indicatorId: 'ind1',
    value: 18,
    date: '2026-01-15',
    note: 'Telling; «januar»',
  });
  const fields = ['safeguardingEquality', 'sharedGoals', 'communication', 'trust'];
  const round = async (id: string, token: string, join: typeof workshop, value: number) => {
    await t.act(id, token, { type: 'startReflection', fields });
    for (let i = 0; i < 3; i++) {
      const p = await t.participant(join, 'innbygger');
      await t.act(id, p, {
        type: 'submitReflection',
        ratings: Object.fromEntries(fields.map((f, n) => [f, Math.min(5, value + ((n + i) % 2))])),
        comment: 'Hemmelig kommentar',
      });
    }
    await t.act(id, token, { type: 'closeReflection' });
  };
  await round(workshop.id, firstHost, workshop, 2);
  const { workshop: second } = await t.createWorkshop({
    title: 'Møte 2 – æøå',
    seriesOf: workshop.id,
    seriesKey: workshop.facilitatorKey,
  });
  host = await t.facilitator(second);
  member = await t.participant(second, 'innbygger');
  await round(second.id, host, second, 4);
  await t.act(second.id, host, {
    type: 'recordMeasurement',
    indicatorId: 'ind1',
    value: 27.5,
    date: '2026-04-02',
  });
  url = `/api/workshops/${second.id}/series/export`;
  firstId = workshop.id;
  firstToken = firstHost;
});

afterAll(async () => {
  await t.app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180: quoted fields, doubled quotes, separators and line ends inside quotes. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8' });

describe('SERIES-5 the series report', () => {
  it('SERIES-5: is for the facilitator only, in pdf, csv or json', async () => {
    expect((await t.get(`${url}?format=json`)).status).toBe(401);
    expect((await t.get(`${url}?format=json`, member)).code).toBe('FORBIDDEN');
    expect((await t.get(`${url}?format=docx`, host)).status).toBe(400);
  });

  it('SERIES-5: JSON is the series with every meetup, round, measurement and action', async () => {
    const reply = await t.get(`${url}?format=json`, host);
    expect(reply.status).toBe(200);
    expect(String(reply.headers['content-disposition'])).toMatch(
      /attachment; filename=".*serie.*\.json"/,
    );
    const series = JSON.parse(reply.body) as SeriesReply & { exportedAt: string };
    expect(series.meetups.map((m) => m.reflections.length)).toEqual([1, 1]);
    expect(series.indicators[0]?.measurements.map((m) => m.value)).toEqual([18, 27.5]);
    expect(series.indicators[0]?.status).toBe('onTrack');
    expect(series.actions[0]?.text).toBe('Starte torsdagskafé på biblioteket');
    expect(reply.body).not.toContain('Hemmelig kommentar');
  });

  it('SERIES-5: CSV has the documented columns and one row per fact', async () => {
    const reply = await t.get(`${url}?format=csv`, host);
    expect(reply.status).toBe(200);
    expect(reply.body.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(reply.body.slice(1), ';');
    expect(rows[0]).toEqual([...SERIES_CSV_COLUMNS]);
    const col = (name: (typeof SERIES_CSV_COLUMNS)[number]) => SERIES_CSV_COLUMNS.indexOf(name);
    const sections = rows.slice(1).map((row) => row[col('section')]);
    expect(sections.filter((s) => s === 'meetup')).toHaveLength(2);
    expect(sections.filter((s) => s === 'reflection')).toHaveLength(8);
    const measurements = rows.filter((row) => row[col('section')] === 'measurement');
    expect(measurements.map((row) => [row[col('value')], row[col('meetup_index')]])).toEqual([
      ['18', '1'],
      ['27,5', '2'],
    ]);
    const trust = rows.find(
      (row) => row[col('section')] === 'reflection' && row[col('field')] === 'trust',
    );
    expect(trust?.[col('label')]).toBe('Tillit');
    expect(rows.every((row) => row.length === SERIES_CSV_COLUMNS.length)).toBe(true);
  });

  it('SERIES-5, REFL-8: PDF is a valid PDF/A-2 file with the radar charts, their tables, indicators and actions', async () => {
    const reply = await t.get(`${url}?format=pdf`, host);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    const file = join(dir, 'series.pdf');
    writeFileSync(file, reply.raw);
    if (process.env.SERIES_PDF_OUT) writeFileSync(process.env.SERIES_PDF_OUT, reply.raw);
    expect(reply.raw.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, ' ');
    for (const expected of [
      'Serierapport: Ensomhet blant eldre',
      'Møte 2: Møte 2 – æøå',
      'Ivaretakelse av likeverdighet',
      'Færre eldre føler seg ensomme',
      'Hvis kafeen er åpen, så møtes flere, fordi det er lett å komme.',
      'Eldre som får besøk hver uke',
      'I rute',
      'Telling; «januar»',
      'Starte torsdagskafé på biblioteket',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Hemmelig kommentar');
    const expanded = join(dir, 'expanded.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, expanded]);
    const inside = execFileSync('cat', [expanded], { encoding: 'latin1' });
    expect(inside).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(inside).toMatch(/\/S \/Figure/);
    // Alternative text with æøå is written as UTF-16 (<FEFF…>), plain ASCII as (…).
    expect(inside.match(/\/Alt [(<]/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('REFL-8, REFL-6: the meetup report has its reflection (chart, table, role means, comments without names) and the impact chain', async () => {
    const reply = await t.get(`/api/workshops/${firstId}/export.pdf`, firstToken);
    expect(reply.status).toBe(200);
    const file = join(dir, 'meetup.pdf');
    writeFileSync(file, reply.raw);
    if (process.env.SERIES_PDF_OUT)
      writeFileSync(`${process.env.SERIES_PDF_OUT}.meetup.pdf`, reply.raw);
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, ' ');
    for (const expected of [
      'Prosessrefleksjon',
      'Runde 1',
      'Ivaretakelse av likeverdighet',
      'Snitt etter rolle',
      'Innbygger',
      'Kommentarer, uten navn',
      'Hemmelig kommentar',
      'Virkningskjeden',
      'Færre eldre føler seg ensomme',
    ]) {
      expect(text).toContain(expected);
    }
    const markdown = await t.get(`/api/workshops/${firstId}/export.md`, firstToken);
    expect(markdown.body).toContain('Edderkoppdiagram over gjennomsnittene per felt');
    expect(markdown.body).toContain('| Ivaretakelse av likeverdighet |');
  });

  it('REFL-6: export.json carries the reflection rounds (means, comments without names) and the impact chain', async () => {
    const reply = await t.get(`/api/workshops/${firstId}/export.json`, firstToken);
    expect(reply.status).toBe(200);
    const exported = JSON.parse(reply.body) as WorkshopExport;
    expect(Value.Check(WorkshopExportSchema, exported)).toBe(true);
    expect(exported.reflections).toHaveLength(1);
    expect(exported.reflections![0]!.comments).toContain('Hemmelig kommentar');
    expect(JSON.stringify(exported.reflections)).not.toMatch(/participantId|token/);
    expect(JSON.stringify(exported.impactChain)).toContain('Færre eldre føler seg ensomme');
  });
});
