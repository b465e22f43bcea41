import { parseBoardItem, type BoardItem } from '@moteplass/shared';
import * as Y from 'yjs';

export interface BoardItemEntry {
  id: string;
  item: BoardItem;
}

export interface BoardItemsSnapshot {
  /** Valid items, oldest first (then by id, so every screen shows the same order). */
  items: BoardItemEntry[];
  /** Entries that failed validation: skipped, counted, never a crash. */
  malformed: number;
}

const byAge = (a: BoardItemEntry, b: BoardItemEntry) =>
  (a.item.createdAt ?? 0) - (b.item.createdAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One board's items, parsed once and shared by every reader (JOIN-3): the
 * page, the equality panels, the list twin and the canvas model all read
 * through it, so a 10,000-note board is validated once at join rather than
 * once per hook, and an edit re-parses only the items it touched. It is the
 * Y.Map's only deep observer for them; readers subscribe here, which also
 * guarantees they never see a snapshot older than the change that woke them.
 */
export class ParsedBoardItems {
  /** id → parsed item, or null when it failed validation. Missing: not read yet. */
  private readonly parsed = new Map<string, BoardItem | null>();
  /** Ids changed since they were last parsed. */
  private readonly dirty = new Set<string>();
  private readonly entries = new Map<string, BoardItemEntry>();
  private snapshot: BoardItemsSnapshot | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(ids: ReadonlySet<string>) => void>();
  /** Holds in force (`hold`), and the ids changed under them (told at the release). */
  private holds = 0;
  private changedWhileHeld = false;
  private readonly heldIds = new Set<string>();

  constructor(private readonly map: Y.Map<unknown>) {
    map.observeDeep(this.onChange);
  }

  private onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const ids = this.holds > 0 ? this.heldIds : new Set<string>();
    for (const event of events) {
      if (event.target === this.map) for (const key of event.changes.keys.keys()) ids.add(key);
      else {
        const id = event.path[0];
        if (typeof id === 'string') ids.add(id);
      }
    }
    for (const id of ids) this.dirty.add(id);
    if (this.holds > 0) {
      this.changedWhileHeld = true;
      return;
    }
    this.tell(ids);
  };

  private tell(ids: ReadonlySet<string>): void {
    this.snapshot = null;
    if (ids.size > 0) for (const listener of [...this.changeListeners]) listener(ids);
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Keep readers on the snapshot they have until the returned release is
   * called, then tell them once: for a board's initial state arriving in
   * parts (JOIN-11), so that the page is not re-rendered, nor 10,000 items
   * listed and sorted again, after every part. Releasing twice is harmless.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.holds > 0 || !this.changedWhileHeld) return;
      this.changedWhileHeld = false;
      const ids = new Set(this.heldIds);
      this.heldIds.clear();
      this.tell(ids);
    };
  }

  /** The parsed item under `id`: undefined if there is none, null if it is malformed. */
  item(id: string): BoardItem | null | undefined {
    if (this.dirty.delete(id)) this.parsed.delete(id);
    if (this.parsed.has(id)) return this.parsed.get(id);
    const value = this.map.get(id);
    if (value === undefined) return undefined;
    const item = parseBoardItem(value instanceof Y.AbstractType ? value.toJSON() : value);
    this.parsed.set(id, item);
    return item;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Hear which items changed (added, edited, deleted), for a reader that keeps
   * its own index of them (the canvas's `BoardModel`): told before the
   * snapshot's readers, and once with all of them after a hold.
   */
  subscribeChanges = (listener: (ids: ReadonlySet<string>) => void): (() => void) => {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  };

  /** Every valid item in age order; the same object until the map changes. */
  getSnapshot = (): BoardItemsSnapshot => {
    if (this.snapshot) return this.snapshot;
    for (const id of this.dirty) {
      this.parsed.delete(id);
      this.entries.delete(id);
    }
    this.dirty.clear();
    const items: BoardItemEntry[] = [];
    let malformed = 0;
    for (const id of this.map.keys()) {
      const item = this.item(id);
      if (!item) {
        malformed += 1;
        continue;
      }
      // The same entry object while the item is unchanged, so memoised rows stay put.
      let entry = this.entries.get(id);
      if (entry?.item !== item) this.entries.set(id, (entry = { id, item }));
      items.push(entry);
    }
    for (const id of this.entries.keys()) if (!this.map.has(id)) this.entries.delete(id);
    items.sort(byAge);
    this.snapshot = { items, malformed };
    return this.snapshot;
  };
}

const shared = new WeakMap<Y.Map<unknown>, ParsedBoardItems>();

/** The one `ParsedBoardItems` of a board's `items` map. */
export function parsedItemsOf(map: Y.Map<unknown>): ParsedBoardItems {
  let parsed = shared.get(map);
  if (!parsed) shared.set(map, (parsed = new ParsedBoardItems(map)));
  return parsed;
}
