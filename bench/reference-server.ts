import http from 'node:http';
import { register } from 'node:module';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

/**
 * The reference relay: @y/websocket-server's setupWSConnection on a plain
 * http + ws server, in memory, room = URL path. Prints
 * "reference relay listening at http://127.0.0.1:PORT". One addition to the
 * stock server: GET /bench/loop-delay answers the event-loop delay since the
 * last call (as our server's /metrics does through prom-client).
 *
 *   tsx reference-server.ts [--port 0] [--as-installed]
 *
 * @y/websocket-server 0.1.5 resolves here to yjs 14.0.0-16 for its document
 * but to @y/y 14.0.0-rc.7 (through @y/protocols) for the sync protocol: two
 * different Yjs builds, and every update it receives fails with
 * "store.getClock is not a function". By default its imports are therefore
 * resolved to the Yjs 13 packages our server and clients use (its code is
 * unchanged); --as-installed runs it as installed, to reproduce the fault.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '0' },
    'as-installed': { type: 'boolean', default: false },
  },
});

if (!values['as-installed']) {
  register('./lib/yjs13-resolve-hooks.ts', import.meta.url, {
    data: { resolveFrom: import.meta.url },
  });
}
const { setupWSConnection } = await import('@y/websocket-server/utils');

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const server = http.createServer((request, response) => {
  if (request.url === '/bench/loop-delay') {
    const body = {
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
    };
    loopDelay.reset();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('okay');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (socket, request) => setupWSConnection(socket, request));
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    for (const client of wss.clients) client.terminate();
    server.close(() => process.exit(0));
  });
}

server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`reference relay listening at http://127.0.0.1:${port}`);
});
