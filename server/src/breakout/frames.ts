import {
  BOARD_ITEMS,
  parseBoardItem,
  type FrameItem,
  type PhaseId,
  type Rect,
  isKind,
} from '@moteplass/shared';
import * as Y from 'yjs';
import { phaseArea } from '../equality/layout.js';
import type { RoomRegistry } from '../rooms/index.js';
// Never `toJSON()`: a damaged stored item may nest thousands of levels (BOARD-5).
import { itemFields } from '../rooms/validation/index.js';

/** One group frame, board units: room for two rows of four notes under its title band. */
export const GROUP_FRAME = { w: 1040, h: 760, gap: 80 } as const;
/** Space between the phase's frame (or an earlier breakout's frames) and the group frames. */
const MARGIN = 160;

/** The board item id of a group's frame. */
export const groupFrameId = (groupId: string) => `group-frame-${groupId}`;

/**
 * Where `count` group frames go: a grid as close to square as it gets (so
 * all of them fit on one screen side by side), under the phase's frame and
 * under any group frames an earlier breakout left in that phase (BREAK-6).
 */
export function groupFrameRects(items: Y.Map<unknown>, phase: PhaseId, count: number): Rect[] {
  const area = phaseArea(items, phase);
  let top = area.y + area.h + MARGIN;
  for (const value of items.values()) {
    const item = parseBoardItem(itemFields(value));
    if (isKind(item, 'frame') && item.group !== undefined && item.phase === phase) {
      top = Math.max(top, item.y + item.h + MARGIN);
    }
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({
    x: area.x + (i % columns) * (GROUP_FRAME.w + GROUP_FRAME.gap),
    y: top + Math.floor(i / columns) * (GROUP_FRAME.h + GROUP_FRAME.gap),
    w: GROUP_FRAME.w,
    h: GROUP_FRAME.h,
  }));
}

/** Write the group frames onto the board as the server; resolves once stored and relayed. */
export async function addGroupFrames(
  rooms: RoomRegistry,
  workshopId: string,
  phase: PhaseId,
  groups: readonly { id: string; name: string; frameId: string }[],
  now: number,
): Promise<void> {
  const board = await rooms.get(workshopId, 'board');
  await board.change((doc) => {
    const items = doc.getMap<unknown>(BOARD_ITEMS);
    const rects = groupFrameRects(items, phase, groups.length);
    groups.forEach((group, index) => {
      const fields: FrameItem = {
        type: 'frame',
        ...rects[index]!,
        phase,
        title: group.name,
        group: group.id,
        createdAt: now,
        // Behind the notes put on it, in front of the phase frames.
        z: -500,
      };
      items.set(group.frameId, new Y.Map<unknown>(Object.entries(fields)));
    });
  });
}

/** A group's new name on its frame too (the title the board and the export show). */
export async function renameGroupFrame(
  rooms: RoomRegistry,
  workshopId: string,
  frameId: string,
  name: string,
): Promise<void> {
  const board = await rooms.get(workshopId, 'board');
  await board.change((doc) => {
    const frame = doc.getMap<unknown>(BOARD_ITEMS).get(frameId);
    if (frame instanceof Y.Map) frame.set('title', name);
  });
}
