import {
  BOARD_ITEMS,
  CONTROL_KEYS,
  CONTROL_ROOT,
  IMPORTED_HISTORY_KEY,
  LIMITS,
  kindHas,
  normalizeBoardItem,
  type BoardItem,
  type ExportedItem,
  type ImportMode,
  type ImportedHistory,
  type WorkshopExport,
} from '@moteplass/shared';
import * as Y from 'yjs';
import type { RoomRegistry } from '../rooms/index.js';
import type { Storage } from '../storage/index.js';
import type { CreatedWorkshop, WorkshopService } from './service.js';

/**
 * A new workshop from an `export.json` (already checked by
 * `parseWorkshopExport`): new id, keys and join code, the same board.
 *
 * - `workshop`: everything: items with their roles and anonymous marks, the
 *   summary, and the meetup's history (phase times, participants by role,
 *   votes, airtime), which the next export shows again.
 * - `template`: the structure and prompts only: frames, text, shapes, lines
 *   and drawings. Notes, actions and indicators are what people contributed
 *   in that meetup, so they stay behind, and so do votes, authors' roles,
 *   anonymous marks, airtime and the summary.
 *
 * Participant ids and names are never imported: they belonged to the other
 * workshop's people.
 */
const inTemplate = (item: BoardItem) => kindHas(item.type, 'structure');

export async function importWorkshop(
  deps: { workshops: WorkshopService; rooms: RoomRegistry; storage: Storage },
  file: WorkshopExport,
  mode: ImportMode,
  now = Date.now(),
): Promise<CreatedWorkshop> {
  const { workshop: meta } = file;
  const created = await deps.workshops.create(
    {
      title: meta.title,
      ...(meta.caseDescription ? { caseDescription: meta.caseDescription } : {}),
      language: meta.language,
      template: 'blank',
    },
    now,
  );
  const id = created.workshop.id;
  const items = importedBoardItems(file.items, mode, now);

  const board = await deps.rooms.get(id, 'board');
  await board.change((doc) => {
    const map = doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    for (const [itemId, item] of items) map.set(itemId, new Y.Map(Object.entries(item)));
  });
  if (mode === 'workshop') {
    const control = await deps.rooms.get(id, 'control');
    await control.change((doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      state.set(CONTROL_KEYS.phase, meta.phase);
      state.set(IMPORTED_HISTORY_KEY, history(file));
    });
    if (meta.summary) await deps.storage.setCaseFileSummary(id, meta.summary);
  }
  return created;
}

/** The items a file puts on the new board, by id (exported for the round-trip property test). */
export function importedBoardItems(
  entries: readonly ExportedItem[],
  mode: ImportMode,
  now: number,
): [string, BoardItem][] {
  const kept = entries
    .filter((entry) => mode === 'workshop' || inTemplate(entry.item))
    .flatMap((entry) => withinLimit(entry.id, cleanItem(entry.item, mode, now)));
  const ids = new Set(kept.map(([id]) => id));
  // A line whose end was left behind would point at nothing.
  return kept.filter(([, item]) => !kindHas(item.type, 'joins') || endsKept(item, ids));
}

/**
 * A note or text longer than the board takes (an export keeps it whole, EXPORT-4)
 * becomes that item and continuation notes just below it, split between words,
 * so the board shows every word instead of skipping the item.
 */
function endsKept(item: BoardItem, ids: ReadonlySet<string>): boolean {
  const { from, to } = item as { from?: unknown; to?: unknown };
  return typeof from === 'string' && typeof to === 'string' && ids.has(from) && ids.has(to);
}

function withinLimit(id: string, item: BoardItem): [string, BoardItem][] {
  const text = (item as { text?: unknown }).text;
  if (
    !kindHas(item.type, 'continues') ||
    typeof text !== 'string' ||
    text.length <= LIMITS.itemTextLength
  ) {
    return [[id, item]];
  }
  const parts: string[] = [];
  let rest = text;
  while (rest.length > LIMITS.itemTextLength) {
    const space = rest.lastIndexOf(' ', LIMITS.itemTextLength);
    const cut = space > LIMITS.itemTextLength / 2 ? space + 1 : LIMITS.itemTextLength;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts.map((text, index): [string, BoardItem] => [
    index === 0 ? id : `${id}-${index + 1}`.slice(-64),
    // A kind that continues has a `text` field (KIND traits); the copy is the same kind.
    { ...item, text, y: item.y + index * (item.h + 20) } as BoardItem,
  ]);
}

function cleanItem(item: BoardItem, mode: ImportMode, now: number): BoardItem {
  // Only the schema's fields: a hand-edited file cannot smuggle others onto the board.
  // (`parseWorkshopExport` normalized the item; a colour or field it mended stays mended.)
  const normalized = normalizeBoardItem(structuredClone(item));
  const clean = normalized.ok ? normalized.item : item;
  const { author: _author, ...rest } = clean;
  if (mode === 'workshop') return rest as BoardItem;
  const { authorRole: _role, anonymous: _anonymous, ...structure } = rest;
  return { ...structure, createdAt: now } as BoardItem;
}

function history(file: WorkshopExport): ImportedHistory {
  return {
    participants: {
      byRole: file.participants.byRole,
      facilitators: file.participants.facilitators,
    },
    // A phase still under way at export time ended then, as far as this workshop knows.
    phases: file.phases.map((run) => ({ ...run, endedAt: run.endedAt ?? file.exportedAt })),
    votes: file.votes,
    airtime: file.airtime,
  };
}
