import type { RoomName } from '@moteplass/shared';
import type { DocumentAppend, Storage } from '../storage/index.js';
import { type TurnFlush, type TurnLoop, roomTurns } from './turns.js';

interface PendingAppend extends DocumentAppend {
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups the storage appends of every room in one event-loop turn into one
 * storage call (one transaction), so a hundred busy rooms cost one commit per
 * turn rather than a hundred. Each room still has at most one append in
 * flight, so its updates stay in order; each caller learns its own sequence
 * number, or the error if the batch failed (then nothing of it was stored).
 * Storage without `appendUpdatesBatch` gets one `appendUpdates` per room.
 */
export class AppendBatcher implements TurnFlush {
  private pending: PendingAppend[] = [];

  constructor(
    private readonly storage: Storage,
    private readonly turns: TurnLoop = roomTurns,
  ) {}

  /** Resolves with the sequence number of the last update once they are durable. */
  append(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ workshopId, room, updates, resolve, reject });
      this.turns.scheduleFlush(this);
    });
  }

  flushTurn(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    if (batch.length === 1 || !this.storage.appendUpdatesBatch) {
      for (const entry of batch) {
        call(() => this.storage.appendUpdates(entry.workshopId, entry.room, entry.updates)).then(
          entry.resolve,
          entry.reject,
        );
      }
      return;
    }
    const entries = batch.map(({ workshopId, room, updates }) => ({ workshopId, room, updates }));
    call(() => this.storage.appendUpdatesBatch!(entries)).then(
      (seqs) => {
        if (seqs.length !== batch.length) {
          const error = new Error(
            'appendUpdatesBatch answered for a different number of documents',
          );
          for (const entry of batch) entry.reject(error);
          return;
        }
        batch.forEach((entry, i) => entry.resolve(seqs[i]!));
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }
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
