import * as Y from 'yjs';
import type { StoredDocument } from '../storage/index.js';
import type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';
import { discardPending } from './update-gate.js';

interface LoadContext {
  workshopId: string;
  name: string;
  policy: RoomPolicy;
  logger: RoomLogger;
  observer?: RoomObserver;
}

/**
 * Apply what storage holds to a fresh document, one stored update at a time:
 * an update that throws (stored before validation existed: say, thousands of
 * nested maps) is skipped and reported, and the rest still loads (BOARD-5),
 * so a damaged room is served with its bad parts left out, never an endless
 * 1011. Damaged items that did load are counted by the policy and reported;
 * readers skip them. Whatever stayed pending is dropped.
 */
export function applyStoredDocument(
  doc: Y.Doc,
  stored: StoredDocument,
  origin: unknown,
  context: LoadContext,
): void {
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  let skippedUpdates = 0;
  try {
    Y.transact(
      doc,
      () => {
        for (const update of parts) {
          try {
            Y.applyUpdate(doc, update, origin);
          } catch {
            skippedUpdates++;
          }
        }
      },
      origin,
    );
  } catch {
    // The transaction's own clean-up failed (e.g. collecting a deleted nested item): what applied stays.
    skippedUpdates++;
  }
  if (discardPending(doc)) skippedUpdates++;
  const damagedItems = context.policy.damagedItems?.(doc) ?? 0;
  if (skippedUpdates === 0 && damagedItems === 0) return;
  context.logger.warn(
    { workshopId: context.workshopId, room: context.name, skippedUpdates, damagedItems },
    'room loaded with damaged stored content skipped',
  );
  if (skippedUpdates > 0) context.observer?.storedContentSkipped?.('update', skippedUpdates);
  if (damagedItems > 0) context.observer?.storedContentSkipped?.('item', damagedItems);
}
