import { breakoutGroupNames, breakoutGroupOf, hasBreakoutGroups } from './breakout-groups.js';
import {
  CSV_KIND_COLUMNS,
  kindHas,
  kindOfItem,
  type BoardItem,
  type CsvKindColumn,
} from '@moteplass/shared';
import { groupAirtimeCsvRows } from './group-airtime.js';
import { itemText } from './items.js';
import { kindExportContext } from './kind-context.js';
import type { SnapshotItem, WorkshopSnapshot } from './snapshot.js';
import { exportWords, type ExportWords } from './words.js';

/**
 * `export.csv`: one row per item on the board (RFC 4180: quoted fields, CRLF
 * line ends). UTF-8 with a byte-order mark, or Excel reads æøå as Latin-1.
 * A Norwegian Excel splits on ";" (the comma is its decimal sign), so nb and
 * nn files use it unless asked otherwise; en files use ",".
 */
export const CSV_SEPARATORS = { comma: ',', semicolon: ';' } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

const BOM = '\ufeff';

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a tab or
 * carriage return before one) gets a leading apostrophe (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function toCsv(snapshot: WorkshopSnapshot, separator?: CsvSeparator): string {
  const words = exportWords(snapshot.workshop.language);
  const sep = CSV_SEPARATORS[separator ?? (words.language === 'en' ? 'comma' : 'semicolon')];
  // The breakout group column only where there were groups (BREAK-9): other files keep their columns.
  const airtime = snapshot.groupAirtime ?? [];
  const groups =
    hasBreakoutGroups(snapshot) || airtime.length > 0 ? breakoutGroupNames(snapshot) : null;
  const columns = [
    ...header(words, snapshot.includeNames),
    ...(groups ? [words.catalogue.breakout.exportGroup] : []),
  ];
  const body = snapshot.items.flatMap((entry) =>
    rows(entry, snapshot, words).map((cells) => [
      ...cells,
      ...(groups ? [breakoutGroupOf(entry.item, groups)] : []),
    ]),
  );
  // Speaking time per group (GROUPEQ-2) as rows of their own after the items'.
  const speaking = groupAirtimeCsvRows(airtime, words, {
    width: columns.length,
    typeAt: columns.indexOf(words.report.type),
    textAt: columns.indexOf(words.report.text),
    votesAt: columns.indexOf(words.report.votes),
  });
  const lines = [columns, ...body, ...speaking].map((cells) =>
    cells.map((cell) => csvField(neutraliseFormula(cell))).join(sep),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * The kind columns' headers, in `CSV_KIND_COLUMNS` order. Columns are only
 * ever added at the end, so scripts that read them by position keep working
 * (colour came after measure; the indicator's and the poll's after colour).
 */
function kindHeaders(words: ExportWords): Record<CsvKindColumn, string> {
  const { report, catalogue } = words;
  const { action, indicator, poll } = catalogue.itemKinds;
  return {
    actionWho: report.actionWho,
    resources: report.resources,
    due: report.due,
    level: report.level,
    baseline: report.baseline,
    target: report.target,
    measure: report.measure,
    colour: catalogue.caseFile.colour,
    measuredBy: indicator.measuredBy,
    schedule: indicator.schedule,
    pollOption: poll.option,
    pollTally: poll.tally,
    actionStatus: action.status,
  };
}

function header(words: ExportWords, includeNames: boolean): string[] {
  const { report } = words;
  const kinds = kindHeaders(words);
  return [
    report.phase,
    report.type,
    report.text,
    report.author,
    ...(includeNames ? [report.name] : []),
    report.votes,
    report.created,
    ...CSV_KIND_COLUMNS.map((column) => kinds[column]),
  ];
}

/** One row per item; a kind may give several (a poll: one per option, with its tally). */
function rows(entry: SnapshotItem, snapshot: WorkshopSnapshot, words: ExportWords): string[][] {
  const { item } = entry;
  const common = [
    words.phase(item.phase),
    words.itemType(item.type),
    joinsText(item, snapshot) ?? itemText(item),
    words.author(item),
    ...(snapshot.includeNames ? [entry.authorName ?? ''] : []),
    String(entry.votes),
    item.createdAt !== undefined ? new Date(item.createdAt).toISOString() : '',
  ];
  const kind = kindOfItem(item);
  const context = kindExportContext(entry.id, snapshot.votes);
  const cells = kind.exports.csvRows?.(item, words.catalogue, context) ?? [{}];
  return (cells.length > 0 ? cells : [{}]).map((row) => [
    ...common,
    ...CSV_KIND_COLUMNS.map((column) => row[column] ?? ''),
  ]);
}

/** A line between two items reads as "from → to"; undefined for an item that joins nothing. */
function joinsText(item: BoardItem, snapshot: WorkshopSnapshot): string | undefined {
  if (!kindHas(item.type, 'joins')) return undefined;
  const ends = item as { from?: unknown; to?: unknown };
  if (typeof ends.from !== 'string' || typeof ends.to !== 'string') return undefined;
  return connectorText(ends.from, ends.to, snapshot);
}

function connectorText(from: string, to: string, snapshot: WorkshopSnapshot): string {
  const textOf = (id: string) => {
    const entry = snapshot.items.find((candidate) => candidate.id === id);
    const text = entry ? itemText(entry.item).replace(/\s+/g, ' ') : '';
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return `${textOf(from)} → ${textOf(to)}`;
}
