import * as Y from 'yjs';
import { type Arrivals, type ClientSlot, type LoadRates, Observer, sleep } from './live-clients.js';
import { REMOTE } from './protocol-client.js';
import { mapLimited } from './servers.js';

/**
 * The observers of a live scenario, in a process of their own (forked by
 * live-scenario.ts). A real participant's device does nothing but its own
 * socket; in the generator's process an observer would also wait for the
 * timers, sends and garbage collections of hundreds of other clients, and
 * that wait, the same for every server, would land in every latency figure.
 * The observers still write and move their cursors like everybody else.
 * Times come from the machine's monotonic clock (`nowMs`), shared by both processes.
 */

export type ToObserver =
  | {
      type: 'setup';
      slots: ClientSlot[];
      rooms: number;
      rates: LoadRates;
      connectTimeoutMs: number;
    }
  | { type: 'start'; timedFrom: number }
  | { type: 'stop' }
  | { type: 'drain'; expected: Record<string, number>; drainMs: number }
  | { type: 'close' };

export interface SentReport {
  key: string;
  editsSent: number;
  cursorsSent: number;
  sentAts: number[];
}

export interface ObserverReport {
  key: string;
  room: number;
  arrivals: Arrivals;
  cursorLatencies: number[];
  cursorsSeen: number;
  /** The observer's whole document, for the convergence check. */
  state: Uint8Array;
  lostConnection: boolean;
  framesDuringLoad: number;
}

export type FromObserver =
  | { type: 'connected'; initialStates: Uint8Array[] }
  | { type: 'stopped'; sent: SentReport[]; ownChanges: Uint8Array[] }
  | { type: 'result'; observers: ObserverReport[] }
  | { type: 'failed'; message: string };

const send = (message: FromObserver) => process.send!(message);

let observers: Observer[] = [];
/** Per room, every change the observers made themselves (for the reference document). */
let ownChanges: Y.Doc[] = [];
let stoppers: (() => void)[] = [];
let rates: LoadRates = { editHz: 0, cursorHz: 0 };
const framesAtStart = new Map<Observer, number>();

async function setup(message: Extract<ToObserver, { type: 'setup' }>): Promise<void> {
  rates = message.rates;
  ownChanges = Array.from({ length: message.rooms }, () => new Y.Doc());
  observers = message.slots.map((slot) => new Observer(slot));
  for (const observer of observers) {
    observer.client.protocol.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) Y.applyUpdate(ownChanges[observer.client.slot.room]!, update);
    });
  }
  await mapLimited(observers.length, 16, (i) =>
    observers[i]!.client.protocol.connect(message.connectTimeoutMs),
  );
  const initialStates: Uint8Array[] = [];
  for (const observer of observers) {
    initialStates[observer.client.slot.room] ??= Y.encodeStateAsUpdate(
      observer.client.protocol.doc,
    );
  }
  send({ type: 'connected', initialStates });
}

function start(timedFrom: number): void {
  for (const observer of observers) {
    observer.timedFrom = timedFrom;
    framesAtStart.set(observer, observer.client.protocol.framesIn);
  }
  stoppers = observers.flatMap((observer) => observer.client.start(rates));
}

function stop(): void {
  for (const stopper of stoppers) stopper();
  send({
    type: 'stopped',
    sent: observers.map(({ client }) => ({
      key: client.slot.key,
      editsSent: client.editsSent,
      cursorsSent: client.cursorsSent,
      sentAts: client.sentAts,
    })),
    ownChanges: ownChanges.map((doc) => Y.encodeStateAsUpdate(doc)),
  });
}

async function drain(expected: Record<string, number>, drainMs: number): Promise<void> {
  const deadline = Date.now() + drainMs;
  const arrived = () =>
    observers.every((observer) => observer.editsSeen >= (expected[observer.client.slot.key] ?? 0));
  while (!arrived() && Date.now() < deadline) await sleep(50);
  await sleep(200); // the last cursor frames
  send({
    type: 'result',
    observers: observers.map((observer) => ({
      key: observer.client.slot.key,
      room: observer.client.slot.room,
      arrivals: observer.arrivals,
      cursorLatencies: observer.cursorLatencies,
      cursorsSeen: observer.cursorsSeen,
      state: Y.encodeStateAsUpdate(observer.client.protocol.doc),
      lostConnection: observer.client.protocol.lostConnection,
      framesDuringLoad: observer.client.protocol.framesIn - (framesAtStart.get(observer) ?? 0),
    })),
  });
}

function fail(error: unknown): void {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

process.on('message', (message: ToObserver) => {
  switch (message.type) {
    case 'setup':
      setup(message).catch(fail);
      return;
    case 'start':
      start(message.timedFrom);
      return;
    case 'stop':
      stop();
      return;
    case 'drain':
      drain(message.expected, message.drainMs).catch(fail);
      return;
    case 'close':
      for (const observer of observers) observer.client.protocol.close();
      setTimeout(() => process.exit(0), 100);
      return;
  }
});
// The generator went away (Ctrl-C, a crash): so do we.
process.on('disconnect', () => process.exit(0));
