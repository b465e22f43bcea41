import { parseArgs } from 'node:util';
import { sleep } from './lib/live-scenario.js';
import { rssMb } from './lib/proc-stats.js';
import { ProtocolClient } from './lib/protocol-client.js';
import { ourHeapMb, scrapeMetrics } from './lib/server-metrics.js';
import {
  type ClientTarget,
  SERVER_KINDS,
  type ServerKind,
  killAllServers,
  mapLimited,
  startServer,
} from './lib/servers.js';

/**
 * What a room and a connection cost at rest (issue 21): RSS of a fresh
 * server; after `--rooms` rooms each loaded by one idle client; after
 * `--connections` more idle clients in one room; and after everybody has
 * left and `--settle` seconds passed (ours unloads an idle room after 30 s
 * and then gives memory back). Figures go in ../BENCHMARKS.md.
 */

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    servers: { type: 'string', default: SERVER_KINDS.join(',') },
    rooms: { type: 'string', default: '200' },
    connections: { type: 'string', default: '1000' },
    settle: { type: 'string', default: '40' },
  },
});
const servers = flags.servers.split(',').map((s) => s.trim()) as ServerKind[];
const roomCount = Number(flags.rooms);
const connectionCount = Number(flags.connections);
const settleS = Number(flags.settle);

async function connectAll(targets: ClientTarget[]) {
  const clients = targets.map((target) => new ProtocolClient({ ...target, observe: false }));
  await mapLimited(clients.length, 16, (i) => clients[i]!.connect(30_000));
  return clients;
}

/** RSS after a short pause, so what was just allocated and freed has a chance to settle. */
async function settledRss(pid: number, seconds = 3): Promise<number> {
  await sleep(seconds * 1000);
  return rssMb(pid);
}

async function measure(kind: ServerKind) {
  const server = await startServer(kind, { referenceAsInstalled: false });
  try {
    const base = await settledRss(server.pid);
    // One idle client per room: the rooms are loaded (empty boards).
    const roomTargets = (await server.provision(roomCount, 1)).map((room) => room[0]!);
    const roomClients = await connectAll(roomTargets);
    const withRooms = await settledRss(server.pid);
    // Then many idle clients in one more room.
    const hall = (await server.provision(1, connectionCount))[0]!;
    const hallClients = await connectAll(hall);
    const withConnections = await settledRss(server.pid);
    const heap = await ourHeapMb(server);
    for (const client of [...roomClients, ...hallClients]) client.close();
    const afterLeaving = await settledRss(server.pid, settleS);
    const heapAfter = await ourHeapMb(server);
    const roomsAfter =
      kind === 'ours' ? (await scrapeMetrics(server.port)).get('moteplass_rooms') : undefined;
    return {
      kind,
      base,
      perRoomKb: ((withRooms - base) * 1024) / roomCount,
      perConnectionKb: ((withConnections - withRooms) * 1024) / connectionCount,
      withConnections,
      heap,
      afterLeaving,
      heapAfter,
      roomsAfter,
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  console.log(
    `Memory at rest · ${roomCount} rooms with one idle client each, then ${connectionCount} idle clients in one room, then everybody leaves (${settleS} s)\n`,
  );
  const rows = [];
  for (const kind of servers) {
    const row = await measure(kind);
    console.log(`  ${kind}: ${JSON.stringify(row)}`);
    rows.push(row);
  }
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  console.log(
    '\n| server | fresh RSS | per loaded room (+1 client) | per idle connection | RSS with all | heap used (ours) | RSS after all left | heap used after (ours) |\n|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    console.log(
      `| ${r.kind} | ${mb(r.base)} | ${r.perRoomKb.toFixed(0)} KB | ${r.perConnectionKb.toFixed(0)} KB | ${mb(r.withConnections)} | ${r.heap ? mb(r.heap.used) : '—'} | ${mb(r.afterLeaving)} | ${r.heapAfter ? mb(r.heapAfter.used) : '—'} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
