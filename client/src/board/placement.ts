import { phaseFrame, type PhaseId } from '@moteplass/shared';
import * as Y from 'yjs';

export const NOTE_SIZE = 200;
const GAP = 24;
const MARGIN = 40;
/** Below a phase frame's title and prompts (server/src/workshops/template.ts). */
const TOP_BAND = 300;

/** Frames and prompt texts are the phase's furniture, not its content. */
const FURNITURE = new Set(['frame', 'text']);

/**
 * Where the n-th item of a phase lands until there is a canvas to place it
 * on: a grid inside that phase's frame, so the board (and its export) shows
 * each phase's work in its own frame.
 */
export function gridPosition(phase: PhaseId, index: number): { x: number; y: number } {
  const frame = phaseFrame(phase);
  const columns = Math.max(1, Math.floor((frame.w - 2 * MARGIN + GAP) / (NOTE_SIZE + GAP)));
  return {
    x: frame.x + MARGIN + (index % columns) * (NOTE_SIZE + GAP),
    y: frame.y + TOP_BAND + Math.floor(index / columns) * (NOTE_SIZE + GAP),
  };
}

/** How many content items a phase has already: the next one goes after them. */
export function itemsInPhase(items: Y.Map<unknown>, phase: PhaseId): number {
  let count = 0;
  for (const value of items.values()) {
    if (!(value instanceof Y.Map)) continue;
    if (value.get('phase') === phase && !FURNITURE.has(String(value.get('type')))) count += 1;
  }
  return count;
}

/** Random item id; `getRandomValues` also works on plain-http intranet hosts (randomUUID does not). */
export function newItemId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** Put one item into the board's `items` map in one transaction. */
export function insertItem(items: Y.Map<unknown>, id: string, fields: object): void {
  const insert = () => items.set(id, new Y.Map<unknown>(Object.entries(fields)));
  if (items.doc) items.doc.transact(insert);
  else insert();
}
