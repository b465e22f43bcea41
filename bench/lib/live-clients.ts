import * as Y from 'yjs';
import { ITEMS, createNote, moveNote, noteSeq } from './board.js';
import { ProtocolClient, REMOTE, nowMs } from './protocol-client.js';
import type { ClientTarget } from './servers.js';
import { timers } from './timer-wheel.js';

/**
 * The clients of a live scenario, as both processes run them: the load
 * generator (every client but the observers) and the observer process
 * (observer-process.ts: the observers, which also write and move cursors).
 */

/** One client of a room: who it is and what it does. */
export interface ClientSlot {
  /** Its note's key in `items`, unique across the run. */
  key: string;
  room: number;
  /** Its place in the room (the note's position on the board). */
  index: number;
  target: ClientTarget;
  movesCursor: boolean;
  /** Drags its note (absent: yes); in a hall most people only watch. */
  writes?: boolean;
}

export interface LoadRates {
  editHz: number;
  cursorHz: number;
}

/** A client that drags its own note and moves its cursor; each edit's send time is kept. */
export class LoadClient {
  readonly protocol: ProtocolClient;
  editsSent = 0;
  cursorsSent = 0;
  /** Send time of each edit by seq (the ledger observers are timed against). */
  readonly sentAts: number[] = [];

  constructor(
    readonly slot: ClientSlot,
    observe: boolean,
    onAwareness?: ConstructorParameters<typeof ProtocolClient>[0]['onAwareness'],
  ) {
    this.protocol = new ProtocolClient({ ...slot.target, observe, onAwareness });
  }

  /** Start the edit and cursor timers at a random phase (on the process's one wheel); returns their stoppers. */
  start(rates: LoadRates): (() => void)[] {
    const { doc } = this.protocol;
    // A client that does not observe only counts what it receives from now on.
    this.protocol.skimFrames();
    const edit = () => {
      if (!this.protocol.isOpen) return;
      const stamp = { seq: this.editsSent, sentAt: nowMs() };
      this.sentAts[stamp.seq] = stamp.sentAt;
      this.editsSent++;
      if (stamp.seq === 0)
        doc.transact(() => createNote(doc, this.slot.key, this.slot.index, stamp));
      else moveNote(doc, this.slot.key, stamp);
    };
    const moveCursor = () => {
      if (!this.protocol.isOpen) return;
      this.cursorsSent++;
      this.protocol.sendCursor(
        this.slot.key,
        Math.round(Math.random() * 8000),
        Math.round(Math.random() * 4000),
        nowMs(),
      );
    };
    return [
      ...(this.slot.writes === false ? [] : [timers.every(1000 / rates.editHz, edit)]),
      ...(this.slot.movesCursor ? [timers.every(1000 / rates.cursorHz, moveCursor)] : []),
    ];
  }
}

/** Every (note, seq) an observer saw arrive, and when: timed against the ledger afterwards. */
export interface Arrivals {
  keys: string[];
  seqs: number[];
  times: number[];
}

/**
 * An observing client: decodes everything, records when each edit by
 * another client arrived and times each presence state it receives.
 */
export class Observer {
  readonly client: LoadClient;
  readonly arrivals: Arrivals = { keys: [], seqs: [], times: [] };
  readonly cursorLatencies: number[] = [];
  cursorsSeen = 0;
  /** Presence stamped before this is delivered but not timed (the warm-up). */
  timedFrom = Number.POSITIVE_INFINITY;
  private readonly lastSeq = new Map<string, number>();
  private readonly lastCursorClock = new Map<number, number>();

  constructor(slot: ClientSlot) {
    this.client = new LoadClient(slot, true, (clientId, clock, state, receivedAt) => {
      if (clientId === this.client.protocol.doc.clientID) return;
      if (clock <= (this.lastCursorClock.get(clientId) ?? 0)) return;
      this.lastCursorClock.set(clientId, clock);
      this.cursorsSeen++;
      const sentAt = (state as { sentAt?: unknown } | null)?.sentAt;
      if (typeof sentAt === 'number' && sentAt >= this.timedFrom) {
        this.cursorLatencies.push(receivedAt - sentAt);
      }
    });
    this.observeEdits();
  }

  get editsSeen(): number {
    return this.arrivals.seqs.length;
  }

  private observeEdits(): void {
    const { protocol } = this.client;
    protocol.doc.getMap(ITEMS).observeDeep((events, transaction) => {
      if (transaction.origin !== REMOTE) return;
      const touched = new Set<string>();
      for (const event of events) {
        if (event.path.length > 0) touched.add(String(event.path[0]));
        else if (event instanceof Y.YMapEvent) for (const k of event.keysChanged) touched.add(k);
      }
      for (const noteKey of touched) {
        if (noteKey === this.client.slot.key) continue;
        const seq = noteSeq(protocol.doc, noteKey);
        const seen = this.lastSeq.get(noteKey) ?? -1;
        if (seq <= seen) continue;
        // Yjs integrates a writer's changes in order, so every seq up to this one is here now.
        for (let s = seen + 1; s <= seq; s++) {
          this.arrivals.keys.push(noteKey);
          this.arrivals.seqs.push(s);
          this.arrivals.times.push(protocol.receivedAt);
        }
        this.lastSeq.set(noteKey, seq);
      }
    });
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
