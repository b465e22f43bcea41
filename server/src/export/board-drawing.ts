import { kindHas, type Rect } from '@moteplass/shared';
import { intersects, rectOf } from './board-geometry.js';
import { marksOf } from './kinds/index.js';
import type { BoardDrawing, DrawContext } from './board-marks.js';
import type { SnapshotItem } from './snapshot.js';

/** A line is drawn wherever the items it joins are, whatever its own rectangle says. */
const joins = (entry: SnapshotItem) => kindHas(entry.item.type, 'joins');

/** Marks for the items that `include` admits and that touch `region`, back to front. */
export function drawBoard(
  items: readonly SnapshotItem[],
  region: Rect,
  context: DrawContext,
  include: (entry: SnapshotItem) => boolean = () => true,
): BoardDrawing {
  const shown = items.filter(
    (entry) => include(entry) && (joins(entry) || intersects(rectOf(entry.item), region)),
  );
  const byId = new Map(shown.map((entry) => [entry.id, entry.item]));
  const itemContext = { ...context, byId };
  const ordered = [...shown].sort(
    (a, b) =>
      (a.item.z ?? 0) - (b.item.z ?? 0) || (a.item.createdAt ?? 0) - (b.item.createdAt ?? 0),
  );
  return {
    region,
    marks: ordered.flatMap((entry) => {
      const marks = marksOf(entry.item, itemContext);
      for (const mark of marks) mark.item = entry.id;
      return marks;
    }),
  };
}
