import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * A board's whole state as several V2 updates that a fresh client applies one
 * after the other (JOIN-11), so that a phone can handle a tap between them
 * instead of integrating 10,000 notes in one uninterrupted task.
 *
 * Yjs has no public encoder for "these structs only", but its update format
 * is simple: per client, a count, the client, the first clock, then each
 * struct as `struct.write(encoder, offset)` (what `writeStructs` does inside
 * `encodeStateAsUpdateV2`). The structs are put in an order in which each
 * one comes after what it builds on (its left and right origin, its parent
 * item), so every part integrates completely when the parts before it have:
 * nothing waits in the receiver's pending store. The deletions all come in a
 * last part (`encodeStateAsUpdateV2` against the full state vector: no
 * structs, the whole delete set), like the delete set that ends a one-piece
 * update.
 *
 * Within a part each client's structs are one run of consecutive clocks (the
 * format names a client once per update), which the order guarantees: a
 * client's structs are taken in clock order.
 */

/** One part's structs: per client, the index range in the store's struct list. */
interface Run {
  client: number;
  structs: (Y.Item | Y.GC)[];
  from: number;
  to: number;
}

type Struct = Y.Item | Y.GC;

/** Whether everything a struct builds on (its origins, its parent item) is already `taken`. */
function canTake(struct: Struct, taken: (id: Y.ID | null) => boolean): boolean {
  if (!(struct instanceof Y.Item)) return true;
  const parent = struct.parent;
  const parentItem = parent instanceof Y.AbstractType ? parent._item : null;
  return taken(struct.origin) && taken(struct.rightOrigin) && (!parentItem || taken(parentItem.id));
}

/**
 * The document's structs in an order in which each follows what it builds
 * on, as (client, index) pairs; null if no such order was found (it always
 * exists for a document Yjs integrated; null means "send it in one piece").
 */
function causalOrder(clients: Map<number, Struct[]>): [number, number][] | null {
  const total = [...clients.values()].reduce((sum, structs) => sum + structs.length, 0);
  const next = new Map<number, number>(); // client → index of its next struct to take
  const clockSent = new Map<number, number>(); // client → clocks below this are taken
  for (const client of clients.keys()) {
    next.set(client, 0);
    clockSent.set(client, 0);
  }
  const taken = (id: Y.ID | null) =>
    id === null || (clockSent.get(id.client) ?? Infinity) > id.clock;
  const order: [number, number][] = [];
  // Round after round, take from each client as far as its structs' dependencies allow.
  while (order.length < total) {
    const before = order.length;
    for (const [client, structs] of clients) {
      let index = next.get(client) ?? 0;
      while (index < structs.length) {
        const struct = structs[index]!;
        if (!canTake(struct, taken)) break;
        order.push([client, index]);
        clockSent.set(client, struct.id.clock + struct.length);
        index++;
      }
      next.set(client, index);
    }
    if (order.length === before) return null;
  }
  return order;
}

/** One part: the runs' structs as a V2 update with an empty delete set. */
function encodePart(runs: Run[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV2();
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const { client, structs, from, to } of runs) {
    encoding.writeVarUint(encoder.restEncoder, to - from);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, structs[from]!.id.clock);
    for (let i = from; i < to; i++) structs[i]!.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // no deletions: they come last
  return encoder.toUint8Array();
}

/**
 * The whole document as V2 updates of at most `structsPerPart` structs each,
 * then its delete set; applied in order to an empty document they give this
 * document. A document that fits in one part (or, defensively, one with no
 * causal order found) is one update, as `Y.encodeStateAsUpdateV2` gives it.
 */
export function encodeStateInParts(doc: Y.Doc, structsPerPart: number): Uint8Array[] {
  const clients = doc.store.clients as Map<number, Struct[]>;
  const total = [...clients.values()].reduce((sum, structs) => sum + structs.length, 0);
  if (total <= structsPerPart) return [Y.encodeStateAsUpdateV2(doc)];
  const order = causalOrder(clients);
  if (!order) return [Y.encodeStateAsUpdateV2(doc)];
  const parts: Uint8Array[] = [];
  for (let start = 0; start < order.length; start += structsPerPart) {
    const runs = new Map<number, Run>();
    for (const [client, index] of order.slice(start, start + structsPerPart)) {
      const run = runs.get(client);
      if (run) run.to = index + 1;
      else runs.set(client, { client, structs: clients.get(client)!, from: index, to: index + 1 });
    }
    parts.push(encodePart([...runs.values()]));
  }
  parts.push(Y.encodeStateAsUpdateV2(doc, Y.encodeStateVector(doc)));
  return parts;
}
