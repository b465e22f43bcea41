import { kindHas, kindOf } from '../kinds/table.js';
import { PHASE_IDS, type PhaseId } from '../phases.js';

/** A box on the board: x, y, width, height (world units, rounded). */
export type PictureBox = [number, number, number, number];

/**
 * The board as the canvas draws it zoomed out, without words (JOIN-7): what a
 * joiner paints before the document has arrived and been integrated. Built
 * from the same stored document the initial sync sends, and nothing more: no
 * authors, no words, no ids; only each item's box, its phase (frames) and the
 * colour its kind draws it in.
 */
export interface BoardPicture {
  v: 1;
  /** Containers (frames), behind everything, in the document's order; `own`: id `frame-<phase>`. */
  frames: { phase: PhaseId; own: boolean; box: PictureBox }[];
  /** The other boxed items by look, in paint order: flat x, y, w, h, … per look. */
  layers: { fill: string; edge: string; boxes: number[] }[];
  /** Every boxed item together (the first view of a board without its phase's frame). */
  bounds: PictureBox | null;
  /** Notes in `layers` (what the join benchmark counts as painted). */
  notes: number;
}

/** What the picture reads of one item (a Y.Map or a plain object behind it). */
export type ReadField = (name: string) => unknown;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPhase = (v: unknown): v is PhaseId =>
  typeof v === 'string' && (PHASE_IDS as readonly string[]).includes(v);

function boxOf(read: ReadField): PictureBox | null {
  const [x, y, w, h] = [read('x'), read('y'), read('w'), read('h')];
  if (!finite(x) || !finite(y) || !finite(w) || !finite(h) || w < 0 || h < 0) return null;
  return [Math.round(x), Math.round(y), Math.round(w), Math.round(h)];
}

/**
 * The picture of a board's items (`[id, read]` pairs in the document's order).
 * Items that do not read as a box are left out, as the canvas leaves out
 * what it cannot draw.
 */
export function boardPictureOf(items: Iterable<[string, ReadField]>): BoardPicture {
  const frames: BoardPicture['frames'] = [];
  const looks = new Map<string, { fill: string; edge: string; boxes: number[] }>();
  let bounds: PictureBox | null = null;
  let notes = 0;
  for (const [id, read] of items) {
    const type = read('type');
    // A connector is placed by what it joins: no box of its own.
    if (typeof type !== 'string' || kindHas(type, 'joins')) continue;
    const box = boxOf(read);
    if (!box) continue;
    bounds = bounds ? union(bounds, box) : box;
    if (kindHas(type, 'container')) {
      const phase = read('phase');
      if (isPhase(phase)) frames.push({ phase, own: id === `frame-${phase}`, box });
      continue;
    }
    const look = kindOf(type)?.pictureLook?.(read);
    if (!look) continue;
    const key = `${look.fill} ${look.edge}`;
    let layer = looks.get(key);
    if (!layer) looks.set(key, (layer = { ...look, boxes: [] }));
    layer.boxes.push(...box);
    if (kindHas(type, 'contribution')) notes += 1;
  }
  return { v: 1, frames, layers: [...looks.values()], bounds, notes };
}

function union(a: PictureBox, b: PictureBox): PictureBox {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}

/** The box the first view fits (as the live canvas's `fitOnce`): the phase's frame, else everything. */
export function pictureFirstView(
  picture: BoardPicture,
  phase: PhaseId,
): { box: PictureBox; readable: boolean } | null {
  const frame =
    picture.frames.find((f) => f.own && f.phase === phase) ??
    picture.frames.find((f) => f.phase === phase);
  if (frame) return { box: frame.box, readable: true };
  return picture.bounds ? { box: picture.bounds, readable: false } : null;
}
