import * as Y from 'yjs';
import type { FrameRect } from './use-frame-rect';

const NOTE = 200;
const GAP = 24;
const INSET = 30;
/** Below the frame's title band. */
const TOP = 90;

/**
 * Where a group member's next note from the composer goes: a grid inside
 * the group's frame, after the group's notes already there (rows go on
 * below the frame when it is full). The server sets the note's group anyway
 * (BREAK-5); the client says it so the note lands where the group looks.
 */
export function groupNotePlace(
  items: Y.Map<unknown>,
  group: string,
  frame: FrameRect,
): { x: number; y: number; group: string } {
  let index = 0;
  for (const value of items.values()) {
    if (value instanceof Y.Map && value.get('group') === group && value.get('type') !== 'frame') {
      index += 1;
    }
  }
  const columns = Math.max(1, Math.floor((frame.w - 2 * INSET + GAP) / (NOTE + GAP)));
  return {
    x: frame.x + INSET + (index % columns) * (NOTE + GAP),
    y: frame.y + TOP + Math.floor(index / columns) * (NOTE + GAP),
    group,
  };
}
