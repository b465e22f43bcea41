/**
 * What one socket's share of a broadcast costs the server, per way of
 * writing it (issue 21: a hall of 1,000 spends most of its CPU writing the
 * same edit and presence to every socket). N real WebSockets on loopback
 * (their clients in a child process that only reads), then the server
 * process sends an edit (60 bytes) and the presence riding along (300 bytes)
 * to every socket, in alternating rounds:
 *
 *   corked — cork, write the edit's frame, write the presence's frame, uncork
 *            (one writev of two chunks; the relay before RELAY-1);
 *   pair   — one write of both frames in one buffer built once (RELAY-1);
 *   two    — two plain writes (neither corked nor paired), for scale.
 *
 * Prints the server process's CPU (user + system) per socket per round, the
 * median over rounds. CPU time rather than wall time, so other processes on
 * a shared machine disturb it less (they still do: caches, frequency).
 *
 *   cd bench && npx tsx relay-writes.ts [--sockets 1000] [--rounds 60]
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type WebSocket, WebSocketServer } from 'ws';
import { binaryFrame } from '../server/src/transport/shared-frames.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    sockets: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '60' },
    child: { type: 'string' },
  },
});

interface RawSocket {
  write(data: Buffer): boolean;
  cork(): void;
  uncork(): void;
}

if (values.child) {
  // The clients: open every socket, read and drop everything.
  const { default: WebSocketClient } = await import('ws');
  const count = Number(values.sockets);
  let open = 0;
  for (let i = 0; i < count; i++) {
    const socket = new WebSocketClient(values.child, { perMessageDeflate: false });
    socket.on('open', () => {
      if (++open === count) process.send!('open');
    });
    socket.on('message', () => {});
    socket.on('error', () => {});
  }
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main(): Promise<void> {
  const count = Number(values.sockets);
  const rounds = Number(values.rounds);
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise<void>((done) => server.once('listening', done));
  const sockets: RawSocket[] = [];
  server.on('connection', (socket: WebSocket) => {
    sockets.push((socket as unknown as { _socket: RawSocket })._socket);
  });
  const { port } = server.address() as AddressInfo;
  const clients = fork(new URL(import.meta.url).pathname, [
    '--child',
    `ws://127.0.0.1:${port}`,
    '--sockets',
    String(count),
  ]);
  await new Promise<void>((done) => clients.once('message', () => done()));

  const edit = Uint8Array.from({ length: 60 }, (_, i) => i);
  const presence = Uint8Array.from({ length: 300 }, (_, i) => i % 251);
  const editFrame = binaryFrame(edit);
  const presenceFrame = binaryFrame(presence);
  const ways: Record<string, (socket: RawSocket) => void> = {
    corked: (socket) => {
      socket.cork();
      socket.write(editFrame);
      socket.write(presenceFrame);
      socket.uncork();
    },
    pair: (socket) => socket.write(Buffer.concat([editFrame, presenceFrame])),
    two: (socket) => {
      socket.write(editFrame);
      socket.write(presenceFrame);
    },
  };
  // The pair is built once per broadcast, as the transport does.
  const pairOnce = (socket: RawSocket, pair: Buffer) => socket.write(pair);
  const perSocketUs: Record<string, number[]> = { corked: [], pair: [], two: [] };
  const names = Object.keys(ways);
  for (let round = 0; round < rounds; round++) {
    const name = names[round % names.length]!;
    const before = process.cpuUsage();
    if (name === 'pair') {
      const pair = Buffer.concat([editFrame, presenceFrame]);
      for (const socket of sockets) pairOnce(socket, pair);
    } else {
      for (const socket of sockets) ways[name]!(socket);
    }
    const used = process.cpuUsage(before);
    perSocketUs[name]!.push((used.user + used.system) / sockets.length);
    // Let the kernel and the clients drain before the next round.
    await new Promise((done) => setTimeout(done, 50));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${sockets.length} sockets, ${rounds} rounds (alternating), Node ${process.version}\n`,
  );
  console.log('| way | server CPU per socket per broadcast (median) |');
  console.log('| --- | ---: |');
  for (const name of names) {
    console.log(`| ${name} | ${median(perSocketUs[name]!).toFixed(2)} µs |`);
  }
  clients.kill();
  server.close();
}
