import type { RoomName } from '@moteplass/shared';
import { type DocumentAppend, MemoryDocuments, MemoryStorage } from '../storage/index.js';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * MemoryStorage that counts calls and can hold appends (until `release()`)
 * or fail them, to observe what the room does while storage is slow or down.
 * The counters and switches live on the storage, where tests reach them; its
 * documents part reports to them.
 */
export class TestStorage extends MemoryStorage {
  appendCalls: Uint8Array[][] = [];
  /** Appends that have completed (durable). */
  appended = 0;
  compactCalls = 0;
  loadCalls = new Map<string, number>();
  failAppends: Error | null = null;
  /** Each batch call's documents (their updates are in `appendCalls` too). */
  batchCalls: DocumentAppend[][] = [];
  private held: Deferred | null = null;

  override readonly documents: MemoryDocuments = this.createDocuments();

  protected createDocuments(): MemoryDocuments {
    return new TestDocuments(this);
  }

  /** Holds appends and compactions until `release()`. */
  hold(): void {
    this.held ??= deferred();
  }

  release(): void {
    this.held?.resolve();
    this.held = null;
  }

  /** Resolves once appends and compactions may go on (at once when not held). */
  async whileHeld(): Promise<void> {
    if (this.held) await this.held.promise;
  }

  loadCount(workshopId: string, name: RoomName): number {
    return this.loadCalls.get(`${workshopId}/${name}`) ?? 0;
  }

  /** A batch call: its documents, and each one's updates among the appends. */
  recordBatch(entries: readonly DocumentAppend[]): void {
    this.batchCalls.push([...entries]);
    for (const entry of entries) this.appendCalls.push(entry.updates);
  }
}

/** The documents part of a TestStorage: counts, holds and fails as its storage says. */
class TestDocuments extends MemoryDocuments {
  constructor(protected readonly probe: TestStorage) {
    super();
  }

  override async load(workshopId: string, room: RoomName) {
    const key = `${workshopId}/${room}`;
    this.probe.loadCalls.set(key, (this.probe.loadCalls.get(key) ?? 0) + 1);
    return super.load(workshopId, room);
  }

  override async append(workshopId: string, room: RoomName, updates: Uint8Array[]) {
    this.probe.appendCalls.push(updates);
    await this.probe.whileHeld();
    if (this.probe.failAppends) throw this.probe.failAppends;
    const seq = await super.append(workshopId, room, updates);
    this.probe.appended++;
    return seq;
  }

  override async appendBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    this.probe.recordBatch(entries);
    await this.probe.whileHeld();
    if (this.probe.failAppends) throw this.probe.failAppends;
    const seqs = await super.appendBatch(entries);
    this.probe.appended += entries.length;
    return seqs;
  }

  override async compact(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    this.probe.compactCalls++;
    await this.probe.whileHeld();
    return super.compact(workshopId, room, snapshot, throughSeq);
  }
}

/**
 * TestStorage that commits synchronously, as SQLite does: its documents offer
 * `appendBatchSync`, so rooms relay a turn's edits within the turn. It can
 * fail appends but not hold them (a synchronous commit cannot wait).
 */
export class SyncTestStorage extends TestStorage {
  protected override createDocuments(): MemoryDocuments {
    return new SyncTestDocuments(this);
  }
}

class SyncTestDocuments extends TestDocuments {
  appendBatchSync(entries: readonly DocumentAppend[]): number[] {
    this.probe.recordBatch(entries);
    if (this.probe.failAppends) throw this.probe.failAppends;
    const seqs = entries.map((entry) => this.insertUpdates(entry));
    this.probe.appended += entries.length;
    return seqs;
  }
}
