import * as Y from 'yjs';

/** A struct of an incoming update or of the document: an item, or a garbage-collected range. */
export type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * The structs of one decoded update, found by id. Structs of one client come
 * in clock order, so a lookup is a binary search: linear work overall.
 */
export class UpdateStructs {
  private readonly byClient = new Map<number, Struct[]>();

  constructor(structs: readonly Struct[]) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  clients(): IterableIterator<[number, Struct[]]> {
    return this.byClient.entries();
  }

  /** The struct holding `clock` of `client`, if this update has it. */
  find(client: number, clock: number): Struct | undefined {
    const list = this.byClient.get(client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const struct = list[middle]!;
      if (clock < struct.id.clock) high = middle - 1;
      else if (clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }

  /** One past the last clock of `client` in this update (0 if none). */
  end(client: number): number {
    const list = this.byClient.get(client);
    const last = list?.[list.length - 1];
    return last ? last.id.clock + last.length : 0;
  }

  /** The first clock of `client` in this update. */
  start(client: number): number | undefined {
    return this.byClient.get(client)?.[0]?.id.clock;
  }
}

/** The struct of the document holding `clock` of `client`, if the document has it. */
export function findInDoc(doc: Y.Doc, client: number, clock: number): Y.Item | Y.GC | undefined {
  if (clock >= Y.getState(doc.store, client)) return undefined;
  const structs = doc.store.clients.get(client);
  if (!structs) return undefined;
  return structs[Y.findIndexSS(structs, clock)] as Y.Item | Y.GC;
}

/** The document's structs of `client` from `clock` up to `end` (exclusive), in order. */
export function* docStructsIn(
  doc: Y.Doc,
  client: number,
  clock: number,
  end: number,
): Generator<Y.Item | Y.GC> {
  const structs = doc.store.clients.get(client);
  const state = Y.getState(doc.store, client);
  if (!structs || clock >= state) return;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
    const struct = structs[index] as Y.Item | Y.GC;
    if (struct.id.clock >= end) return;
    yield struct;
  }
}

/** Whether a map holds a shared type as a value (anything nested below an item's fields). */
export function holdsSharedType(map: Y.Map<unknown>): boolean {
  for (const value of map.values()) if (value instanceof Y.AbstractType) return true;
  return false;
}
