import type { BoardItem } from '@moteplass/shared';
import { isLink } from '../kinds';

/**
 * The keyboard order of the canvas's items (Tab / Shift+Tab).
 *
 * Items are read like a page: top to bottom, then left to right (ties by id,
 * so every device agrees). A connector has no place of its own — it follows
 * its ends — so it comes right after the later of the two items it joins:
 * by the time a screen reader says "connector from A to B" both A and B have
 * been heard, and a connector stays next to what it connects instead of all
 * connectors piling up at the end of a long board. Several connectors after
 * the same item go in the order of their other end.
 *
 * A connector whose ends are not both on the board is not drawn, so it is not
 * in the order either.
 */
export function tabOrder(items: ReadonlyMap<string, BoardItem>): string[] {
  const placed = [...items.entries()]
    .filter(([, item]) => !isLink(item))
    .sort(([a, ia], [b, ib]) => ia.y - ib.y || ia.x - ib.x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
  const position = new Map(placed.map((id, i) => [id, i]));

  // Connectors by the position of the item they come after.
  const after = new Map<number, { id: string; other: number }[]>();
  for (const [id, item] of items) {
    if (!isLink(item)) continue;
    const from = position.get(item.from);
    const to = position.get(item.to);
    if (from === undefined || to === undefined) continue;
    const last = Math.max(from, to);
    const list = after.get(last) ?? [];
    list.push({ id, other: Math.min(from, to) });
    after.set(last, list);
  }

  const order: string[] = [];
  placed.forEach((id, i) => {
    order.push(id);
    const connectors = after.get(i);
    if (!connectors) return;
    connectors.sort((a, b) => a.other - b.other || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const c of connectors) order.push(c.id);
  });
  return order;
}
