import { BOARD_ITEM_VERSION, parseBoardItem, type BoardItem } from '@moteplass/shared';

/** Marks our JSON on the clipboard, so pasting someone's essay does not make a hundred notes. */
const KIND = 'moteplass/board-items';
/** Items one paste may add. */
export const MAX_PASTE_ITEMS = 500;

export interface ClipboardItem {
  id: string;
  item: BoardItem;
}

/**
 * Copy as plain JSON text: it survives the system clipboard, so a selection
 * copied in one workshop pastes into another. Author fields stay behind.
 */
export function serializeItems(entries: readonly ClipboardItem[]): string {
  return JSON.stringify({
    kind: KIND,
    v: BOARD_ITEM_VERSION,
    items: entries.map(({ id, item }) => {
      const { author: _a, authorRole: _r, anonymous: _n, createdAt: _c, ...rest } = item;
      void [_a, _r, _n, _c];
      return { id, item: rest };
    }),
  });
}

/**
 * Read pasted text back. Anything that is not our JSON gives null (the
 * caller may make a note of plain text); each item is validated like one from
 * the network, and malformed ones are dropped.
 */
export function parseClipboard(text: string): ClipboardItem[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as { kind?: unknown; items?: unknown };
  if (record.kind !== KIND || !Array.isArray(record.items)) return null;
  const out: ClipboardItem[] = [];
  for (const raw of record.items.slice(0, MAX_PASTE_ITEMS)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { id, item } = raw as { id?: unknown; item?: unknown };
    const parsed = parseBoardItem(item);
    if (typeof id === 'string' && parsed) out.push({ id, item: parsed });
  }
  return out;
}
