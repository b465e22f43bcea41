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

/**
 * The client of the first thing a struct builds on (its origins, its parent
 * item) that `taken` says is not in the order yet; null when nothing is missing.
 */
function missingClient(struct: Struct, taken: (id: Y.ID) => boolean): number | null {
  if (!(struct instanceof Y.Item)) return null;
  const parent = struct.parent;
  const parentItem = parent instanceof Y.AbstractType ? parent._item : null;
  for (const id of [struct.origin, struct.rightOrigin, parentItem?.id ?? null])
    if (id && !taken(id)) return id.client;
  return null;
}

/**
 * The document's structs in an order in which each follows what it builds
 * on, as (client, index) pairs; null if no such order was found (it always
 * exists for a document Yjs integrated; null means "send it in one piece").
 * Each client's structs are taken in clock order as far as they can go; a
 * client that stops at a struct waiting for another client's is looked at
 * again only when that client has moved on, so the work is in proportion to
 * the structs, not to clients × rounds (two people taking turns moving one
 * note make a long chain across clients).
 */
function causalOrder(clients: Map<number, Struct[]>): [number, number][] | null {
  const total = [...clients.values()].reduce((sum, structs) => sum + structs.length, 0);
  const next = new Map<number, number>(); // client → index of its next struct to take
  const clockTaken = new Map<number, number>(); // client → its clocks below this are taken
  const waitingOn = new Map<number, number[]>(); // client → clients stopped at a struct of its
  for (const client of clients.keys()) clockTaken.set(client, 0);
  // A client the store does not hold (it should not happen) blocks nothing.
  const taken = (id: Y.ID) => (clockTaken.get(id.client) ?? Infinity) > id.clock;
  const order: [number, number][] = [];
  const toVisit = [...clients.keys()];
  for (let client = toVisit.pop(); client !== undefined; client = toVisit.pop()) {
    const structs = clients.get(client)!;
    const from = next.get(client) ?? 0;
    let index = from;
    let blockedBy: number | null = null;
    for (; index < structs.length; index++) {
      const struct = structs[index]!;
      blockedBy = missingClient(struct, taken);
      if (blockedBy !== null) break;
      order.push([client, index]);
      clockTaken.set(client, struct.id.clock + struct.length);
    }
    next.set(client, index);
    if (index > from) {
      const woken = waitingOn.get(client);
      if (woken) {
        waitingOn.delete(client);
        toVisit.push(...woken);
      }
    }
    if (blockedBy !== null) {
      const waiting = waitingOn.get(blockedBy);
      if (waiting) waiting.push(client);
      else waitingOn.set(blockedBy, [client]);
    }
  }
  return order.length === total ? order : null;
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
