import { BOARD_ITEMS, type NoteItem, type PhaseId, type Role } from '@moteplass/shared';
import * as Y from 'yjs';
import type { RoomRegistry } from '../rooms/index.js';
import { newId } from './define.js';
import { NOTE_SIZE, frameArea, nextPlaces, nextPlacesIn } from './layout.js';

/** A note the server writes: anonymous (no author at all) or attributed to a participant. */
export type ServerNote = (
  | { text: string; anonymous: true }
  | { text: string; anonymous: false; author: string; authorRole: Role | null }
) & {
  /** Put it in this frame (a breakout group's) instead of the phase's area. */
  frameId?: string;
  /** The breakout group it was written in; never on an anonymous note (BREAK-5). */
  group?: string;
};

/**
 * Write notes onto the board as the server: in one transaction of the board
 * room's own document, so every struct carries the server's Yjs client id,
 * never a participant's (ANON-2). An anonymous note has `anonymous: true`
 * and no `author` or `authorRole` field at all (ANON-1). Resolves with the
 * new item ids once the notes are stored and relayed.
 */
export async function addServerNotes(
  rooms: RoomRegistry,
  workshopId: string,
  phase: PhaseId,
  notes: readonly ServerNote[],
  now: number,
): Promise<string[]> {
  if (notes.length === 0) return [];
  const board = await rooms.get(workshopId, 'board');
  const ids = notes.map(() => newId());
  await board.change((doc) => {
    const items = doc.getMap<unknown>(BOARD_ITEMS);
    const places = placesFor(items, phase, notes);
    notes.forEach((note, index) => {
      const fields: NoteItem = {
        type: 'note',
        ...places[index]!,
        w: NOTE_SIZE,
        h: NOTE_SIZE,
        phase,
        text: note.text,
        color: 'yellow',
        createdAt: now,
        ...(note.anonymous
          ? { anonymous: true }
          : { author: note.author, ...(note.authorRole ? { authorRole: note.authorRole } : {}) }),
        ...(!note.anonymous && note.group !== undefined ? { group: note.group } : {}),
      };
      items.set(ids[index]!, new Y.Map<unknown>(Object.entries(fields)));
    });
  });
  return ids;
}

/** A place for each note: in its frame when it names one that exists, else in the phase's area. */
function placesFor(
  items: Y.Map<unknown>,
  phase: PhaseId,
  notes: readonly ServerNote[],
): { x: number; y: number }[] {
  const byArea = new Map<string, number[]>();
  notes.forEach((note, index) => {
    const key = note.frameId !== undefined && frameArea(items, note.frameId) ? note.frameId : '';
    byArea.set(key, [...(byArea.get(key) ?? []), index]);
  });
  const places: { x: number; y: number }[] = [];
  for (const [frameId, indexes] of byArea) {
    const area = frameId ? frameArea(items, frameId) : null;
    const spots = area
      ? nextPlacesIn(items, area, indexes.length)
      : nextPlaces(items, phase, indexes.length);
    indexes.forEach((noteIndex, i) => (places[noteIndex] = spots[i]!));
  }
  return places;
}
