import { intersects, type Rect } from './geometry';

/** Side of one grid cell, world units: a few notes wide, so a query touches few cells. */
const CELL = 512;

const HUGE = 'huge';
const HUGE_CELLS = 4096;

function cellCount(r: Rect): number {
  return (
    (Math.floor((r.x + r.w) / CELL) - Math.floor(r.x / CELL) + 1) *
    (Math.floor((r.y + r.h) / CELL) - Math.floor(r.y / CELL) + 1)
  );
}

/**
 * A uniform grid over the world: which items lie where. It answers "what is
 * on screen" (culling) and "what is under the pointer" (hit-testing) without
 * walking every item or keeping Konva's hit canvas.
 */
export class SpatialIndex {
  private readonly cells = new Map<string, Set<string>>();
  private readonly rects = new Map<string, Rect>();

  get size(): number {
    return this.rects.size;
  }

  set(id: string, rect: Rect): void {
    this.delete(id);
    this.rects.set(id, rect);
    this.forCells(rect, (key) => {
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = new Set()));
      cell.add(id);
    });
  }

  delete(id: string): void {
    const rect = this.rects.get(id);
    if (!rect) return;
    this.rects.delete(id);
    this.forCells(rect, (key) => {
      const cell = this.cells.get(key);
      cell?.delete(id);
      if (cell?.size === 0) this.cells.delete(key);
    });
  }

  clear(): void {
    this.cells.clear();
    this.rects.clear();
  }

  /** Ids whose box meets `area`, each once, in no particular order. */
  query(area: Rect): Set<string> {
    const out = new Set<string>();
    if (cellCount(area) > HUGE_CELLS) {
      // Zoomed far out: walking every item is cheaper than walking the cells.
      for (const [id, rect] of this.rects) if (intersects(rect, area)) out.add(id);
      return out;
    }
    const visit = (key: string) => {
      const cell = this.cells.get(key);
      if (!cell) return;
      for (const id of cell) {
        if (out.has(id)) continue;
        const rect = this.rects.get(id);
        if (rect && intersects(rect, area)) out.add(id);
      }
    };
    this.forCells(area, visit);
    visit(HUGE);
    return out;
  }

  private forCells(rect: Rect, visit: (key: string) => void): void {
    const x0 = Math.floor(rect.x / CELL);
    const x1 = Math.floor((rect.x + rect.w) / CELL);
    const y0 = Math.floor(rect.y / CELL);
    const y1 = Math.floor((rect.y + rect.h) / CELL);
    // An item over very many cells (a malicious 1e6-wide one) goes in one list every query reads.
    if (cellCount(rect) > HUGE_CELLS) {
      visit(HUGE);
      return;
    }
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(`${cx},${cy}`);
  }
}
