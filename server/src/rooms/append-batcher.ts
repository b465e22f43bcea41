import type { RoomName } from '@moteplass/shared';
import type { DocumentAppend, Storage } from '../storage/index.js';
import { type TurnFlush, type TurnLoop, roomTurns } from './turns.js';

/**
 * Told once the append is durable (`error` undefined, the sequence number of
 * the last update) or failed (nothing of its batch was stored). `seconds`:
 * how long the storage call it rode in took. Must not throw: with storage
 * that commits synchronously, every room of the turn is told in one loop.
 */
export type AppendDone = (error: unknown, seq: number, seconds: number) => void;

interface PendingAppend extends DocumentAppend {
  done: AppendDone;
}

/**
 * Groups the storage appends of every room in one event-loop turn into one
 * storage call (one transaction), so a hundred busy rooms cost one commit per
 * turn rather than a hundred. Each room still has at most one append in
 * flight, so its updates stay in order; each caller learns its own sequence
 * number, or the error if the batch failed (then nothing of it was stored).
 *
 * Storage that commits synchronously (`documents.appendBatchSync`, SQLite) is
 * told in the flush itself: the rooms relay their edits in the same turn,
 * with no promise hops, before the turn's presence (see turns.ts). Other
 * storage is told when its promise settles; storage without any batch call
 * gets one `documents.append` per room.
 */
export class AppendBatcher implements TurnFlush {
  private pending: PendingAppend[] = [];

  constructor(
    private readonly storage: Storage,
    private readonly turns: TurnLoop = roomTurns,
  ) {}

  /** `done` is called exactly once, when the updates are durable or failed. */
  append(workshopId: string, room: RoomName, updates: Uint8Array[], done: AppendDone): void {
    this.pending.push({ workshopId, room, updates, done });
    this.turns.scheduleFlush(this);
  }

  flushTurn(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const entries = batch.map(({ workshopId, room, updates }) => ({ workshopId, room, updates }));
    const started = performance.now();
    if (this.storage.documents.appendBatchSync) {
      let seqs: number[];
      try {
        seqs = this.storage.documents.appendBatchSync(entries);
      } catch (error) {
        return failed(batch, error, started);
      }
      return stored(batch, seqs, started);
    }
    if (batch.length === 1 || !this.storage.documents.appendBatch) {
      for (const entry of batch) {
        call(() => this.storage.documents.append(entry.workshopId, entry.room, entry.updates)).then(
          (seq) => stored([entry], [seq], started),
          (error: unknown) => failed([entry], error, started),
        );
      }
      return;
    }
    call(() => this.storage.documents.appendBatch!(entries)).then(
      (seqs) => stored(batch, seqs, started),
      (error: unknown) => failed(batch, error, started),
    );
  }
}

const secondsSince = (started: number) => (performance.now() - started) / 1000;

/** Tells every entry of a stored batch its sequence number. */
function stored(batch: PendingAppend[], seqs: number[], started: number): void {
  if (seqs.length !== batch.length) {
    const error = new Error('the storage answered for a different number of documents');
    return failed(batch, error, started);
  }
  const seconds = secondsSince(started);
  batch.forEach((entry, i) => entry.done(undefined, seqs[i]!, seconds));
}

/** Tells every entry of a failed batch the error: nothing of it was stored. */
function failed(batch: PendingAppend[], error: unknown, started: number): void {
  const seconds = secondsSince(started);
  for (const entry of batch) entry.done(error ?? new Error('append failed'), 0, seconds);
}

/** A storage call that throws synchronously is a rejected promise, like one that rejects. */
function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}

const batchers = new WeakMap<Storage, AppendBatcher>();

/** The batcher every room on `storage` shares. */
export function appendBatcherFor(storage: Storage): AppendBatcher {
  let batcher = batchers.get(storage);
  if (!batcher) {
    batcher = new AppendBatcher(storage);
    batchers.set(storage, batcher);
  }
  return batcher;
}
