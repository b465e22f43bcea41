import type { NoteColor, NoteItem, PhaseId, Role } from '@moteplass/shared';
import * as Y from 'yjs';

export const NOTE_SIZE = 200;
const GAP = 24;
const MARGIN = 40;
const COLUMNS = 4;

/** Where the n-th item lands until there is a canvas to place it on: a simple grid. */
export function gridPosition(index: number): { x: number; y: number } {
  return {
    x: MARGIN + (index % COLUMNS) * (NOTE_SIZE + GAP),
    y: MARGIN + Math.floor(index / COLUMNS) * (NOTE_SIZE + GAP),
  };
}

/** Random item id; `getRandomValues` also works on plain-http intranet hosts (randomUUID does not). */
export function newItemId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

export interface NewNote {
  text: string;
  phase: PhaseId;
  author: string;
  /** Absent for people without a sign-up role (the facilitator). */
  authorRole: Role | null;
  color?: NoteColor;
  now?: number;
}

/** Add a note to the board's `items` map in one transaction; returns its id. */
export function addNote(items: Y.Map<unknown>, note: NewNote): string {
  const id = newItemId();
  const { x, y } = gridPosition(items.size);
  const fields: NoteItem = {
    type: 'note',
    x,
    y,
    w: NOTE_SIZE,
    h: NOTE_SIZE,
    phase: note.phase,
    text: note.text,
    color: note.color ?? 'yellow',
    createdAt: note.now ?? Date.now(),
    author: note.author,
    ...(note.authorRole ? { authorRole: note.authorRole } : {}),
  };
  const insert = () => items.set(id, new Y.Map<unknown>(Object.entries(fields)));
  if (items.doc) items.doc.transact(insert);
  else insert();
  return id;
}
