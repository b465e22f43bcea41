import * as Y from 'yjs';
import { ITEMS, boardDifference, createNote, moveNote, noteSeq } from './board.js';
import { cpuWindow, peakRssMb } from './proc-stats.js';
import { ProtocolClient, REMOTE, nowMs } from './protocol-client.js';
import { type ServerSelfReport, startSelfReport } from './server-metrics.js';
import { type ClientTarget, type RunningServer, mapLimited } from './servers.js';
import { type Distribution, distribution } from './stats.js';

/**
 * A live workshop (M40, C200, R100, R20): in each room every client drags
 * its own note (editHz) and the first `cursorClientsPerRoom` also move their
 * cursor (cursorHz); the first `observers` clients of each room also decode
 * everything and time each edit and cursor they receive from the others.
 */
export interface LiveScenario {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  observersPerRoom: number;
  /** Clients per room that move their cursor (the first ones); the others only edit. */
  cursorClientsPerRoom: number;
  editHz: number;
  cursorHz: number;
  durationS: number;
  /** Edits and cursors sent in the first seconds are delivered but not timed. */
  warmupS: number;
  /** After the load stops, wait at most this long for the last edits to arrive. */
  drainS: number;
}

export interface LiveResult {
  editLatencyMs: Distribution;
  cursorLatencyMs: Distribution;
  editsSent: number;
  /** Edits by others that reached the observers, over those sent (×observers). */
  editsDelivered: number;
  /** Cursor states observers received, over those sent; the rest were superseded or lost. */
  cursorsSeen: number;
  converged: boolean;
  /** Observers + one late joiner per room whose board matched the reference doc. */
  convergedClients: string;
  /** What differed, for the first client that did not converge. */
  divergence?: string;
  disconnects: number;
  serverCpuS: number;
  serverPeakRssMb: number;
  generatorCpuS: number;
  /** CPU used by every other process on the machine during the load: noise. */
  otherCpuS: number;
  /** Frames the clients received during the load (the server's fan-out after any coalescing). */
  framesToClients: number;
  /** The server's own account of the load window (event-loop delay; for ours also storage). */
  self: ServerSelfReport;
  loadS: number;
}

interface Client {
  key: string;
  protocol: ProtocolClient;
  observer?: Observer;
  editsSent: number;
  cursorsSent: number;
}

interface Observer {
  lastSeq: Map<string, number>;
  lastCursorClock: Map<number, number>;
  editsSeen: number;
  cursorsSeen: number;
}

interface Room {
  reference: Y.Doc;
  /** Send time of every edit, by note key and seq: shared in-process, exact per edit. */
  ledger: Map<string, number[]>;
  clients: Client[];
  lateJoiner: ClientTarget;
}

const CONNECT_TIMEOUT_MS = 30_000;

/** Latency samples of the timed part of the load (edits and cursors sent from `from` on). */
interface Timing {
  from: number;
  edits: number[];
  cursors: number[];
}

export async function runLive(server: RunningServer, scenario: LiveScenario): Promise<LiveResult> {
  const targets = await server.provision(scenario.rooms, scenario.clientsPerRoom + 1);
  const timing: Timing = { from: Number.POSITIVE_INFINITY, edits: [], cursors: [] };
  const rooms = targets.map((roomTargets, index) =>
    buildRoom(roomTargets, index, scenario, timing),
  );

  const allClients = rooms.flatMap((room) => room.clients);
  try {
    await mapLimited(allClients.length, 16, (i) =>
      allClients[i]!.protocol.connect(CONNECT_TIMEOUT_MS),
    );

    // A server may start a board with items of its own (ours: a frame per phase):
    // the reference doc starts from what the clients were sent on joining.
    for (const room of rooms) {
      Y.applyUpdate(room.reference, Y.encodeStateAsUpdate(room.clients[0]!.protocol.doc));
    }

    const endSelfReport = await startSelfReport(server);
    const framesBefore = allClients.reduce((sum, client) => sum + client.protocol.framesIn, 0);
    const cpu = cpuWindow(server.pid);
    const loadStart = nowMs();
    timing.from = loadStart + scenario.warmupS * 1000;
    const timers = rooms.flatMap((room) =>
      room.clients.flatMap((client) => startClientLoad(room, client, scenario)),
    );
    await sleep(scenario.durationS * 1000);
    for (const stop of timers) stop();
    const loadEnd = nowMs();

    const expectedFor = (room: Room, client: Client) =>
      room.clients.reduce((sum, other) => sum + (other === client ? 0 : other.editsSent), 0);
    const everythingArrived = () =>
      rooms.every((room) =>
        room.clients.every(
          (client) => !client.observer || client.observer.editsSeen >= expectedFor(room, client),
        ),
      );
    const drainDeadline = nowMs() + scenario.drainS * 1000;
    while (!everythingArrived() && nowMs() < drainDeadline) await sleep(50);
    await sleep(200); // the last cursor frames

    const used = cpu();
    const framesToClients =
      allClients.reduce((sum, client) => sum + client.protocol.framesIn, 0) - framesBefore;
    const self = await endSelfReport();

    let divergence: string | undefined;
    let observers = 0;
    let convergedCount = 0;
    let editsExpected = 0;
    let editsSeen = 0;
    let cursorsExpected = 0;
    let cursorsSeen = 0;
    for (const room of rooms) {
      for (const client of room.clients) {
        if (!client.observer) continue;
        observers++;
        const difference = boardDifference(client.protocol.doc, room.reference);
        if (difference === null) convergedCount++;
        else divergence ??= `observer: ${difference}`;
        editsExpected += expectedFor(room, client);
        editsSeen += client.observer.editsSeen;
        cursorsExpected += room.clients.reduce(
          (sum, other) => sum + (other === client ? 0 : other.cursorsSent),
          0,
        );
        cursorsSeen += client.observer.cursorsSeen;
      }
    }
    // A late joiner per room checks what the server itself holds.
    const lateJoiners = await mapLimited(rooms.length, 8, async (i) => {
      const joiner = new ProtocolClient({ ...rooms[i]!.lateJoiner, observe: true });
      try {
        await joiner.connect(CONNECT_TIMEOUT_MS);
        const difference = boardDifference(joiner.doc, rooms[i]!.reference);
        if (difference !== null) divergence ??= `late joiner: ${difference}`;
        return difference === null;
      } catch (error) {
        divergence ??= `late joiner: ${error instanceof Error ? error.message : String(error)}`;
        return false;
      } finally {
        joiner.close();
      }
    });
    const lateConverged = lateJoiners.filter(Boolean).length;

    return {
      editLatencyMs: distribution(timing.edits),
      cursorLatencyMs: distribution(timing.cursors),
      editsSent: allClients.reduce((sum, client) => sum + client.editsSent, 0),
      editsDelivered: editsExpected > 0 ? editsSeen / editsExpected : Number.NaN,
      cursorsSeen: cursorsExpected > 0 ? cursorsSeen / cursorsExpected : Number.NaN,
      converged: convergedCount === observers && lateConverged === rooms.length,
      convergedClients: `${convergedCount + lateConverged}/${observers + rooms.length}`,
      divergence,
      disconnects: allClients.filter((client) => client.protocol.lostConnection).length,
      serverCpuS: used.serverS,
      serverPeakRssMb: peakRssMb(server.pid),
      generatorCpuS: used.generatorS,
      otherCpuS: used.otherS,
      framesToClients,
      self,
      loadS: (loadEnd - loadStart) / 1000,
    };
  } finally {
    for (const client of allClients) client.protocol.close();
    await sleep(100);
  }
}

/** One room's clients (the last target is kept for the late joiner) and its reference doc. */
function buildRoom(
  roomTargets: ClientTarget[],
  roomIndex: number,
  scenario: LiveScenario,
  timing: Timing,
): Room {
  const room: Room = {
    reference: new Y.Doc(),
    ledger: new Map(),
    clients: [],
    lateJoiner: roomTargets[scenario.clientsPerRoom]!,
  };
  for (let i = 0; i < scenario.clientsPerRoom; i++) {
    const key = `bench-${roomIndex}-${i}`;
    room.ledger.set(key, []);
    const observer: Observer | undefined =
      i < scenario.observersPerRoom
        ? { lastSeq: new Map(), lastCursorClock: new Map(), editsSeen: 0, cursorsSeen: 0 }
        : undefined;
    const protocol = new ProtocolClient({
      ...roomTargets[i]!,
      observe: observer !== undefined,
      onAwareness: (clientId, clock, state, receivedAt) => {
        if (!observer || clientId === protocol.doc.clientID) return;
        if (clock <= (observer.lastCursorClock.get(clientId) ?? 0)) return;
        observer.lastCursorClock.set(clientId, clock);
        observer.cursorsSeen++;
        const sentAt = (state as { sentAt?: unknown } | null)?.sentAt;
        if (typeof sentAt === 'number' && sentAt >= timing.from) {
          timing.cursors.push(receivedAt - sentAt);
        }
      },
    });
    // The reference doc receives every local change directly, not over the network.
    protocol.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) Y.applyUpdate(room.reference, update);
    });
    if (observer) observeEdits(protocol, key, observer, room.ledger, timing);
    room.clients.push({ key, protocol, observer, editsSent: 0, cursorsSent: 0 });
  }
  return room;
}

/** Count and time every edit by another client as it reaches this observer's doc. */
function observeEdits(
  protocol: ProtocolClient,
  ownKey: string,
  observer: Observer,
  ledger: Room['ledger'],
  timing: Timing,
): void {
  protocol.doc.getMap(ITEMS).observeDeep((events, transaction) => {
    if (transaction.origin !== REMOTE) return;
    const touched = new Set<string>();
    for (const event of events) {
      if (event.path.length > 0) touched.add(String(event.path[0]));
      else if (event instanceof Y.YMapEvent) for (const k of event.keysChanged) touched.add(k);
    }
    for (const noteKey of touched) {
      if (noteKey === ownKey) continue;
      const seq = noteSeq(protocol.doc, noteKey);
      const seen = observer.lastSeq.get(noteKey) ?? -1;
      if (seq <= seen) continue;
      // Yjs integrates a writer's changes in order, so every seq up to this one is here now.
      const sentAts = ledger.get(noteKey) ?? [];
      for (let s = seen + 1; s <= seq; s++) {
        observer.editsSeen++;
        const sentAt = sentAts[s];
        if (sentAt !== undefined && sentAt >= timing.from) {
          timing.edits.push(protocol.receivedAt - sentAt);
        }
      }
      observer.lastSeq.set(noteKey, seq);
    }
  });
}

/** Start one client's edit and cursor timers at a random phase; returns their stoppers. */
function startClientLoad(room: Room, client: Client, scenario: LiveScenario): (() => void)[] {
  const { doc } = client.protocol;
  const sentAts = room.ledger.get(client.key)!;
  const edit = () => {
    if (!client.protocol.isOpen) return;
    const stamp = { seq: client.editsSent, sentAt: nowMs() };
    sentAts[stamp.seq] = stamp.sentAt;
    client.editsSent++;
    if (stamp.seq === 0) {
      const index = room.clients.indexOf(client);
      doc.transact(() => createNote(doc, client.key, index, stamp));
    } else {
      moveNote(doc, client.key, stamp);
    }
  };
  const moveCursor = () => {
    if (!client.protocol.isOpen) return;
    client.cursorsSent++;
    client.protocol.sendPresence({
      user: { name: client.key },
      cursor: { x: Math.round(Math.random() * 8000), y: Math.round(Math.random() * 4000) },
      sentAt: nowMs(),
    });
  };
  const movesCursor = room.clients.indexOf(client) < scenario.cursorClientsPerRoom;
  return [
    every(1000 / scenario.editHz, edit),
    ...(movesCursor ? [every(1000 / scenario.cursorHz, moveCursor)] : []),
  ];
}

/** Call `tick` every `periodMs`, first after a random part of one period. */
function every(periodMs: number, tick: () => void): () => void {
  if (!Number.isFinite(periodMs) || periodMs <= 0) return () => {};
  let interval: NodeJS.Timeout | undefined;
  const start = setTimeout(() => {
    tick();
    interval = setInterval(tick, periodMs);
  }, Math.random() * periodMs);
  return () => {
    clearTimeout(start);
    clearInterval(interval);
  };
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
