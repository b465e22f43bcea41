import * as Y from 'yjs';
import { createNote, sameBoard } from './board.js';
import { sleep } from './live-scenario.js';
import { cpuWindow, peakRssMb } from './proc-stats.js';
import { ProtocolClient, nowMs } from './protocol-client.js';
import type { ClientTarget, RunningServer } from './servers.js';
import { median } from './stats.js';

/**
 * BIG10K (BIG2K): one writer preloads a board of `notes` notes in batches; then fresh
 * joiners connect one after another and are timed from socket open to a
 * fully applied sync step 2. The writer stays connected (a live meeting).
 */
export interface JoinScenario {
  name: string;
  notes: number;
  /** Notes per update the writer sends while preloading. */
  batch: number;
  joiners: number;
}

export interface JoinResult {
  /**
   * new WebSocket() → the whole sync step 2 frame received, per joiner, ms: what
   * BIG10K compares. It counts from before the upgrade because a server may send
   * the board as soon as it accepts the socket, before the client sees "open".
   */
  connectToReceivedMs: number[];
  medianConnectToReceivedMs: number;
  maxConnectToReceivedMs: number;
  /** Socket open → the whole sync step 2 frame received (before the client decodes it), per joiner, ms. */
  openToReceivedMs: number[];
  medianOpenToReceivedMs: number;
  /** Socket open → sync step 2 applied (board complete), per joiner, ms. */
  openToSyncedMs: number[];
  medianOpenToSyncedMs: number;
  maxOpenToSyncedMs: number;
  /** new WebSocket() → board complete (adds the upgrade and, for ours, the token check). */
  medianConnectToSyncedMs: number;
  /** Applying the same board update in-process, no network: the client's share of the above. */
  medianLocalApplyMs: number;
  syncStep2Bytes: number;
  preloadS: number;
  allComplete: boolean;
  serverCpuS: number;
  serverPeakRssMb: number;
  generatorCpuS: number;
  otherCpuS: number;
}

const TIMEOUT_MS = 60_000;

export async function runJoin(server: RunningServer, scenario: JoinScenario): Promise<JoinResult> {
  // One writer, one check that the preload is all there, then the timed joiners.
  const [targets] = await server.provision(1, scenario.joiners + 2);
  const roomTargets = targets!;
  const writer = new ProtocolClient({ ...roomTargets[0]!, observe: false });
  const clients: ProtocolClient[] = [writer];
  try {
    await writer.connect(TIMEOUT_MS);
    const preloadStart = nowMs();
    for (let first = 0; first < scenario.notes; first += scenario.batch) {
      const last = Math.min(scenario.notes, first + scenario.batch);
      writer.doc.transact(() => {
        for (let i = first; i < last; i++) {
          createNote(writer.doc, `note-${i}`, i, { seq: 0, sentAt: nowMs() });
        }
      });
      await sleep(20); // ≤ 50 frames/s, well inside the per-socket rate limit
    }
    await waitUntilServerHas(roomTargets[1]!, writer.doc, clients);
    const preloadS = (nowMs() - preloadStart) / 1000;

    const localApplyMs = measureLocalApply(writer.doc, Math.max(5, scenario.joiners));

    const cpu = cpuWindow(server.pid);
    const connectToReceived: number[] = [];
    const openToReceived: number[] = [];
    const openToSynced: number[] = [];
    const connectToSynced: number[] = [];
    let syncStep2Bytes = 0;
    let allComplete = true;
    for (let i = 0; i < scenario.joiners; i++) {
      const joiner = new ProtocolClient({ ...roomTargets[i + 2]!, observe: true });
      clients.push(joiner);
      await joiner.connect(TIMEOUT_MS);
      connectToReceived.push(joiner.times.syncReceived - joiner.times.created);
      openToReceived.push(joiner.times.syncReceived - joiner.times.opened);
      openToSynced.push(joiner.times.synced - joiner.times.opened);
      connectToSynced.push(joiner.times.synced - joiner.times.created);
      syncStep2Bytes = joiner.syncStep2Bytes;
      // The writer's doc also holds whatever the server put on the board before the preload.
      allComplete &&= sameBoard(joiner.doc, writer.doc);
      joiner.close();
      await sleep(250);
    }
    const used = cpu();
    return {
      connectToReceivedMs: connectToReceived,
      medianConnectToReceivedMs: median(connectToReceived),
      maxConnectToReceivedMs: Math.max(...connectToReceived),
      openToReceivedMs: openToReceived,
      medianOpenToReceivedMs: median(openToReceived),
      openToSyncedMs: openToSynced,
      medianOpenToSyncedMs: median(openToSynced),
      maxOpenToSyncedMs: Math.max(...openToSynced),
      medianConnectToSyncedMs: median(connectToSynced),
      medianLocalApplyMs: median(localApplyMs),
      syncStep2Bytes,
      preloadS,
      allComplete,
      serverCpuS: used.serverS,
      serverPeakRssMb: peakRssMb(server.pid),
      generatorCpuS: used.generatorS,
      otherCpuS: used.otherS,
    };
  } finally {
    for (const client of clients) client.close();
    await sleep(100);
  }
}

/**
 * Decode the whole board into fresh docs in-process: warms the generator's
 * Yjs code up (so the first timed joiner is not also timing the JIT) and
 * tells how much of open → synced is the client's own work.
 */
function measureLocalApply(board: Y.Doc, times: number): number[] {
  const update = Y.encodeStateAsUpdate(board);
  for (let i = 0; i < 3; i++) Y.applyUpdate(new Y.Doc(), update);
  return Array.from({ length: times }, () => {
    const started = performance.now();
    Y.applyUpdate(new Y.Doc(), update);
    return performance.now() - started;
  });
}

/** Join (untimed) and wait until its board equals the writer's: the preload has landed. */
async function waitUntilServerHas(
  target: ClientTarget,
  expected: Y.Doc,
  clients: ProtocolClient[],
): Promise<void> {
  const check = new ProtocolClient({ ...target, observe: true });
  clients.push(check);
  await check.connect(TIMEOUT_MS);
  // The server may still be relaying the last batches; the check client receives them live.
  const deadline = nowMs() + TIMEOUT_MS;
  while (!sameBoard(check.doc, expected)) {
    if (nowMs() >= deadline) throw new Error('the preloaded board never reached the server');
    await sleep(100);
  }
  check.close();
}
