import type { NoteColor, NoteItem, PhaseId, Role } from '@moteplass/shared';
import type * as Y from 'yjs';
import { NOTE_SIZE, gridPosition, insertItem, itemsInPhase, newItemId } from './placement';

export interface NewNote {
  text: string;
  phase: PhaseId;
  author: string;
  /** Absent for people without a sign-up role (the facilitator). */
  authorRole: Role | null;
  color?: NoteColor;
  now?: number;
  /** Where it goes instead of the phase's grid (a breakout group's frame), and that group. */
  place?: { x: number; y: number; group: string };
}

/** Add a note to the board's `items` map in one transaction; returns its id. */
export function addNote(items: Y.Map<unknown>, note: NewNote): string {
  const id = newItemId();
  const { x, y } = note.place ?? gridPosition(note.phase, itemsInPhase(items, note.phase));
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
    ...(note.place ? { group: note.place.group } : {}),
  };
  insertItem(items, id, fields);
  return id;
}
