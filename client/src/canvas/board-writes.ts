import {
  BOARD_ITEM_VERSION,
  type BoardItem,
  type NoteColor,
  type PhaseId,
  type Role,
  type ShapeKind,
} from '@moteplass/shared';
import * as Y from 'yjs';
import { newItemId } from '../board/placement';
import { isContainer, isLink, kindOf, makeFromTool } from '../kinds';
import type { BoardModel } from './board-model';
import { centre, type Rect } from './geometry';
import type { CreateSpec } from './tools';

/** Size of a note placed with a click, world units (same as the list view's notes). */
/** Where a pasted or duplicated copy lands relative to the original, world units. */
export const PASTE_OFFSET = 24;

export interface Author {
  participantId: string;
  role: Role | null;
}

/**
 * Every write the canvas makes, each in one Y transaction with this canvas's
 * own origin, so `Y.UndoManager` (tracking only that origin) undoes this
 * person's changes and never someone else's.
 */
export class BoardWrites {
  /** The origin of every local transaction; the undo manager tracks only it. */
  readonly origin = { canvas: true };
  private manager: Y.UndoManager | null = null;

  constructor(
    private readonly items: Y.Map<unknown>,
    private readonly model: BoardModel,
    private readonly author: Author,
    private readonly currentPhase: () => PhaseId,
    private readonly style: () => { color: NoteColor; shape: ShapeKind },
  ) {}

  /** Undo and redo of this person's own changes only (their origin), also after others edited. */
  get undo(): Y.UndoManager {
    this.manager ??= new Y.UndoManager(this.items, {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: 300,
    });
    return this.manager;
  }

  destroy(): void {
    this.manager?.destroy();
    this.manager = null;
  }

  private transact(change: () => void): void {
    void this.undo;
    if (this.items.doc) this.items.doc.transact(change, this.origin);
    else change();
    // Draw what we wrote at once instead of at the next frame's batch.
    this.model.flush();
  }

  private entry(id: string): Y.Map<unknown> | null {
    const value = this.items.get(id);
    return value instanceof Y.Map ? value : null;
  }

  private phaseFor(rect: Rect): PhaseId {
    return this.model.phaseAt(centre(rect)) ?? this.currentPhase();
  }

  private stamp(rect: Rect) {
    return {
      ...rect,
      phase: this.phaseFor(rect),
      createdAt: Date.now(),
      author: this.author.participantId,
      ...(this.author.role ? { authorRole: this.author.role } : {}),
      z: this.topZ() + 1,
      v: BOARD_ITEM_VERSION,
    };
  }

  private topZ(): number {
    let top = 0;
    for (const item of this.model.items.values()) top = Math.max(top, item.z ?? 0);
    return top;
  }

  private bottomZ(): number {
    let bottom = 0;
    for (const item of this.model.items.values()) bottom = Math.min(bottom, item.z ?? 0);
    return bottom;
  }

  /** Make the item a tool described; returns its id (null if it cannot be made). */
  create(spec: CreateSpec): string | null {
    const fields = this.fieldsFor(spec);
    if (!fields) return null;
    const id = newItemId();
    this.transact(() => this.items.set(id, new Y.Map<unknown>(Object.entries(fields))));
    return id;
  }

  /** The tool's kind makes its own fields (client/src/kinds); the board stamps where, when and who. */
  private fieldsFor(spec: CreateSpec): BoardItem | null {
    const made = makeFromTool(spec, {
      ...this.style(),
      rectOf: (id) => this.model.rectOf(id) ?? null,
    });
    return made
      ? ({ type: spec.kind, ...this.stamp(made.rect), ...made.fields } as BoardItem)
      : null;
  }

  move(ids: readonly string[], dx: number, dy: number): void {
    this.transact(() => {
      for (const id of ids) {
        const entry = this.entry(id);
        const item = this.model.items.get(id);
        if (!entry || !item || isLink(item)) continue;
        const rect = { x: item.x + dx, y: item.y + dy, w: item.w, h: item.h };
        entry.set('x', rect.x);
        entry.set('y', rect.y);
        // A note dragged into another phase's frame belongs to that phase now.
        if (!isContainer(item)) {
          const phase = this.model.phaseAt(centre(rect));
          if (phase && phase !== item.phase) entry.set('phase', phase);
        }
      }
    });
  }

  /**
   * Resize items, all in one transaction, and one undo step of its own: not
   * merged with an edit made just before or after (the undo capture window).
   */
  resize(rects: ReadonlyMap<string, Rect>): void {
    this.undo.stopCapturing();
    this.transact(() => {
      for (const [id, rect] of rects) {
        const entry = this.entry(id);
        const item = this.model.items.get(id);
        if (!entry || !item || isLink(item)) continue;
        const scaled = kindOf(item).scale?.(item, rect.w / item.w, rect.h / item.h) ?? {};
        for (const [key, value] of Object.entries(scaled)) entry.set(key, value);
        for (const key of ['x', 'y', 'w', 'h'] as const) entry.set(key, Math.round(rect[key]));
      }
    });
    this.undo.stopCapturing();
  }

  /** Delete items, and the connectors that would be left dangling. */
  delete(ids: readonly string[]): void {
    const gone = new Set(ids);
    for (const id of this.model.connectors) {
      const c = this.model.items.get(id);
      if (isLink(c) && (gone.has(c.from) || gone.has(c.to))) gone.add(id);
    }
    this.transact(() => {
      for (const id of gone) this.items.delete(id);
    });
  }

  /** The words on an item (a frame's title, an image's alternative text). */
  setText(id: string, text: string): void {
    const entry = this.entry(id);
    const item = this.model.items.get(id);
    if (!entry || !item) return;
    const field = kindOf(item).edit;
    if (!field) return;
    const { key } = field;
    const value = text.slice(0, field.max);
    if (entry.get(key) === value) return;
    this.transact(() => entry.set(key, value));
  }

  setColor(ids: readonly string[], color: NoteColor): void {
    this.transact(() => {
      for (const id of ids) {
        const item = this.model.items.get(id);
        if (item && kindOf(item).colorable) this.entry(id)?.set('color', color);
      }
    });
  }

  /** Bring to the front (forward) or send to the back, keeping their order among themselves. */
  restack(ids: readonly string[], direction: 'forward' | 'back'): void {
    const ordered = [...ids].sort((a, b) => this.model.rankOf(a) - this.model.rankOf(b));
    const start = direction === 'forward' ? this.topZ() + 1 : this.bottomZ() - ordered.length;
    this.transact(() => ordered.forEach((id, i) => this.entry(id)?.set('z', start + i)));
  }

  /** Insert validated copies (from duplicate or paste); returns the new ids. */
  insertCopies(
    copies: readonly { id: string; item: BoardItem }[],
    dx: number,
    dy: number,
  ): string[] {
    const ids = new Map(copies.map(({ id }) => [id, newItemId()]));
    const created: string[] = [];
    let z = this.topZ();
    this.transact(() => {
      for (const { id, item } of copies) {
        let copy: BoardItem = { ...item };
        if (isLink(copy)) {
          const from = ids.get(copy.from);
          const to = ids.get(copy.to);
          // A connector is copied only with both its ends.
          if (!from || !to) continue;
          copy = { ...copy, from, to };
        }
        const rect = { x: item.x + dx, y: item.y + dy, w: item.w, h: item.h };
        const { anonymous: _anonymous, ...rest } = copy;
        void _anonymous;
        // The copy is the copier's own item: their authorship, a fresh place in the stack.
        const fields = { ...rest, ...this.stamp(rect), z: ++z };
        const newId = ids.get(id)!;
        this.items.set(newId, new Y.Map<unknown>(Object.entries(fields)));
        created.push(newId);
      }
    });
    return created;
  }
}
