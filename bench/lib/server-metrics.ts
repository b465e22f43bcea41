import { REFERENCE_KINDS, type RunningServer } from './servers.js';

/**
 * What a server says about itself over one load window. All report their
 * event-loop delay (ours through prom-client's default metrics, the
 * references through the one extra route reference-server.ts and
 * reference-hocuspocus.mjs add; all reset at each read, 10 ms resolution). Ours also reports how long storing took
 * (stored-before-relayed puts it on the latency path) and its frames sent.
 */
export interface ServerSelfReport {
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  appends?: number;
  /** Upper bound of the histogram bucket holding the percentile, ms. */
  appendP50Ms?: number;
  appendP99Ms?: number;
  framesSent?: number;
}

/** Start a window now; the returned function ends it and reports. */
export async function startSelfReport(
  server: RunningServer,
): Promise<() => Promise<ServerSelfReport>> {
  if (REFERENCE_KINDS.includes(server.kind)) {
    await referenceLoopDelay(server.port);
    return () => referenceLoopDelay(server.port).catch(unanswered);
  }
  const before = await scrapeMetrics(server.port);
  return async () =>
    scrapeMetrics(server.port).then((after) => ourReport(before, after), unanswered);
}

/**
 * A server whose event loop is minutes behind (y-websocket in a hall of 250)
 * cannot answer within the timeout: the run still has its latencies and
 * deliveries, so its self-report is unknown rather than the run an error.
 */
function unanswered(): ServerSelfReport {
  return { loopDelayP99Ms: Number.NaN, loopDelayMaxMs: Number.NaN };
}

async function referenceLoopDelay(port: number): Promise<ServerSelfReport> {
  const response = await fetch(`http://127.0.0.1:${port}/bench/loop-delay`, {
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as ServerSelfReport;
}

/** Prometheus samples by name with labels, e.g. `moteplass_storage_append_seconds_bucket{le="0.001"}`. */
type Metrics = Map<string, number>;

export async function scrapeMetrics(port: number): Promise<Metrics> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, {
    signal: AbortSignal.timeout(10_000),
  });
  const samples: Metrics = new Map();
  for (const line of (await response.text()).split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

const APPEND = 'moteplass_storage_append_seconds';

function ourReport(before: Metrics, after: Metrics): ServerSelfReport {
  const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const buckets = [...after.keys()]
    .filter((name) => name.startsWith(`${APPEND}_bucket{`))
    .map((name) => {
      const le = /le="([^"]+)"/.exec(name)?.[1];
      return { le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), count: delta(name) };
    })
    .sort((a, b) => a.le - b.le);
  const appends = delta(`${APPEND}_count`);
  const bucketPercentile = (p: number) => {
    const wanted = (p / 100) * appends;
    const bucket = buckets.find((b) => b.count >= wanted && b.count > 0);
    return bucket ? bucket.le * 1000 : Number.NaN;
  };
  return {
    loopDelayP99Ms: (after.get('nodejs_eventloop_lag_p99_seconds') ?? Number.NaN) * 1000,
    loopDelayMaxMs: (after.get('nodejs_eventloop_lag_max_seconds') ?? Number.NaN) * 1000,
    appends,
    appendP50Ms: bucketPercentile(50),
    appendP99Ms: bucketPercentile(99),
    framesSent: delta('moteplass_messages_out_total'),
  };
}

/** Ours: the V8 heap (used, total) and external memory now, MB, from prom-client's default metrics. */
export async function ourHeapMb(
  server: RunningServer,
): Promise<{ used: number; total: number; external: number } | undefined> {
  if (REFERENCE_KINDS.includes(server.kind)) return undefined;
  const metrics = await scrapeMetrics(server.port);
  const mb = (name: string) => (metrics.get(name) ?? Number.NaN) / 1024 / 1024;
  return {
    used: mb('nodejs_heap_size_used_bytes'),
    total: mb('nodejs_heap_size_total_bytes'),
    external: mb('nodejs_external_memory_bytes'),
  };
}
