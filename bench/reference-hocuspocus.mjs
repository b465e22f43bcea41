import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Server } from '@hocuspocus/server';

/**
 * The second reference: Hocuspocus 4 (`@hocuspocus/server`) with its stock
 * settings, in memory (no extensions: nothing is stored), document = the
 * name each client sends. Needs Node ≥ 22: lib/servers.ts runs it on the
 * Node 24 from the `node` npm package (bench/node_modules/.bin/node).
 * Prints "hocuspocus listening at http://127.0.0.1:PORT". One addition, as
 * in reference-server.ts: GET /bench/loop-delay answers the event-loop
 * delay since the last call.
 *
 *   node reference-hocuspocus.mjs [--port 0]
 */
const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '0' } },
});

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const server = new Server({
  address: '127.0.0.1',
  port: Number(values.port),
  quiet: true,
  stopOnSignals: true,
  extensions: [
    {
      async onRequest({ request, response }) {
        if (request.url !== '/bench/loop-delay') return;
        const body = {
          loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
          loopDelayMaxMs: loopDelay.max / 1e6,
        };
        loopDelay.reset();
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
        // Rejecting without an error stops Hocuspocus from writing its own answer.
        throw undefined;
      },
    },
  ],
});

await server.listen();
console.log(`hocuspocus listening at http://127.0.0.1:${server.address.port}`);
