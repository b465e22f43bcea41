import { BOARD_ITEMS, kindHas } from '@moteplass/shared';
import * as Y from 'yjs';
import { ITEM_ID_MAX_LENGTH, fieldProblem } from './board-shape.js';
import { UpdateStructs, docStructsIn, findInDoc, holdsSharedType, type Struct } from './structs.js';

/** Who sent an update and which rules hold while it arrives. */
export interface UpdateSender {
  participantId: string;
  facilitator: boolean;
  /** The phase in which silent writing runs, or null. */
  silentPhase: string | null;
  /** The author recorded for an item id earlier (an undone deletion brings it back). */
  knownAuthor(itemId: string): string | undefined;
}

/** An item an accepted update creates, with the author the server let through. */
export interface CreatedItem {
  itemId: string;
  author: string;
}

export type BoardUpdateVerdict =
  | { kind: 'accept'; created: CreatedItem[] }
  /** Not applied, the socket stays: a rule of the moment (silent writing) or missing dependencies. */
  | { kind: 'drop'; reason: 'silent-writing' | 'missing-dependencies' }
  /** Not applied, and the socket is closed with this reason: no honest client sends it. */
  | { kind: 'refuse'; reason: string };

class Refusal extends Error {}
class MissingDependency extends Error {}
class SilentWriting extends Error {}

/** A new item map of this update and the fields it is created with. */
interface Creation {
  itemId: string;
  authors: unknown[];
  types: unknown[];
  phases: unknown[];
}

type Owner =
  { kind: 'doc'; map: Y.Map<unknown>; itemId: string } | { kind: 'new'; creation: Creation };

/** Where a struct lands: an item of the root map, a field of an item, or nowhere (its parent is gone). */
type Place =
  { kind: 'entry'; key: string } | { kind: 'field'; owner: Owner; key: string } | { kind: 'void' };

const VOID = { kind: 'void' } as const;

/** What decides a struct's place: its root, a parent item, or a neighbour whose place it shares. */
type Source =
  | { kind: 'root'; name: string; key: string | null }
  | { kind: 'parent'; item: Y.Item; key: string | null }
  | { kind: 'sibling'; item: Y.Item }
  | { kind: 'void' };

/**
 * Decide about one board update from a client BEFORE it is applied (BOARD-1,
 * BOARD-2, BOARD-3, BOARD-4). Linear in the update's size: every struct is
 * placed once, with an explicit stack (never recursion on what the sender
 * controls), and every id is looked up by binary search.
 */
export function checkBoardUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  sender: UpdateSender,
): BoardUpdateVerdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    // Includes a stack overflow on absurdly nested JSON values: refused, never applied.
    return { kind: 'refuse', reason: 'malformed update' };
  }
  try {
    return new BoardUpdateCheck(doc, decoded.structs as Struct[], sender).run(decoded.ds);
  } catch (error) {
    if (error instanceof Refusal) return { kind: 'refuse', reason: error.message };
    if (error instanceof MissingDependency) return { kind: 'drop', reason: 'missing-dependencies' };
    if (error instanceof SilentWriting) return { kind: 'drop', reason: 'silent-writing' };
    throw error;
  }
}

class BoardUpdateCheck {
  private readonly structs: UpdateStructs;
  private readonly places = new Map<Y.Item, Place>();
  private readonly creations = new Map<Y.Item, Creation>();
  private readonly root: Y.Map<unknown>;
  private readonly fromUpdate: ReadonlySet<Struct>;

  constructor(
    private readonly doc: Y.Doc,
    list: Struct[],
    private readonly sender: UpdateSender,
  ) {
    this.structs = new UpdateStructs(list);
    this.fromUpdate = new Set(list);
    this.root = doc.getMap(BOARD_ITEMS);
  }

  run(ds: { clients: Map<number, { clock: number; len: number }[]> }): BoardUpdateVerdict {
    for (const [client, list] of this.structs.clients()) {
      // A gap before this update's first struct: Yjs would keep it pending (BOARD-2).
      if (list[0]!.id.clock > this.state(client)) throw new MissingDependency();
      for (const struct of list) {
        if (struct instanceof Y.Skip) throw new MissingDependency();
        // What the document already has is ignored by Yjs.
        if (struct instanceof Y.Item && struct.id.clock + struct.length > this.state(client)) {
          this.checkContent(struct, this.placeOf(struct));
        }
      }
    }
    this.checkDeletes(ds);
    return { kind: 'accept', created: this.checkCreations() };
  }

  private state(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** The struct with this id: the document's if it has it (Yjs keeps its own), else the update's. */
  private find(id: Y.ID): { struct: Struct; inUpdate: boolean } {
    const fromDoc = findInDoc(this.doc, id.client, id.clock);
    if (fromDoc) return { struct: fromDoc, inUpdate: false };
    const fromUpdate = this.structs.find(id.client, id.clock);
    if (!fromUpdate || fromUpdate instanceof Y.Skip) throw new MissingDependency();
    return { struct: fromUpdate, inUpdate: true };
  }

  private sourceOf(item: Y.Item): Source {
    const state = this.state(item.id.client);
    if (item.id.clock < state) {
      // Partly known: Yjs integrates the rest after the part it has, in that part's place.
      const before = findInDoc(this.doc, item.id.client, state - 1);
      return before instanceof Y.Item ? { kind: 'sibling', item: before } : VOID;
    }
    const left = item.origin ? this.find(item.origin).struct : null;
    const right = item.rightOrigin ? this.find(item.rightOrigin).struct : null;
    if (left instanceof Y.GC || right instanceof Y.GC) return VOID;
    if (left instanceof Y.Item) return { kind: 'sibling', item: left };
    if (right instanceof Y.Item) return { kind: 'sibling', item: right };
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return { kind: 'root', name: parent, key: item.parentSub };
    if (parent instanceof Y.ID) {
      const found = this.find(parent).struct;
      return found instanceof Y.Item ? { kind: 'parent', item: found, key: item.parentSub } : VOID;
    }
    return VOID;
  }

  /** Place every struct the given one depends on first, with an explicit stack. */
  private placeOf(start: Y.Item): Place {
    const placed = this.places.get(start);
    if (placed) return placed;
    const stack: Y.Item[] = [start];
    const onStack = new Set<Y.Item>(stack);
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!;
      const source = this.sourceOf(item);
      const waitFor = this.unplaced(source);
      if (waitFor) {
        if (onStack.has(waitFor)) throw new Refusal('update refers to itself in a circle');
        stack.push(waitFor);
        onStack.add(waitFor);
        continue;
      }
      this.places.set(item, this.place(source));
      stack.pop();
      onStack.delete(item);
    }
    return this.places.get(start)!;
  }

  private unplaced(source: Source): Y.Item | undefined {
    if (source.kind !== 'parent' && source.kind !== 'sibling') return undefined;
    if (this.inDoc(source.item) || this.places.has(source.item)) return undefined;
    return source.item;
  }

  /** A struct object of the document (not of this update). */
  private inDoc(item: Y.Item): boolean {
    return !this.fromUpdate.has(item);
  }

  private place(source: Source): Place {
    switch (source.kind) {
      case 'void':
        return VOID;
      case 'root':
        if (source.name !== BOARD_ITEMS) throw new Refusal('the board has no such root');
        return this.entry(source.key);
      case 'sibling': {
        if (!this.inDoc(source.item)) return this.places.get(source.item)!;
        return this.docPlace(source.item);
      }
      case 'parent': {
        const parent = source.item;
        const itemMap = parent.content instanceof Y.ContentType ? parent.content.type : null;
        if (!(itemMap instanceof Y.Map)) return VOID;
        const parentPlace = this.inDoc(parent) ? this.docPlace(parent) : this.places.get(parent)!;
        if (parentPlace.kind === 'void') return VOID;
        if (parentPlace.kind !== 'entry') throw new Refusal('nested deeper than a board item');
        if (source.key === null) throw new Refusal('item fields are map entries');
        const owner: Owner = this.inDoc(parent)
          ? { kind: 'doc', map: itemMap as Y.Map<unknown>, itemId: parentPlace.key }
          : { kind: 'new', creation: this.creation(parent, parentPlace.key) };
        return { kind: 'field', owner, key: source.key };
      }
    }
  }

  private entry(key: string | null): Place {
    if (key === null) throw new Refusal('board items are map entries');
    if (key.length > ITEM_ID_MAX_LENGTH) throw new Refusal('item id too long');
    return { kind: 'entry', key };
  }

  /** The place of a struct the document holds. */
  private docPlace(item: Y.Item): Place {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return VOID;
    if (parent === this.root) return this.entry(item.parentSub);
    const owner = parent._item;
    if (parent instanceof Y.Map && owner?.parent === this.root && owner.parentSub !== null) {
      if (item.parentSub === null) throw new Refusal('item fields are map entries');
      return {
        kind: 'field',
        owner: { kind: 'doc', map: parent as Y.Map<unknown>, itemId: owner.parentSub },
        key: item.parentSub,
      };
    }
    throw new Refusal('outside the board items');
  }

  private creation(item: Y.Item, itemId: string): Creation {
    let creation = this.creations.get(item);
    if (!creation) {
      creation = { itemId, authors: [], types: [], phases: [] };
      this.creations.set(item, creation);
    }
    return creation;
  }

  private checkContent(item: Y.Item, place: Place): void {
    const content = item.content;
    if (content instanceof Y.ContentDeleted || place.kind === 'void') return;
    if (place.kind === 'entry') {
      if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.Map)) {
        throw new Refusal('board items are maps');
      }
      this.refuseIfQuarantined(this.root.get(place.key));
      this.creation(item, place.key);
      return;
    }
    if (content instanceof Y.ContentType) throw new Refusal('nested deeper than a board item');
    if (!(content instanceof Y.ContentAny)) throw new Refusal('content the board does not use');
    for (const value of content.arr) {
      const problem = fieldProblem(place.key, value);
      if (problem) throw new Refusal(problem);
    }
    const value: unknown = content.arr[content.arr.length - 1];
    const { owner, key } = place;
    if (owner.kind === 'new') {
      if (key === 'author') owner.creation.authors.push(value);
      if (key === 'type') owner.creation.types.push(value);
      if (key === 'phase') owner.creation.phases.push(value);
      return;
    }
    this.refuseIfQuarantined(owner.map);
    if (key === 'author') throw new Refusal('the author of an item cannot change');
    if (key === 'type' || key === 'phase') {
      const type = key === 'type' ? value : owner.map.get('type');
      const phase = key === 'phase' ? value : owner.map.get('phase');
      if (this.silentNote(type, phase)) throw new SilentWriting();
    }
  }

  /** A note in the phase that silent writing runs in, from anyone but the facilitator (SILENT-1). */
  private silentNote(type: unknown, phase: unknown): boolean {
    const { silentPhase, facilitator } = this.sender;
    return (
      !facilitator &&
      silentPhase !== null &&
      kindHas(String(type), 'contribution') &&
      phase === silentPhase
    );
  }

  /** Items stored before validation existed that hold nested types: nobody may touch them. */
  private refuseIfQuarantined(value: unknown): void {
    if (value instanceof Y.Map && holdsSharedType(value)) {
      throw new Refusal('that item is damaged and cannot be changed');
    }
  }

  private checkDeletes(ds: { clients: Map<number, { clock: number; len: number }[]> }): void {
    const deletedMaps = new Set<Y.Item>();
    const authorsDeleted: Y.Item[] = [];
    for (const [client, ranges] of ds.clients) {
      const state = this.state(client);
      const start = this.structs.start(client);
      const known = start !== undefined && start <= state ? this.structs.end(client) : state;
      for (const { clock, len } of ranges) {
        // Deleting what does not exist yet would wait in the pending store (BOARD-2).
        if (clock + len > Math.max(state, known)) throw new MissingDependency();
        for (const struct of docStructsIn(this.doc, client, clock, clock + len)) {
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const place = this.docPlace(struct);
          if (place.kind === 'entry') {
            this.refuseIfQuarantined(this.entryMap(struct));
            deletedMaps.add(struct);
          } else if (place.kind === 'field' && place.owner.kind === 'doc') {
            this.refuseIfQuarantined(place.owner.map);
            if (place.key === 'author') authorsDeleted.push(struct);
          }
        }
      }
    }
    // An author goes only with its whole item (BOARD-4).
    for (const author of authorsDeleted) {
      const owner = (author.parent as Y.Map<unknown>)._item!;
      if (!owner.deleted && !deletedMaps.has(owner)) {
        throw new Refusal('the author of an item cannot change');
      }
    }
  }

  private entryMap(item: Y.Item): unknown {
    return item.content instanceof Y.ContentType ? item.content.type : undefined;
  }

  /**
   * Every new item carries its creator as author, or none (BOARD-4). An undone
   * deletion brings an item back under its old id with its old author: that
   * author is let through when the server recorded it for that id, or when
   * the id held an item before whose author the server no longer knows (it
   * restarted since): refusing would lock the undoing client out for good, and
   * the item was editable by anyone anyway. A new note in the silent phase
   * waits for the reveal (SILENT-1).
   */
  private checkCreations(): CreatedItem[] {
    const created: CreatedItem[] = [];
    for (const creation of this.creations.values()) {
      const { participantId, knownAuthor } = this.sender;
      const previous = knownAuthor(creation.itemId);
      const heldBefore = this.root._map.has(creation.itemId);
      for (const author of creation.authors) {
        if (author === undefined || author === null || author === participantId) continue;
        const restored = previous === undefined ? heldBefore : author === previous;
        if (!restored) {
          throw new Refusal('an item’s author must be the participant who creates it');
        }
      }
      for (const type of creation.types) {
        for (const phase of creation.phases) {
          if (this.silentNote(type, phase)) throw new SilentWriting();
        }
      }
      const author = creation.authors[creation.authors.length - 1];
      created.push({
        itemId: creation.itemId,
        author: typeof author === 'string' ? author : participantId,
      });
    }
    return created;
  }
}
