import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { JoinResult } from './join-scenario.js';
import type { LiveResult } from './live-scenario.js';
import { REFERENCE_KINDS, type ServerKind } from './servers.js';
import { median } from './stats.js';

/** Per-scenario tables (Markdown, pasteable into BENCHMARKS.md) and the machine they ran on. */

export type ScenarioResult =
  { kind: 'live'; live: LiveResult } | { kind: 'join'; join: JoinResult };

export interface RunRecord {
  scenario: string;
  server: ServerKind;
  repetition: number;
  /** Hash of server/dist/main.js for our server's runs. */
  build?: string;
  /** The Node version the server ran on. */
  node?: string;
  /** RSS of the server right after it started listening, MB. */
  startRssMb: number;
  /** RSS of the server `settleS` after the last client left (rooms empty), MB. */
  emptyRssMb?: number;
  settleS?: number;
  /** RSS once a second while settling, MB. */
  emptyRssSeriesMb?: number[];
  /** Ours only: V8 heap in use and heap size, then, MB (what of the RSS is live JavaScript). */
  emptyHeapMb?: { used: number; total: number; external: number };
  result?: ScenarioResult;
  error?: string;
}

export interface Machine {
  date: string;
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  kernel: string;
}

export function describeMachine(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpuModel = match[1]!.trim();
  } catch {
    // not Linux: os.cpus() is good enough
  }
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpuModel,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
  };
}

interface Row {
  label: string;
  /** How the runs of one server are folded into one figure. */
  fold: 'median' | 'worst-low' | 'worst-high' | 'count';
  pick: (result: ScenarioResult, run: RunRecord) => number | boolean | undefined;
  format: (value: number) => string;
  /** Whether ours/best reference is meaningful for this row (lower is better in all of them). */
  ratio: boolean;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : '—');
const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(2)} %` : '—');
const fixed = (digits: number) => (value: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '—';
const live = (pick: (r: LiveResult) => number | boolean) => (result: ScenarioResult) =>
  result.kind === 'live' ? pick(result.live) : undefined;
const join = (pick: (r: JoinResult) => number | boolean) => (result: ScenarioResult) =>
  result.kind === 'join' ? pick(result.join) : undefined;

const row = (
  label: string,
  fold: Row['fold'],
  pick: Row['pick'],
  format: Row['format'],
  ratio = true,
): Row => ({ label, fold, pick, format, ratio });

// The rows read as a table, one per line; prettier would spread each over six.
// prettier-ignore
const LIVE_ROWS: Row[] = [
  row('edit latency p50 (ms)', 'median', live((r) => r.editLatencyMs.p50), ms),
  row('edit latency p95 (ms)', 'median', live((r) => r.editLatencyMs.p95), ms),
  row('edit latency p99 (ms)', 'median', live((r) => r.editLatencyMs.p99), ms),
  row('cursor latency p50 (ms)', 'median', live((r) => r.cursorLatencyMs.p50), ms),
  row('cursor latency p95 (ms)', 'median', live((r) => r.cursorLatencyMs.p95), ms),
  row('cursor latency p99 (ms)', 'median', live((r) => r.cursorLatencyMs.p99), ms),
  row('edits delivered (worst run)', 'worst-low', live((r) => r.editsDelivered), percent, false),
  row('cursor states seen (worst run)', 'worst-low', live((r) => r.cursorsSeen), percent, false),
  row('converged (runs)', 'count', live((r) => r.converged), String, false),
  row('sockets dropped by server (worst run)', 'worst-high', live((r) => r.disconnects), String, false),
  row('frames sent to clients', 'median', live((r) => r.framesToClients), fixed(0)),
  row('server CPU during load (s)', 'median', live((r) => r.serverCpuS), fixed(2)),
  row('server peak RSS (MB)', 'median', live((r) => r.serverPeakRssMb), fixed(0)),
  row('server RSS at start (MB)', 'median', (_r, run) => run.startRssMb, fixed(0)),
  row('server RSS after rooms empty (MB)', 'median', (_r, run) => run.emptyRssMb ?? Number.NaN, fixed(0)),
  row('generator CPU during load (s)', 'median', live((r) => r.generatorCpuS), fixed(2), false),
  row('other processes’ CPU during load (s)', 'median', live((r) => r.otherCpuS), fixed(2), false),
  row('edits timed (samples)', 'median', live((r) => r.editLatencyMs.count), fixed(0), false),
  row('cursor states timed (samples)', 'median', live((r) => r.cursorLatencyMs.count), fixed(0), false),
  row('server event-loop delay p99 (ms)', 'median', live((r) => r.self.loopDelayP99Ms), ms),
  row('server event-loop delay max (ms)', 'median', live((r) => r.self.loopDelayMaxMs), ms),
  row('ours only: storage append p99 (ms, bucket ≤)', 'median', live((r) => r.self.appendP99Ms ?? Number.NaN), ms, false),
];

// prettier-ignore
const JOIN_ROWS: Row[] = [
  row('new socket → board received, median joiner (ms)', 'median', join((r) => r.medianConnectToReceivedMs), ms),
  row('new socket → board received, slowest joiner (ms)', 'median', join((r) => r.maxConnectToReceivedMs), ms),
  row('open → board received, median joiner (ms)', 'median', join((r) => r.medianOpenToReceivedMs), ms),
  row('new socket → board applied (synced), median (ms)', 'median', join((r) => r.medianConnectToSyncedMs), ms),
  row('open → board applied (synced), median (ms)', 'median', join((r) => r.medianOpenToSyncedMs), ms),
  row('same board applied in-process (ms)', 'median', join((r) => r.medianLocalApplyMs), ms, false),
  row('sync step 2 size (KB)', 'median', join((r) => r.syncStep2Bytes / 1024), fixed(0)),
  row('every joiner got the whole board (runs)', 'count', join((r) => r.allComplete), String, false),
  row('server CPU during joins (s)', 'median', join((r) => r.serverCpuS), fixed(2)),
  row('other processes’ CPU during joins (s)', 'median', join((r) => r.otherCpuS), fixed(2), false),
  row('server peak RSS (MB)', 'median', join((r) => r.serverPeakRssMb), fixed(0)),
  row('server RSS at start (MB)', 'median', (_r, run) => run.startRssMb, fixed(0)),
  row('server RSS after the room empties (MB)', 'median', (_r, run) => run.emptyRssMb ?? Number.NaN, fixed(0)),
];

export interface FoldedRow {
  label: string;
  /** One figure per server, in the order asked for. */
  figures: { server: ServerKind; text: string; value: number }[];
  /** Ours over the best (lowest) reference figure. */
  ratio: string;
}

/** Fold the runs of one scenario into rows: one figure per server, and ours/best reference. */
export function foldScenario(
  runs: RunRecord[],
  kind: 'live' | 'join',
  servers: readonly ServerKind[],
): FoldedRow[] {
  const rows = kind === 'live' ? LIVE_ROWS : JOIN_ROWS;
  return rows.map((row) => {
    const figure = (server: ServerKind): { server: ServerKind; text: string; value: number } => {
      const mine = runs.filter((run) => run.server === server);
      const values = mine.flatMap((run) => {
        const value = run.result ? row.pick(run.result, run) : undefined;
        return value === undefined ? [] : [value];
      });
      if (mine.length === 0) return { server, text: '—', value: Number.NaN };
      if (row.fold === 'count') {
        const yes = values.filter((value) => value === true).length;
        return { server, text: `${yes}/${mine.length}`, value: yes / mine.length };
      }
      const numbers = values.map(Number);
      const failed = values.length < mine.length;
      const value =
        numbers.length === 0
          ? Number.NaN
          : row.fold === 'median'
            ? median(numbers)
            : row.fold === 'worst-low'
              ? Math.min(...numbers)
              : Math.max(...numbers);
      return { server, text: row.format(value) + (failed ? ' (a run failed)' : ''), value };
    };
    const figures = servers.map(figure);
    const ours = figures.find((f) => f.server === 'ours')?.value ?? Number.NaN;
    const references = figures
      .filter((f) => REFERENCE_KINDS.includes(f.server) && Number.isFinite(f.value))
      .map((f) => f.value);
    const best = references.length > 0 ? Math.min(...references) : Number.NaN;
    const ratio =
      row.ratio && Number.isFinite(ours) && Number.isFinite(best) && best > 0
        ? `${(ours / best).toFixed(2)}×`
        : '—';
    return { label: row.label, figures, ratio };
  });
}

export function markdownTable(rows: FoldedRow[]): string {
  const servers = rows[0]?.figures.map((f) => f.server) ?? [];
  const withRatio = servers.includes('ours') && servers.some((s) => REFERENCE_KINDS.includes(s));
  const head = ['', ...servers, ...(withRatio ? ['ours/best ref'] : [])];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|---|${head
      .slice(1)
      .map(() => '---:|')
      .join('')}`,
  ];
  for (const row of rows) {
    const cells = [row.label, ...row.figures.map((f) => f.text), ...(withRatio ? [row.ratio] : [])];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One line per run, printed as the benchmark goes. */
export function describeRun(run: RunRecord): string {
  const head = `${run.scenario} #${run.repetition} ${run.server.padEnd(11)}`;
  if (run.error || !run.result) return `${head} FAILED: ${run.error ?? 'no result'}`;
  if (run.result.kind === 'live') {
    const r = run.result.live;
    return (
      `${head} edit p50/p95/p99 ${ms(r.editLatencyMs.p50)}/${ms(r.editLatencyMs.p95)}/${ms(r.editLatencyMs.p99)} ms` +
      ` · cursor ${ms(r.cursorLatencyMs.p50)}/${ms(r.cursorLatencyMs.p95)}/${ms(r.cursorLatencyMs.p99)} ms` +
      ` · delivered ${percent(r.editsDelivered)} · converged ${r.converged ? 'yes' : 'NO'} (${r.convergedClients})` +
      (r.divergence ? ` [${r.divergence}]` : '') +
      ` · dropped ${r.disconnects} · CPU ${r.serverCpuS.toFixed(2)} s (gen ${r.generatorCpuS.toFixed(2)} s, others ${r.otherCpuS.toFixed(2)} s)` +
      ` · RSS ${run.startRssMb.toFixed(0)}→${r.serverPeakRssMb.toFixed(0)}→${(run.emptyRssMb ?? Number.NaN).toFixed(0)} MB (start→peak→empty)` +
      (run.emptyHeapMb
        ? ` (heap ${run.emptyHeapMb.used.toFixed(0)} of ${run.emptyHeapMb.total.toFixed(0)} MB, external ${run.emptyHeapMb.external.toFixed(0)} MB)`
        : '') +
      ` · ${r.framesToClients} frames out` +
      ` · loop delay p99/max ${ms(r.self.loopDelayP99Ms)}/${ms(r.self.loopDelayMaxMs)} ms` +
      (r.self.appendP99Ms !== undefined ? ` · append p99 ≤ ${ms(r.self.appendP99Ms)} ms` : '')
    );
  }
  const r = run.result.join;
  return (
    `${head} new socket→received ${r.connectToReceivedMs.map(ms).join(', ')} ms` +
    ` · open→received ${r.openToReceivedMs.map(ms).join(', ')} ms` +
    ` · open→synced ${r.openToSyncedMs.map(ms).join(', ')} ms` +
    ` · ${(r.syncStep2Bytes / 1024).toFixed(0)} KB · complete ${r.allComplete ? 'yes' : 'NO'}` +
    ` · local apply ${ms(r.medianLocalApplyMs)} ms · CPU ${r.serverCpuS.toFixed(2)} s (others ${r.otherCpuS.toFixed(2)} s)` +
    ` · RSS ${run.startRssMb.toFixed(0)}→${r.serverPeakRssMb.toFixed(0)}→${(run.emptyRssMb ?? Number.NaN).toFixed(0)} MB (start→peak→empty)`
  );
}
