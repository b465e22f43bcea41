import { kindHas, type PhaseId, type Rect } from '@moteplass/shared';
import { boardRegion, pad, phaseRegion, rectOf } from './board-geometry.js';
import { SIZES } from './board-style.js';
import type { SnapshotItem } from './snapshot.js';

/** Which part of the board to draw: all of it, one phase's area, or one frame. */
export type BoardArea =
  { kind: 'board' } | { kind: 'phase'; phase: PhaseId } | { kind: 'frame'; frameId: string };

export interface ResolvedArea {
  region: Rect;
  include: (entry: SnapshotItem) => boolean;
}

/** The region (with a margin) and the items to draw; null for a frame that does not exist. */
export function resolveArea(items: readonly SnapshotItem[], area: BoardArea): ResolvedArea | null {
  switch (area.kind) {
    case 'board':
      return { region: pad(boardRegion(items), SIZES.margin), include: () => true };
    case 'phase':
      return {
        region: pad(phaseRegion(items, area.phase), SIZES.margin),
        // A phase's drawing shows what was made in it, even where other phases' notes lie close by.
        include: (entry) => entry.item.phase === area.phase,
      };
    case 'frame': {
      const frame = items.find(
        (entry) => entry.id === area.frameId && kindHas(entry.item.type, 'container'),
      );
      return frame ? { region: pad(rectOf(frame.item), SIZES.margin), include: () => true } : null;
    }
  }
}
