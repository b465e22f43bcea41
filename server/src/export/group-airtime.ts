import {
  BREAKOUT_KEY,
  GROUP_FLOORS_KEY,
  isKind,
  readBreakout,
  readGroupFloors,
  type BoardItem,
} from '@moteplass/shared';
import type { ReportBlock } from './report-blocks.js';
import type { ExportWords } from './words.js';

/** One breakout group's speaking time, for the report's airtime section. */
export interface GroupAirtime {
  name: string;
  ms: number;
  turns: number;
}

/**
 * Speaking time per breakout group (GROUPEQ-2), named as the groups are:
 * the running or last breakout's name, else the title of the group's frame.
 * Groups in which nobody had a turn are left out.
 */
export function groupAirtimeOf(
  control: Record<string, unknown>,
  items: readonly { item: BoardItem }[],
): GroupAirtime[] {
  const floors = readGroupFloors(control[GROUP_FLOORS_KEY]);
  const groups = readBreakout(control[BREAKOUT_KEY])?.groups ?? [];
  return Object.entries(floors).flatMap(([groupId, floor]) => {
    const { totalMs } = floor.airtime;
    if (totalMs === 0) return [];
    const frame = items.find(({ item }) => isKind(item, 'frame') && item.group === groupId)?.item;
    const title = frame && isKind(frame, 'frame') ? frame.title : undefined;
    const name = groups.find((g) => g.id === groupId)?.name ?? (title || groupId);
    const turns = Object.values(floor.airtime.byParticipant).reduce((sum, p) => sum + p.turns, 0);
    return [{ name, ms: totalMs, turns }];
  });
}

/** The report's table of speaking time per group, after the whole meetup's. */
export function groupAirtimeBlocks(
  groups: readonly GroupAirtime[],
  words: ExportWords,
): ReportBlock[] {
  if (groups.length === 0) return [];
  const messages = words.catalogue.groupEquality;
  return [
    { kind: 'heading', level: 3, text: messages.reportHeading },
    {
      kind: 'table',
      columns: [messages.reportGroup, words.report.speakingTime, messages.reportTurns],
      numeric: [false, true, true],
      rows: groups.map((g) => [g.name, words.duration(g.ms), String(g.turns)]),
    },
  ];
}

/**
 * `export.csv`'s rows of speaking time per group, after the items' rows and
 * in the same columns (docs/breakout.md, "Export"): the type column says
 * "Taletid i gruppa (sekunder)", the text column holds the whole seconds, the
 * votes column the number of turns, the group column the group's name; the
 * other cells are empty. `width` is the file's number of columns, the group
 * column last; `votesAt` the votes column's index.
 */
export function groupAirtimeCsvRows(
  groups: readonly GroupAirtime[],
  words: ExportWords,
  layout: { width: number; textAt: number; typeAt: number; votesAt: number },
): string[][] {
  return groups.map((group) => {
    const row = Array.from({ length: layout.width }, () => '');
    row[layout.typeAt] = words.catalogue.groupEquality.csvSpeakingTime;
    row[layout.textAt] = String(Math.round(group.ms / 1000));
    row[layout.votesAt] = String(group.turns);
    row[layout.width - 1] = group.name;
    return row;
  });
}
