import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { boardDifference } from './board.js';
import { type ClientSlot, LoadClient, sleep } from './live-clients.js';
import type { FromObserver, ToObserver } from './observer-process.js';
import { raiseObservers } from './pinning.js';
import { cpuWindow, peakRssMb } from './proc-stats.js';
import { ProtocolClient, nowMs } from './protocol-client.js';
import { type ServerSelfReport, startSelfReport } from './server-metrics.js';
import { type RunningServer, mapLimited } from './servers.js';
import { type Distribution, distribution } from './stats.js';

/**
 * A live workshop (M40, C200, R100, R20): in each room every client drags
 * its own note (editHz) and the first `cursorClientsPerRoom` also move their
 * cursor (cursorHz); the first `observers` clients of each room also decode
 * everything and time each edit and cursor they receive from the others,
 * from a process of their own.
 */
export interface LiveScenario {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  observersPerRoom: number;
  /** Clients per room that move their cursor (the first ones); the others only edit. */
  cursorClientsPerRoom: number;
  /** Clients per room that edit (the first ones); absent: all of them. The rest only watch. */
  writersPerRoom?: number;
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
  /** Cursor states all clients sent (with `editsSent`: the messages the server had to handle). */
  cursorsSent: number;
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
  /** Write system calls the server made during the load (NaN where /proc/<pid>/io is unreadable). */
  serverWriteCalls?: number;
  serverPeakRssMb: number;
  generatorCpuS: number;
  /** CPU used by every other process on the machine during the load: noise. */
  otherCpuS: number;
  /** Frames the clients received during the load (the server's fan-out after any coalescing). */
  framesToClients: number;
  /** How the observers were scheduled against the generator (see pinning.ts). */
  observerPriority: string;
  /** The server's own account of the load window (event-loop delay; for ours also storage). */
  self: ServerSelfReport;
  loadS: number;
}

const CONNECT_TIMEOUT_MS = 30_000;

/** The observer process (observer-process.ts): forked with this run's loader (tsx). */
const OBSERVER_PROCESS = fileURLToPath(new URL('./observer-process.ts', import.meta.url));

/**
 * A live workshop run. In every room the first `observersPerRoom` clients
 * observe; they run in a process of their own (see observer-process.ts),
 * every other client runs here and decodes only the sync handshake.
 */
export async function runLive(server: RunningServer, scenario: LiveScenario): Promise<LiveResult> {
  const targets = await server.provision(scenario.rooms, scenario.clientsPerRoom + 1);
  const slots = targets.map((roomTargets, room) =>
    Array.from({ length: scenario.clientsPerRoom }, (_, index) => ({
      key: `bench-${room}-${index}`,
      room,
      index,
      target: roomTargets[index]!,
      movesCursor: index < scenario.cursorClientsPerRoom,
      writes: scenario.writersPerRoom === undefined || index < scenario.writersPerRoom,
    })),
  );
  const isObserver = (slot: ClientSlot) => slot.index < scenario.observersPerRoom;
  const references = targets.map(() => new Y.Doc());
  const loadClients = slots
    .flat()
    .filter((slot) => !isObserver(slot))
    .map((slot) => new LoadClient(slot, false));
  const observers = new ObserverProcess();
  try {
    const { initialStates } = await observers.ask(
      {
        type: 'setup',
        slots: slots.flat().filter(isObserver),
        rooms: scenario.rooms,
        rates: scenario,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      },
      'connected',
    );
    await mapLimited(loadClients.length, 16, (i) =>
      loadClients[i]!.protocol.connect(CONNECT_TIMEOUT_MS),
    );
    // A server may start a board with items of its own (ours: a frame per phase):
    // the reference doc starts from what the clients were sent on joining.
    references.forEach((reference, room) => Y.applyUpdate(reference, initialStates[room]!));

    const endSelfReport = await startSelfReport(server);
    const framesBefore = loadClients.reduce((sum, client) => sum + client.protocol.framesIn, 0);
    const cpu = cpuWindow(server.pids, [observers.pid]);
    const loadStart = nowMs();
    const timedFrom = loadStart + scenario.warmupS * 1000;
    observers.tell({ type: 'start', timedFrom });
    const timers = loadClients.flatMap((client) => client.start(scenario));
    await sleep(scenario.durationS * 1000);
    for (const stop of timers) stop();
    // CPU over the load only: what follows (the drain, the observers' reports over IPC, the
    // ledger) is the generator's bookkeeping, and counted it made the generator look busier
    // than it was under the load (it is divided by the load's seconds).
    const used = cpu();
    const stopped = await observers.ask({ type: 'stop' }, 'stopped');
    const loadEnd = nowMs();

    // Every edit's send time, by note key and seq; and who sent how much.
    const ledger = new Map<string, number[]>();
    const sentBy = new Map<string, { room: number; edits: number; cursors: number }>();
    for (const client of loadClients) {
      ledger.set(client.slot.key, client.sentAts);
      sentBy.set(client.slot.key, {
        room: client.slot.room,
        edits: client.editsSent,
        cursors: client.cursorsSent,
      });
    }
    for (const sent of stopped.sent) {
      ledger.set(sent.key, sent.sentAts);
      const room = slots.flat().find((slot) => slot.key === sent.key)!.room;
      sentBy.set(sent.key, { room, edits: sent.editsSent, cursors: sent.cursorsSent });
    }
    stopped.ownChanges.forEach((update, room) => Y.applyUpdate(references[room]!, update));
    // Every load client's own changes, taken from its document once the load has stopped (not
    // applied edit by edit during it): a load client applies nothing it receives after the
    // handshake, so its document is what it joined with and what it wrote, never over the network.
    for (const client of loadClients) {
      Y.applyUpdate(references[client.slot.room]!, Y.encodeStateAsUpdate(client.protocol.doc));
    }
    const sentToward = (key: string, room: number, what: 'edits' | 'cursors') =>
      [...sentBy].reduce(
        (sum, [other, sent]) => sum + (other !== key && sent.room === room ? sent[what] : 0),
        0,
      );
    const expected: Record<string, number> = {};
    for (const slot of slots.flat().filter(isObserver)) {
      expected[slot.key] = sentToward(slot.key, slot.room, 'edits');
    }
    const { observers: reports } = await observers.ask(
      { type: 'drain', expected, drainMs: scenario.drainS * 1000 },
      'result',
    );

    const self = await endSelfReport();

    const editLatencies: number[] = [];
    const cursorLatencies: number[] = [];
    let divergence: string | undefined;
    let convergedCount = 0;
    let editsExpected = 0;
    let editsSeen = 0;
    let cursorsExpected = 0;
    let cursorsSeen = 0;
    let framesToClients =
      loadClients.reduce((sum, client) => sum + client.protocol.framesIn, 0) - framesBefore;
    for (const report of reports) {
      const { keys, seqs, times } = report.arrivals;
      for (let i = 0; i < seqs.length; i++) {
        const sentAt = ledger.get(keys[i]!)?.[seqs[i]!];
        if (sentAt !== undefined && sentAt >= timedFrom) editLatencies.push(times[i]! - sentAt);
      }
      for (const latency of report.cursorLatencies) cursorLatencies.push(latency);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, report.state);
      const difference = boardDifference(doc, references[report.room]!);
      if (difference === null) convergedCount++;
      else divergence ??= `observer: ${difference}`;
      editsExpected += expected[report.key] ?? 0;
      editsSeen += seqs.length;
      cursorsExpected += sentToward(report.key, report.room, 'cursors');
      cursorsSeen += report.cursorsSeen;
      framesToClients += report.framesDuringLoad;
    }
    // A late joiner per room checks what the server itself holds.
    const lateJoiners = await mapLimited(targets.length, 8, async (room) => {
      const joiner = new ProtocolClient({
        ...targets[room]![scenario.clientsPerRoom]!,
        observe: true,
      });
      try {
        await joiner.connect(CONNECT_TIMEOUT_MS);
        const difference = boardDifference(joiner.doc, references[room]!);
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
      editLatencyMs: distribution(editLatencies),
      cursorLatencyMs: distribution(cursorLatencies),
      editsSent: [...sentBy.values()].reduce((sum, sent) => sum + sent.edits, 0),
      cursorsSent: [...sentBy.values()].reduce((sum, sent) => sum + sent.cursors, 0),
      editsDelivered: editsExpected > 0 ? editsSeen / editsExpected : Number.NaN,
      cursorsSeen: cursorsExpected > 0 ? cursorsSeen / cursorsExpected : Number.NaN,
      converged: convergedCount === reports.length && lateConverged === targets.length,
      convergedClients: `${convergedCount + lateConverged}/${reports.length + targets.length}`,
      divergence,
      disconnects:
        loadClients.filter((client) => client.protocol.lostConnection).length +
        reports.filter((report) => report.lostConnection).length,
      serverCpuS: used.serverS,
      serverWriteCalls: used.serverWrites,
      serverPeakRssMb: server.pids.reduce((sum, pid) => sum + peakRssMb(pid), 0),
      generatorCpuS: used.generatorS,
      otherCpuS: used.otherS,
      framesToClients,
      observerPriority: observers.priority,
      self,
      loadS: (loadEnd - loadStart) / 1000,
    };
  } finally {
    for (const client of loadClients) client.protocol.close();
    await observers.close();
    await sleep(100);
  }
}

/** The forked observer process, spoken to by request and answer. */
class ObserverProcess {
  /** How the observer process is scheduled against the generator (pinning.ts). */
  readonly priority: string;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private waiting: {
    type: string;
    resolve: (message: FromObserver) => void;
    reject: (error: Error) => void;
  } | null = null;

  constructor() {
    this.child = fork(OBSERVER_PROCESS, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((done) => this.child.once('exit', () => done()));
    this.priority = raiseObservers(this.child.pid!);
    this.child.on('message', (message: FromObserver) => {
      const waiting = this.waiting;
      if (!waiting) return;
      this.waiting = null;
      if (message.type === 'failed')
        waiting.reject(new Error(`observer process: ${message.message}`));
      else if (message.type !== waiting.type)
        waiting.reject(new Error(`observer process answered ${message.type}, not ${waiting.type}`));
      else waiting.resolve(message);
    });
    this.child.once('exit', (code) => {
      this.waiting?.reject(new Error(`observer process exited (${code})`));
      this.waiting = null;
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  tell(message: ToObserver): void {
    this.child.send(message);
  }

  ask<T extends FromObserver['type']>(
    message: ToObserver,
    answer: T,
  ): Promise<Extract<FromObserver, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiting = {
        type: answer,
        resolve: resolve as (message: FromObserver) => void,
        reject,
      };
      this.child.send(message);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.connected) this.child.send({ type: 'close' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export { sleep };
