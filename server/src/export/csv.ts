import { breakoutGroupNames, breakoutGroupOf, hasBreakoutGroups } from './breakout-groups.js';
import { itemText } from './items.js';
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
  const groups = hasBreakoutGroups(snapshot) ? breakoutGroupNames(snapshot) : null;
  const columns = [
    ...header(words, snapshot.includeNames),
    ...(groups ? [words.catalogue.breakout.exportGroup] : []),
  ];
  const rows = snapshot.items.map((entry) => [
    ...row(entry, snapshot, words),
    ...(groups ? [breakoutGroupOf(entry.item, groups)] : []),
  ]);
  const lines = [columns, ...rows].map((cells) =>
    cells.map((cell) => csvField(neutraliseFormula(cell))).join(sep),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function header(words: ExportWords, includeNames: boolean): string[] {
  const { report } = words;
  return [
    report.phase,
    report.type,
    report.text,
    report.author,
    ...(includeNames ? [report.name] : []),
    report.votes,
    report.created,
    report.actionWho,
    report.resources,
    report.due,
    report.level,
    report.baseline,
    report.target,
    report.measure,
    // Added last, so scripts that read the columns by position keep working.
    words.catalogue.caseFile.colour,
  ];
}

function row(entry: SnapshotItem, snapshot: WorkshopSnapshot, words: ExportWords): string[] {
  const { item } = entry;
  const action = item.type === 'action' ? item : undefined;
  const indicator = item.type === 'indicator' ? item : undefined;
  return [
    words.phase(item.phase),
    words.itemType(item.type),
    item.type === 'connector' ? connectorText(item.from, item.to, snapshot) : itemText(item),
    words.author(item),
    ...(snapshot.includeNames ? [entry.authorName ?? ''] : []),
    String(entry.votes),
    item.createdAt !== undefined ? new Date(item.createdAt).toISOString() : '',
    action?.owner ?? '',
    action?.resources ?? '',
    action?.dueDate ?? '',
    indicator ? words.catalogue.export.indicatorKinds[indicator.kind] : '',
    indicator?.baseline ?? '',
    indicator?.target ?? '',
    indicator?.measure ?? '',
    item.type === 'note' ? words.catalogue.canvas.colors[item.color] : '',
  ];
}

/** A line between two items reads as "from → to". */
function connectorText(from: string, to: string, snapshot: WorkshopSnapshot): string {
  const textOf = (id: string) => {
    const entry = snapshot.items.find((candidate) => candidate.id === id);
    const text = entry ? itemText(entry.item).replace(/\s+/g, ' ') : '';
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return `${textOf(from)} → ${textOf(to)}`;
}
