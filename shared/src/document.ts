/**
 * Layout of the two Yjs documents of a workshop (CONTRACT.md, "Document layout").
 *
 * - board:   anyone with a session may write (unless the board is locked).
 * - control: only the server writes, in answer to actions.
 */
export const ROOM_NAMES = ['board', 'control'] as const;
export type RoomName = (typeof ROOM_NAMES)[number];

export function isRoomName(value: unknown): value is RoomName {
  return typeof value === 'string' && (ROOM_NAMES as readonly string[]).includes(value);
}

/** Root `Y.Map` of the board doc: item id → `Y.Map` of the item's fields. */
export const BOARD_ITEMS = 'items';

/** Root `Y.Map` of the control doc. */
export const CONTROL_ROOT = 'workshop';

/** Keys of the control root map that exist from the start. Later features add keys. */
export const CONTROL_KEYS = {
  title: 'title',
  language: 'language',
  phase: 'phase',
  locked: 'locked',
} as const;

/** Version of the stored document layout; bumped with a named migration in `board/migrations.ts`. */
export const DOCUMENT_SCHEMA_VERSION = 1;
