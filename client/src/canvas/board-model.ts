import type { BoardItem, PhaseId } from '@moteplass/shared';
import type * as Y from 'yjs';
import { FRAME_TITLE_BAND, isContainer, isLink } from '../kinds';
import { parsedItemsOf, type ParsedBoardItems } from '../sync';
import type { Point } from './contract';
import { containsPoint, edgePoint, centre, type Rect } from './geometry';
import { SpatialIndex } from './spatial-index';

/** Frames are hit only on their title band, so a click inside a phase frame starts a box selection. */
export { FRAME_TITLE_BAND };

type Schedule = (flush: () => void) => void;

const nextFrame: Schedule = (flush) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(flush) : setTimeout(flush, 0);

/**
 * The board's items as the canvas draws them: parsed, validated, indexed in a
 * spatial grid and in paint order. It follows the board's `ParsedBoardItems`
 * (the map's one deep observer, JOIN-3) and applies what changed once per
 * animation frame, re-reading only the items that changed, so 5,000 notes
 * cost one parse each, not one per edit; while the items are held (a board
 * arriving in parts, JOIN-11) it hears nothing, then everything at once.
 */
export class BoardModel {
  readonly items = new Map<string, BoardItem>();
  /** Ids whose entry failed validation: skipped, counted, never drawn. */
  readonly malformed = new Set<string>();
  readonly index = new SpatialIndex();
  /** Connectors are not in the grid: their box follows the items they join. */
  readonly connectors = new Set<string>();
  version = 0;

  private dirty = new Set<string>();
  private scheduled = false;
  private unsubscribe: (() => void) | null = null;
  private order: string[] | null = null;
  private rank = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  /** Parsing is shared with the page's other readers (JOIN-3). */
  private readonly parsed: ParsedBoardItems;

  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly schedule: Schedule = nextFrame,
  ) {
    this.parsed = parsedItemsOf(map);
  }

  /** Read everything and follow changes (again, after a stop). */
  start(): void {
    this.stop();
    for (const id of this.map.keys()) this.dirty.add(id);
    for (const id of this.items.keys()) this.dirty.add(id);
    for (const id of this.malformed) this.dirty.add(id);
    this.flush();
    this.unsubscribe = this.parsed.subscribeChanges(this.onChange);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private onChange = (ids: ReadonlySet<string>): void => {
    for (const id of ids) this.dirty.add(id);
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.flush());
    }
  };

  /** Apply pending changes now (the scheduler calls it; tests and writers may too). */
  flush(): void {
    this.scheduled = false;
    if (this.dirty.size === 0) return;
    for (const id of this.dirty) this.reread(id);
    this.dirty.clear();
    this.order = null;
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private reread(id: string): void {
    const item = this.parsed.item(id);
    this.items.delete(id);
    this.malformed.delete(id);
    this.connectors.delete(id);
    this.index.delete(id);
    if (item === undefined) return;
    if (!item) {
      this.malformed.add(id);
      return;
    }
    this.items.set(id, item);
    if (isLink(item)) this.connectors.add(id);
    else this.index.set(id, { x: item.x, y: item.y, w: item.w, h: item.h });
  }

  /** Ids back to front: frames first, then by z, then oldest first. */
  paintOrder(): readonly string[] {
    if (!this.order) {
      const layer = (item: BoardItem) => (isContainer(item) ? 0 : 1);
      this.order = [...this.items.keys()].sort((a, b) => {
        const ia = this.items.get(a)!;
        const ib = this.items.get(b)!;
        return (
          layer(ia) - layer(ib) ||
          (ia.z ?? 0) - (ib.z ?? 0) ||
          (ia.createdAt ?? 0) - (ib.createdAt ?? 0) ||
          (a < b ? -1 : a > b ? 1 : 0)
        );
      });
      this.rank = new Map(this.order.map((id, i) => [id, i]));
    }
    return this.order;
  }

  rankOf(id: string): number {
    this.paintOrder();
    return this.rank.get(id) ?? -1;
  }

  rectOf(id: string): Rect | undefined {
    const item = this.items.get(id);
    if (!item) return undefined;
    if (isLink(item)) {
      const ends = this.connectorEnds(id);
      if (!ends) return undefined;
      const [a, b] = ends;
      return {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        w: Math.abs(a.x - b.x),
        h: Math.abs(a.y - b.y),
      };
    }
    return { x: item.x, y: item.y, w: item.w, h: item.h };
  }

  /** A connector's two ends on the edges of the items it joins, with optional live offsets. */
  connectorEnds(id: string, rectFor: (id: string) => Rect | undefined = (i) => this.boxOf(i)) {
    const item = this.items.get(id);
    if (!isLink(item)) return null;
    const from = rectFor(item.from);
    const to = rectFor(item.to);
    if (!from || !to) return null;
    return [edgePoint(from, centre(to)), edgePoint(to, centre(from))] as const;
  }

  private boxOf(id: string): Rect | undefined {
    const item = this.items.get(id);
    return item && !isLink(item) ? { x: item.x, y: item.y, w: item.w, h: item.h } : undefined;
  }

  /** The front-most item under a world point; `tolerance` (world units) is for thin lines. */
  hitTest(p: Point, tolerance: number): string | null {
    const near = this.index.query({
      x: p.x - tolerance,
      y: p.y - tolerance,
      w: 2 * tolerance,
      h: 2 * tolerance,
    });
    let best: string | null = null;
    let bestRank = -1;
    const consider = (id: string) => {
      const rank = this.rankOf(id);
      if (rank > bestRank) {
        best = id;
        bestRank = rank;
      }
    };
    for (const id of near) {
      const item = this.items.get(id)!;
      if (isContainer(item)) {
        if (containsPoint({ x: item.x, y: item.y, w: item.w, h: FRAME_TITLE_BAND }, p))
          consider(id);
      } else if (containsPoint(item, p)) consider(id);
    }
    for (const id of this.connectors) {
      const ends = this.connectorEnds(id);
      if (ends && distanceToSegment(p, ends[0], ends[1]) <= tolerance) consider(id);
    }
    return best;
  }

  /** Items whose box lies wholly inside `area` (box selection); frames only if inside too. */
  idsInside(area: Rect): string[] {
    const out: string[] = [];
    for (const id of this.index.query(area)) {
      const r = this.rectOf(id)!;
      if (
        r.x >= area.x &&
        r.y >= area.y &&
        r.x + r.w <= area.x + area.w &&
        r.y + r.h <= area.y + area.h
      )
        out.push(id);
    }
    return out;
  }

  /** The phase of the smallest frame holding `p`, or null outside every frame. */
  phaseAt(p: Point): PhaseId | null {
    let best: { area: number; phase: PhaseId } | null = null;
    for (const id of this.index.query({ x: p.x, y: p.y, w: 0, h: 0 })) {
      const item = this.items.get(id)!;
      if (!isContainer(item) || !containsPoint(item, p)) continue;
      const area = item.w * item.h;
      if (!best || area < best.area) best = { area, phase: item.phase };
    }
    return best?.phase ?? null;
  }

  /** The items a frame carries along when it moves: those wholly inside it. */
  contentsOf(frameId: string): string[] {
    const frame = this.items.get(frameId);
    if (!isContainer(frame)) return [];
    return this.idsInside(frame).filter((id) => id !== frameId && !isContainer(this.items.get(id)));
  }

  /** A phase's frame: the template's own (`frame-<phase>`), else the first frame in it. */
  phaseFrameRect(phase: PhaseId): Rect | null {
    const own = this.rectOf(`frame-${phase}`);
    if (own) return own;
    for (const [id, item] of this.items)
      if (isContainer(item) && item.phase === phase) return this.rectOf(id) ?? null;
    return null;
  }
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
