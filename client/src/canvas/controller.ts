import type { BoardItem } from '@moteplass/shared';
import { isLink } from '../kinds';
import { PASTE_OFFSET } from './board-writes';
import { parseClipboard, serializeItems } from './clipboard';
import type { Point } from './contract';
import { centre, unionRects, visibleWorld } from './geometry';
import { CanvasEngine } from './engine';
import { tabOrder } from './tab-order';

export type { CanvasCallbacks } from './engine';

/** The engine plus what keys, the toolbar and the clipboard ask of it. */
export class CanvasController extends CanvasEngine {
  // ---- commands (keyboard and toolbar) ----

  undo(): void {
    this.writes.undo.undo();
    this.model.flush();
  }

  redo(): void {
    this.writes.undo.redo();
    this.model.flush();
  }

  deleteSelection(): number {
    const ids = this.state.selection;
    if (this.readOnly || ids.length === 0) return 0;
    this.writes.delete(ids);
    this.store.setState({ selection: [], focused: null });
    return ids.length;
  }

  duplicateSelection(): void {
    if (this.readOnly) return;
    const copies = this.entries(this.state.selection);
    const ids = this.writes.insertCopies(copies, PASTE_OFFSET, PASTE_OFFSET);
    this.store.setState({ selection: ids });
  }

  selectAll(): void {
    this.store.setState({ selection: [...this.model.items.keys()] });
  }

  restack(direction: 'forward' | 'back'): void {
    if (!this.readOnly && this.state.selection.length > 0)
      this.writes.restack(this.state.selection, direction);
  }

  /**
   * Arrow keys: move the focused item (or the selection). A connector is not
   * moved: it follows its ends ('connector' tells the caller why nothing moved).
   */
  nudge(dx: number, dy: number): 'moved' | 'connector' | 'nothing' {
    const { focused, selection } = this.state;
    const ids = focused ? [focused] : selection;
    if (this.readOnly || ids.length === 0) return 'nothing';
    const movable = this.toolContext().dragSet(ids);
    if (movable.length === 0)
      return ids.every((id) => isLink(this.model.items.get(id))) ? 'connector' : 'nothing';
    this.writes.move(movable, dx, dy);
    return 'moved';
  }

  private entries(ids: readonly string[]): { id: string; item: BoardItem }[] {
    const out: { id: string; item: BoardItem }[] = [];
    for (const id of this.model.paintOrder()) {
      if (!ids.includes(id)) continue;
      out.push({ id, item: this.model.items.get(id)! });
    }
    // Connectors between copied items come along.
    const chosen = new Set(ids);
    for (const id of this.model.connectors) {
      const c = this.model.items.get(id);
      if (isLink(c) && !chosen.has(id) && chosen.has(c.from) && chosen.has(c.to))
        out.push({ id, item: c });
    }
    return out;
  }

  copySelection(): string | null {
    const entries = this.entries(this.state.selection);
    return entries.length > 0 ? serializeItems(entries) : null;
  }

  /** Paste our JSON at the pointer (or next to the originals). False when the text is not ours. */
  paste(text: string): boolean {
    const copies = parseClipboard(text);
    if (!copies) return false;
    if (this.readOnly || copies.length === 0) return true;
    const box = unionRects(copies.filter(({ item }) => !isLink(item)).map(({ item }) => item));
    let dx = PASTE_OFFSET;
    let dy = PASTE_OFFSET;
    const at = this.lastPointerWorld ?? this.viewCentre();
    if (box && !this.copiesAreHere(copies)) {
      const c = centre(box);
      dx = at.x - c.x;
      dy = at.y - c.y;
    }
    this.store.setState({ selection: this.writes.insertCopies(copies, dx, dy) });
    return true;
  }

  /** Pasting right back onto the originals offsets the copy a little instead of moving it to the pointer. */
  private copiesAreHere(copies: { id: string }[]): boolean {
    return copies.some(({ id }) => this.model.items.has(id)) && this.lastPointerWorld === null;
  }

  viewCentre(): Point {
    const { width, height, viewport } = this.state;
    return centre(visibleWorld(viewport, width, height));
  }

  /** Keyboard order: reading order, each connector after its ends (tab-order.ts says why). */
  tabOrder(): string[] {
    return tabOrder(this.model.items);
  }

  /** Move keyboard focus; returns false at either end, so Tab can leave the canvas. */
  focusNext(backwards: boolean): boolean {
    const order = this.tabOrder();
    const current = this.state.focused ? order.indexOf(this.state.focused) : -1;
    const next =
      current === -1 ? (backwards ? order.length - 1 : 0) : current + (backwards ? -1 : 1);
    if (next < 0 || next >= order.length) {
      this.store.setState({ focused: null });
      return false;
    }
    this.focus(order[next]!);
    return true;
  }

  focus(id: string): void {
    this.store.setState({ focused: id, selection: [id] });
    this.revealItem(id);
  }

  /** Pan (not zoom) so the item is on screen. */
  revealItem(id: string): void {
    const r = this.model.rectOf(id);
    const { width, height, viewport } = this.state;
    if (!r || width === 0) return;
    const view = visibleWorld(viewport, width, height);
    const inside =
      r.x >= view.x &&
      r.y >= view.y &&
      r.x + r.w <= view.x + view.w &&
      r.y + r.h <= view.y + view.h;
    if (inside) return;
    if (r.w > view.w || r.h > view.h) {
      this.zoomToRect(r);
      return;
    }
    const c = centre(r);
    this.setViewport({
      ...viewport,
      x: width / 2 - c.x * viewport.scale,
      y: height / 2 - c.y * viewport.scale,
    });
  }

  // ---- views (the zoom widget and Shift+1 / Shift+2 / Shift+0) ----

  /** The frame of the phase being viewed (at a readable zoom), or everything when it has none. */
  zoomToPhase(): void {
    const rect = this.phaseFrameRect();
    if (rect) this.zoomToRect(rect, true);
    else this.zoomToFit();
  }

  /** Shift+2: what is selected, else the phase. */
  zoomToSelectionOrPhase(): void {
    const selected = unionRects(this.state.selection.flatMap((id) => this.model.rectOf(id) ?? []));
    if (selected) this.zoomToRect(selected);
    else this.zoomToPhase();
  }

  /** 100 %, keeping the centre of the view where it is. */
  zoomReset(): void {
    this.zoomBy(1 / this.state.viewport.scale);
  }

  announce(text: string): void {
    // A repeated message must still be read: clear first, then set.
    this.store.setState({ announcement: '' });
    queueMicrotask(() => this.store.setState({ announcement: text }));
  }
}
