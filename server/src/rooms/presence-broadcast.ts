import { LIMITS } from '@moteplass/shared';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.js';
import { assembleAwarenessMessage, encodeAwarenessEntry } from './protocol.js';

export interface PresenceLimits {
  /** States forwarded per client per second; those in between are dropped. */
  statesPerSecond: number;
  /**
   * Presence messages (one per connection) a room sends per second: a room of
   * n connections broadcasts presence at most `sendsPerSecond / n` times a second.
   */
  sendsPerSecond: number;
  /**
   * The room's presence frame (RELAY-3): presence-only broadcasts go out at
   * most once per this many ms, however small the room. Absent or 0: none.
   */
  frameMs?: number;
  /**
   * Crowd mode: with at least this many connections in the room, a
   * participant's states go out at most `crowdStatesPerSecond` times a second
   * (the facilitator's keep `statesPerSecond`). Absent: never a crowd.
   */
  crowdThreshold?: number;
  crowdStatesPerSecond?: number;
  /**
   * A crowd's presence frame (RELAY-4): a crowd's presence-only broadcast
   * goes out at most this many ms after the room's last broadcast, an edit's
   * included. Absent or 0: none (the budget alone decides).
   */
  crowdFrameMs?: number;
}

/**
 * The relay's presence limits from LIMITS, with crowd mode from `crowdThreshold`
 * people (CROWD_THRESHOLD) and the room's presence frame (PRESENCE_FRAME_MS).
 */
export function presenceLimits(
  crowdThreshold: number = LIMITS.crowdThreshold,
  frameMs: number = LIMITS.presenceFrameMs,
  crowdFrameMs: number = LIMITS.crowdPresenceFrameMs,
): PresenceLimits {
  return {
    crowdFrameMs,
    statesPerSecond: LIMITS.presenceStatesPerSecond,
    sendsPerSecond: LIMITS.presenceSendsPerRoomPerSecond,
    frameMs,
    crowdThreshold,
    crowdStatesPerSecond: LIMITS.crowdPresenceStatesPerSecond,
  };
}

/** What one turn sends: a message for everybody, and for each sender one without its own states. */
export interface PresenceMessages {
  /** Client ids whose states go out in this turn. */
  ids: number[];
  forEveryone: Uint8Array;
  /** A sender's message leaves out its own client ids; `null`: nothing is left for it. */
  forSender: Map<Connection, Uint8Array | null>;
}

/**
 * Which presence states a room relays, and when. Cursor moves are the bulk of
 * a busy room's traffic, and only the latest position matters, so:
 * - each client's state goes out at most `statesPerSecond` times; a state
 *   superseded inside the window is never sent, and a trailing send makes
 *   sure the latest one always arrives;
 * - a room of n connections broadcasts presence at most `sendsPerSecond / n`
 *   times a second, so the cost of presence stays bounded however big the
 *   room; and, below a crowd, at most once per `frameMs` (RELAY-3), so a small busy room sends
 *   one broadcast with everybody's latest states instead of one per move (a
 *   room of 6 moving cursors at 5 Hz: 30 moves a second became 30 broadcasts
 *   to 5 sockets each, the bulk of its cost). The first change in a quiet room
 *   goes out in the same turn; a removal never waits, nor does the
 *   facilitator's presence (it keeps its own rate, as in a crowd), nor presence
 *   riding along with an edit;
 * - a message is encoded once for everybody; only the few connections whose
 *   own states are in it get a variant without them (no echo to the sender).
 */
export class PresenceBroadcast {
  /** Which of this instance's connections announced a client id. */
  readonly owners = new Map<number, Connection>();
  private readonly pending = new Set<number>();
  private readonly lastSentAt = new Map<number, number>();
  private readonly clientWindowMs: number;
  private readonly crowdWindowMs: number;
  private readonly crowdThreshold: number;
  private readonly msPerSend: number;
  private readonly frameMs: number;
  private readonly crowdFrameMs: number;
  /** The room's budget (`sendsPerSecond / n`) and its frame allow the next broadcast from then. */
  private nextByBudgetAt = 0;
  private nextByFrameAt = 0;
  /**
   * What is pending may skip a wait: a removal skips both the budget and the
   * frame, the facilitator's state the frame, and in a crowd a state from
   * another instance the crowd's frame (it waited for one there: RELAY-4).
   * Without them, a turn inside the wait needs no look at the pending states.
   */
  private removalPending = false;
  private facilitatorPending = false;
  private remotePending = false;
  private timer: NodeJS.Timeout | null = null;
  private timerDueAt = Infinity;
  /** States replaced by a newer one before they were sent, since the last `takeSuperseded`. */
  private superseded = 0;

  constructor(
    private readonly awareness: Awareness,
    limits: PresenceLimits,
    /** Called when deferred states are due: the room runs a turn and calls `take`. */
    private readonly wake: () => void,
  ) {
    this.clientWindowMs = 1000 / limits.statesPerSecond;
    this.crowdThreshold = limits.crowdThreshold ?? Infinity;
    this.crowdWindowMs = 1000 / (limits.crowdStatesPerSecond ?? limits.statesPerSecond);
    this.msPerSend = 1000 / limits.sendsPerSecond;
    this.frameMs = Math.max(0, limits.frameMs ?? 0);
    this.crowdFrameMs = Math.max(0, limits.crowdFrameMs ?? 0);
  }

  changed(clientId: number): void {
    if (this.pending.has(clientId)) this.superseded++;
    else this.pending.add(clientId);
    if (!this.awareness.states.has(clientId)) this.removalPending = true;
    else if (this.isFacilitators(clientId)) this.facilitatorPending = true;
    else if (!this.owners.has(clientId)) this.remotePending = true;
  }

  takeSuperseded(): number {
    const count = this.superseded;
    this.superseded = 0;
    return count;
  }

  /**
   * The client ids due now (removing them from what is pending), or null if
   * none is. `ridingAlong`: presence goes out with a document update, in the
   * same write to each socket, so the room's window does not hold it back
   * (each client's own rate still does).
   */
  takeDue(now: number, connections: number, ridingAlong = false): number[] | null {
    const crowd = connections >= this.crowdThreshold;
    // RELAY-4: in a crowd every broadcast (an edit's too) reaches every socket
    // with one write each, so presence that became due just after an edit
    // waits for the next edit or the end of the crowd's frame, whichever
    // comes first, instead of a write of its own to every socket.
    if (ridingAlong && crowd) this.nextByFrameAt = now + this.crowdFrameMs;
    if (this.pending.size === 0) return null;
    const frameFreePending = this.facilitatorPending || (crowd && this.remotePending);
    if (!ridingAlong && !this.removalPending) {
      // Inside the wait with nothing that may skip it: a busy room's every
      // move lands here (a small room's in the frame, a hall's in its budget),
      // so it costs no look at each state.
      const until = frameFreePending
        ? this.nextByBudgetAt
        : Math.max(this.nextByBudgetAt, this.nextByFrameAt);
      if (now < until) {
        this.wakeAt(until, now);
        return null;
      }
    }
    let removal = false;
    let facilitators = false;
    /** When the first state still held back by its own rate may go: anybody's, the facilitator's. */
    let earliest = Infinity;
    let earliestFacilitators = Infinity;
    const due: number[] = [];
    for (const id of this.pending) {
      const removed = !this.awareness.states.has(id);
      const eligibleAt = removed
        ? 0
        : (this.lastSentAt.get(id) ?? -Infinity) + this.windowFor(id, crowd);
      if (eligibleAt <= now) {
        due.push(id);
        removal ||= removed;
        facilitators ||= frameFreePending && this.skipsFrame(id, crowd);
      } else {
        earliest = Math.min(earliest, eligibleAt);
        if (frameFreePending && this.skipsFrame(id, crowd)) {
          earliestFacilitators = Math.min(earliestFacilitators, eligibleAt);
        }
      }
    }
    // A removal never waits; the facilitator's presence waits for the room's
    // budget (as before the frame) but not for its frame; what else is due goes along.
    const nextAt = facilitators
      ? this.nextByBudgetAt
      : Math.max(this.nextByBudgetAt, this.nextByFrameAt);
    if (due.length === 0 || (!removal && !ridingAlong && now < nextAt)) {
      const soonest = due.length > 0 ? Math.max(now, nextAt) : Infinity;
      this.wakeAt(Math.min(soonest, this.heldBackUntil(earliest, earliestFacilitators)), now);
      return null;
    }
    for (const id of due) {
      this.pending.delete(id);
      if (this.awareness.states.has(id)) this.lastSentAt.set(id, now);
      else this.lastSentAt.delete(id);
    }
    this.nextByBudgetAt = now + connections * this.msPerSend;
    // A crowd's frame (RELAY-4) counts from its last broadcast of any kind;
    // a smaller room's (RELAY-3) from its last presence.
    this.nextByFrameAt = now + (crowd ? this.crowdFrameMs : this.frameMs);
    // What is left was held back by its own rate: never a removal, maybe the facilitator's.
    this.removalPending = false;
    if (this.facilitatorPending || this.remotePending) {
      this.facilitatorPending = false;
      this.remotePending = false;
      for (const id of this.pending) {
        if (this.isFacilitators(id)) this.facilitatorPending = true;
        else if (!this.owners.has(id)) this.remotePending = true;
      }
    }
    if (this.pending.size > 0) this.wakeAt(this.heldBackUntil(earliest, earliestFacilitators), now);
    return due;
  }

  /** When states held back by their own rate may go: the facilitator's skip the frame. */
  private heldBackUntil(earliest: number, earliestFacilitators: number): number {
    return Math.min(
      Math.max(earliest, this.nextByBudgetAt, this.nextByFrameAt),
      Math.max(earliestFacilitators, this.nextByBudgetAt),
    );
  }

  /**
   * The facilitator's presence skips the frame; in a crowd so does a state
   * from another instance (no owner here), which waited for that instance's.
   */
  private skipsFrame(id: number, crowd: boolean): boolean {
    return this.isFacilitators(id) || (crowd && !this.owners.has(id));
  }

  private isFacilitators(id: number): boolean {
    return this.owners.get(id)?.peer.facilitator === true;
  }

  /**
   * How long a client's states wait after one went out. In a crowd, the
   * facilitator's cursor is the one everybody follows and keeps its rate;
   * states from another instance were thinned there (their owner is not here).
   */
  private windowFor(id: number, crowd: boolean): number {
    if (!crowd) return this.clientWindowMs;
    const owner = this.owners.get(id);
    return owner && !owner.peer.facilitator ? this.crowdWindowMs : this.clientWindowMs;
  }

  /** Encodes the states of `ids` once, and a variant for each connection that owns some of them. */
  encode(ids: readonly number[]): PresenceMessages {
    const entries: Uint8Array[] = [];
    const entryIds: number[] = [];
    for (const id of ids) {
      const meta = this.awareness.meta.get(id);
      if (!meta) continue;
      entries.push(encodeAwarenessEntry(id, meta.clock, this.awareness.states.get(id)));
      entryIds.push(id);
    }
    const forSender = new Map<Connection, Uint8Array | null>();
    for (const id of entryIds) {
      const owner = this.owners.get(id);
      if (!owner || forSender.has(owner)) continue;
      const own = (i: number) => owner.awarenessClients.has(entryIds[i]!);
      const othersCount = entryIds.filter((other) => !owner.awarenessClients.has(other)).length;
      forSender.set(owner, othersCount === 0 ? null : assembleAwarenessMessage(entries, own));
    }
    return { ids: entryIds, forEveryone: assembleAwarenessMessage(entries), forSender };
  }

  /** Every client's latest state, removals included (for a socket that was behind). */
  encodeEverything(): PresenceMessages {
    return this.encode([...this.awareness.meta.keys()]);
  }

  /** A connection announced (`added`) or removed client ids of its own: it owns those. */
  claim(connection: Connection, change: { added: number[]; removed: number[] }): void {
    for (const id of change.added) {
      connection.awarenessClients.add(id);
      this.owners.set(id, connection);
    }
    for (const id of change.removed) {
      connection.awarenessClients.delete(id);
      if (this.owners.get(id) === connection) this.owners.delete(id);
    }
  }

  /** Forget a connection that left (its states are being removed). */
  forget(connection: Connection): void {
    for (const id of connection.awarenessClients) {
      if (this.owners.get(id) === connection) this.owners.delete(id);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private wakeAt(dueAt: number, now: number): void {
    if (this.timer && this.timerDueAt <= dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = dueAt;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerDueAt = Infinity;
        this.wake();
      },
      Math.max(0, Math.ceil(dueAt - now)),
    );
    this.timer.unref();
  }
}
