import type { PhaseId } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import { addServerNotes } from './server-notes.js';
import { shuffled } from './shuffle.js';

/**
 * Anonymous notes are not written the moment they arrive (ANON-5). Someone
 * who watches the network could otherwise match "this person's phone sent a
 * request" to "a note appeared on the board" by time alone. Notes that arrive
 * within one window are written together, in random order, and their
 * `createdAt` says only the minute.
 */
export const ANONYMOUS_NOTE_WINDOW_MS = 1_500;
const MINUTE_MS = 60_000;

interface Waiting {
  text: string;
  resolve: (itemId: string) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  workshopId: string;
  phase: PhaseId;
  now: number;
  notes: Waiting[];
}

export class AnonymousNoteBatcher {
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly windowMs = ANONYMOUS_NOTE_WINDOW_MS,
  ) {}

  /** Resolves with the note's id once it is stored and relayed, with the others of its window. */
  add(workshopId: string, phase: PhaseId, text: string, now: number): Promise<string> {
    const key = `${workshopId}\u0000${phase}`;
    let batch = this.batches.get(key);
    if (!batch) {
      batch = { workshopId, phase, now, notes: [] };
      this.batches.set(key, batch);
      const timer = setTimeout(() => void this.write(key), this.windowMs);
      timer.unref();
    }
    batch.now = Math.max(batch.now, now);
    return new Promise((resolve, reject) => batch.notes.push({ text, resolve, reject }));
  }

  private async write(key: string): Promise<void> {
    const batch = this.batches.get(key);
    if (!batch) return;
    this.batches.delete(key);
    const notes = shuffled(batch.notes);
    try {
      const ids = await addServerNotes(
        this.rooms,
        batch.workshopId,
        batch.phase,
        notes.map((note) => ({ text: note.text, anonymous: true })),
        Math.floor(batch.now / MINUTE_MS) * MINUTE_MS,
      );
      notes.forEach((note, index) => note.resolve(ids[index]!));
    } catch (error) {
      for (const note of notes) note.reject(error);
    }
  }
}

const batchers = new WeakMap<RoomRegistry, AnonymousNoteBatcher>();

/** The batcher of one server (one per room registry, so tests do not share one). */
export function anonymousNotes(rooms: RoomRegistry): AnonymousNoteBatcher {
  let batcher = batchers.get(rooms);
  if (!batcher) {
    batcher = new AnonymousNoteBatcher(rooms);
    batchers.set(rooms, batcher);
  }
  return batcher;
}

/** Tests: a shorter window (0 still batches what arrives in one turn). */
export function useAnonymousNoteWindow(rooms: RoomRegistry, windowMs: number): void {
  batchers.set(rooms, new AnonymousNoteBatcher(rooms, windowMs));
}
