/**
 * The server's part of joining a big board (issue 21), per initial-sync
 * encoding: a board of `--notes` notes is written through our server, then
 * fresh joiners connect one after another with `?sync=v1` (y-websocket's
 * sync step 2), `v2`, `v2gz` (JOIN-2) and `v2parts` (JOIN-11), and are timed from
 * `new WebSocket()` until the whole board message has arrived (what
 * BIG10K in relay.ts calls the server's part), and until it is decoded into
 * a Y.Doc. Over loopback, so the bytes cost nothing here: add them at your
 * network's rate (`--mbit`, default 20 = the phone benchmark's 4G).
 *
 *   cd bench && npx tsx join-server.ts [--notes 10000] [--joiners 5] [--mbit 20]
 *
 * Needs `pnpm run build` first.
 */
import { SYNC_V2_GZIP_MESSAGE, SYNC_V2_MESSAGE, SYNC_V2_PARTS_MESSAGE } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import { gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createBoard } from './lib/render-fill.js';
import { killAllServers, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const notes = Number(option('notes', '10000'));
const joiners = Number(option('joiners', '5'));
const mbit = Number(option('mbit', '20'));
const ENCODINGS = ['v1', 'v2', 'v2gz', 'v2parts'] as const;

interface Join {
  receivedMs: number;
  decodedMs: number;
  bytes: number;
}

/** One fresh joiner: connect, ask for everything, wait for the board, decode it. */
function join(url: string): Promise<Join> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = new WebSocket(url);
    socket.binaryType = 'nodebuffer';
    socket.on('error', reject);
    socket.on('open', () => socket.send(Uint8Array.from([0, 0, 1, 0])));
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      const isStep2 = type === 0 && decoding.readVarUint(decoder) === 1;
      const v2 = [SYNC_V2_MESSAGE, SYNC_V2_GZIP_MESSAGE, SYNC_V2_PARTS_MESSAGE].includes(type);
      if (!isStep2 && !v2) return;
      const receivedMs = performance.now() - started;
      const payload = decoding.readVarUint8Array(decoder);
      const doc = new Y.Doc();
      if (isStep2) Y.applyUpdate(doc, payload);
      else if (type === SYNC_V2_PARTS_MESSAGE) {
        const parts = decoding.createDecoder(gunzipSync(payload));
        for (let n = decoding.readVarUint(parts); n > 0; n--)
          Y.applyUpdateV2(doc, decoding.readVarUint8Array(parts));
      } else Y.applyUpdateV2(doc, type === SYNC_V2_GZIP_MESSAGE ? gunzipSync(payload) : payload);
      const decodedMs = performance.now() - started;
      const count = doc.getMap('items').size;
      socket.close();
      if (count < notes) reject(new Error(`joiner got ${count} items, expected ≥ ${notes}`));
      else resolve({ receivedMs, decodedMs, bytes: data.byteLength });
    });
  });
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  const server = await startServer('ours', { referenceAsInstalled: false });
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const board = await createBoard(base, notes);
    const url = (encoding: string) =>
      `ws://127.0.0.1:${server.port}/ws/workshops/${board.workshopId}/board?token=${board.token}&sync=${encoding}`;
    // The first join of each encoding builds the room's cached encoding (JOIN-4): timed apart.
    const first = new Map<string, number>();
    for (const encoding of ENCODINGS) first.set(encoding, (await join(url(encoding))).receivedMs);
    const rows: string[] = [];
    for (const encoding of ENCODINGS) {
      const runs: Join[] = [];
      // Alternate nothing: each encoding has its own cache, so these are the cached joins.
      for (let i = 0; i < joiners; i++) runs.push(await join(url(encoding)));
      const bytes = runs[0]!.bytes;
      const received = median(runs.map((r) => r.receivedMs));
      const decoded = median(runs.map((r) => r.decodedMs));
      const wire = ((bytes * 8) / (mbit * 1e6)) * 1000;
      rows.push(
        `| ${encoding} | ${(bytes / 1024).toFixed(0)} KB | ${first.get(encoding)!.toFixed(0)} ms | ${received.toFixed(0)} ms | ${decoded.toFixed(0)} ms | ${(received + wire).toFixed(0)} ms |`,
      );
    }
    console.log(
      `\nJoining a ${notes}-note board on our server, loopback, medians of ${joiners} cached joins:\n` +
        `| encoding | board message | first join (builds the encoding) | new socket → board received | → decoded (Node) | received + bytes at ${mbit} Mbit/s |\n|---|---|---|---|---|---|\n` +
        rows.join('\n'),
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
