import type { Language, SeriesReply } from '@moteplass/shared';
import { CSV_SEPARATORS, csvField, neutraliseFormula, type CsvSeparator } from '../export/csv.js';
import { isoDate } from '../export/filename.js';
import { fieldLabel } from '../export/reflection-label.js';

/**
 * The series report as CSV (docs/exports-series.md): one table, one row per
 * fact, its kind in `section` (meetup, reflection, indicator, measurement,
 * action), so a spreadsheet can filter by it. Column names are stable English
 * ids. UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formulas
 * neutralised, as `export.csv`; with ";" (the default for nb and nn) numbers
 * carry a decimal comma, as a Norwegian spreadsheet reads them.
 */
export const SERIES_CSV_COLUMNS = [
  'section',
  'meetup_index',
  'meetup_id',
  'meetup_title',
  'round_id',
  'date',
  'item_id',
  'kind',
  'field',
  'label',
  'text',
  'value',
  'n',
  'baseline',
  'target',
  'status',
  'owner',
  'note',
] as const;
type Column = (typeof SERIES_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

export function toSeriesCsv(
  series: SeriesReply,
  language: Language,
  separator?: CsvSeparator,
): string {
  const sep = CSV_SEPARATORS[separator ?? (language === 'en' ? 'comma' : 'semicolon')];
  const num = (value: number) => (sep === ';' ? String(value).replace('.', ',') : String(value));
  const index = new Map(series.meetups.map((m) => [m.id, String(m.index)]));
  const rows: Row[] = [];
  for (const meetup of series.meetups) {
    const where = { meetup_index: String(meetup.index), meetup_id: meetup.id };
    rows.push({
      section: 'meetup',
      ...where,
      meetup_title: meetup.title,
      date: isoDate(meetup.createdAt),
    });
    for (const round of meetup.reflections) {
      for (const field of round.fields) {
        const mean = round.means[field.id];
        if (mean === undefined) continue;
        rows.push({
          section: 'reflection',
          ...where,
          round_id: round.roundId,
          date: isoDate(round.closedAt),
          field: field.id,
          label: fieldLabel(field, language),
          value: num(mean),
          n: String(round.n),
        });
      }
    }
  }
  for (const indicator of series.indicators) {
    rows.push({
      section: 'indicator',
      item_id: indicator.id,
      kind: indicator.kind,
      text: indicator.text,
      baseline: indicator.baseline,
      target: indicator.target,
      status: indicator.status,
      owner: indicator.measuredBy ?? '',
      note: [indicator.dataSource, indicator.schedule].filter(Boolean).join(' · '),
    });
    for (const m of indicator.measurements) {
      rows.push({
        section: 'measurement',
        meetup_index: m.meetupId ? (index.get(m.meetupId) ?? '') : '',
        meetup_id: m.meetupId ?? '',
        date: m.date,
        item_id: indicator.id,
        kind: indicator.kind,
        value: num(m.value),
        note: m.note,
      });
    }
  }
  for (const action of series.actions) {
    rows.push({
      section: 'action',
      meetup_index: index.get(action.meetupId) ?? '',
      meetup_id: action.meetupId,
      date: action.dueDate,
      item_id: action.id,
      text: action.text,
      owner: action.owner,
      status: action.status ?? '',
    });
  }
  const lines = [
    [...SERIES_CSV_COLUMNS],
    ...rows.map((row) => SERIES_CSV_COLUMNS.map((column) => row[column] ?? '')),
  ].map((cells) => cells.map((cell) => csvField(neutraliseFormula(cell))).join(sep));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
