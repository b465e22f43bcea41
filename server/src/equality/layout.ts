import { kindHas, parseBoardItem, phaseFrame, type PhaseId, type Rect } from '@moteplass/shared';
import type * as Y from 'yjs';
// Never `toJSON()`: a damaged stored item may nest thousands of levels (BOARD-5).
import { itemFields } from '../rooms/validation/index.js';

/** Notes the server places are the size the client gives its own. */
export const NOTE_SIZE = 200;
const GAP = 24;
const INSET = 40;
/** Below the frame's title band and the template's prompts (workshops/template.ts). */
const TOP = 280;

/**
 * The phase's area: its frame on the board if there is one (the template
 * makes one per phase), else where the template would have put it.
 */
export function phaseArea(items: Y.Map<unknown>, phase: PhaseId): Rect {
  for (const value of items.values()) {
    const item = parseBoardItem(itemFields(value));
    if (item && kindHas(item.type, 'container') && item.phase === phase) {
      return { x: item.x, y: item.y, w: item.w, h: item.h };
    }
  }
  return phaseFrame(phase);
}

function notesInside(items: Y.Map<unknown>, area: Rect): number {
  let count = 0;
  for (const value of items.values()) {
    const item = parseBoardItem(itemFields(value));
    if (!item || !kindHas(item.type, 'contribution')) continue;
    const cx = item.x + item.w / 2;
    const cy = item.y + item.h / 2;
    if (cx >= area.x && cx <= area.x + area.w && cy >= area.y && cy <= area.y + area.h) count++;
  }
  return count;
}

/**
 * Places for `count` new notes in the phase's area, in a grid after the notes
 * already there; rows go on below the frame if it is full.
 */
export function nextPlaces(
  items: Y.Map<unknown>,
  phase: PhaseId,
  count: number,
): { x: number; y: number }[] {
  return nextPlacesIn(items, phaseArea(items, phase), count);
}

/** The frame item `frameId` as an area (a breakout group's frame), or null when it is gone. */
export function frameArea(items: Y.Map<unknown>, frameId: string): Rect | null {
  const item = parseBoardItem(itemFields(items.get(frameId)));
  return item && kindHas(item.type, 'container')
    ? { x: item.x, y: item.y, w: item.w, h: item.h }
    : null;
}

/** Places for `count` new notes in `area`, after the notes already there. */
export function nextPlacesIn(
  items: Y.Map<unknown>,
  area: Rect,
  count: number,
): { x: number; y: number }[] {
  const columns = Math.max(1, Math.floor((area.w - 2 * INSET + GAP) / (NOTE_SIZE + GAP)));
  const first = notesInside(items, area);
  return Array.from({ length: count }, (_, i) => {
    const slot = first + i;
    return {
      x: area.x + INSET + (slot % columns) * (NOTE_SIZE + GAP),
      y: area.y + TOP + Math.floor(slot / columns) * (NOTE_SIZE + GAP),
    };
  });
}
