import type { LiveResult } from './live-scenario.js';
import { REFERENCE_KINDS, type ServerKind } from './servers.js';

/**
 * The capacity ramp's verdicts and its table (ramp.ts): whether one step
 * held the service level, and each server's capacity against the best
 * reference's, as a ratio of capacities rather than latencies at one size.
 */

export type Mode = 'hall' | 'rooms';

export interface Slo {
  editP99Ms: number;
  /** Checked in the hall only (rooms of 6 move cursors too, but the SLO is the edit). */
  cursorP99Ms: number;
}

/** One run of one step (a step may be run again, see `--confirm`). */
export interface Attempt {
  result?: LiveResult;
  error?: string;
  held: boolean;
  why: string;
  wallS: number;
}

export interface Step {
  size: number;
  attempts: Attempt[];
  /** Held if any attempt held: on a shared machine noise only ever makes a run worse. */
  held: boolean;
}

/** Whether a run held the service level, and if not, why not. */
export function judge(mode: Mode, result: LiveResult, slo: Slo): { held: boolean; why: string } {
  const problems: string[] = [];
  if (!(result.editLatencyMs.p99 <= slo.editP99Ms))
    problems.push(`edit p99 ${result.editLatencyMs.p99.toFixed(1)} ms`);
  if (mode === 'hall' && !(result.cursorLatencyMs.p99 <= slo.cursorP99Ms))
    problems.push(`cursor p99 ${result.cursorLatencyMs.p99.toFixed(1)} ms`);
  if (!(result.editsDelivered >= 0.999))
    problems.push(`delivered ${(result.editsDelivered * 100).toFixed(1)} %`);
  if (!result.converged) problems.push(`converged ${result.convergedClients}`);
  if (result.disconnects > 0) problems.push(`${result.disconnects} dropped`);
  if (problems.length > 0 && generatorPercent(result) >= GENERATOR_BOUND_PERCENT) {
    problems.push(
      `GENERATOR-BOUND: generator at ${generatorPercent(result).toFixed(0)} % of its core, not a server capacity`,
    );
  }
  return { held: problems.length === 0, why: problems.join(', ') || 'held' };
}

export const cpuPercent = (result: LiveResult) => (100 * result.serverCpuS) / result.loadS;
export const generatorPercent = (result: LiveResult) => (100 * result.generatorCpuS) / result.loadS;

/**
 * The server's CPU per message it was sent (edits and cursor states), in µs:
 * the steady figure to compare servers or builds by on a shared machine,
 * where latencies move with the neighbours' load and this much less.
 */
export const serverMicrosPerMessage = (result: LiveResult) =>
  (1e6 * result.serverCpuS) / Math.max(1, result.editsSent + result.cursorsSent);

/**
 * The server's write system calls per message it was sent: its fan-out after
 * all coalescing (RELAY-1, RELAY-3, RELAY-4), and most of its CPU. NaN when unknown.
 */
export const serverWritesPerMessage = (result: LiveResult) =>
  (result.serverWriteCalls ?? Number.NaN) / Math.max(1, result.editsSent + result.cursorsSent);

/**
 * At or above this share of its core the generator (or whoever shares its
 * core) may be what broke a step: the ramp says so rather than call it the
 * server's capacity.
 */
export const GENERATOR_BOUND_PERCENT = 85;

/** One line per run, as it finishes. */
export function describeAttempt(attempt: Attempt): string {
  const r = attempt.result;
  const figures = r
    ? `edit p99 ${r.editLatencyMs.p99.toFixed(1)} ms · cursor p99 ${r.cursorLatencyMs.p99.toFixed(1)} ms · ` +
      `CPU ${cpuPercent(r).toFixed(0)} % (${serverMicrosPerMessage(r).toFixed(0)} µs/message in) · ` +
      (Number.isFinite(serverWritesPerMessage(r))
        ? `${serverWritesPerMessage(r).toFixed(1)} writes/message in · `
        : '') +
      `generator ${generatorPercent(r).toFixed(0)} % · ` +
      `others ${r.otherCpuS.toFixed(1)} CPU-s · `
    : '';
  return `${figures}${attempt.wallS.toFixed(0)} s · ${attempt.why}`;
}

/** The attempt a step is reported by: the one that held, else the last. */
export function reported(step: Step): Attempt {
  return step.attempts.find((a) => a.held) ?? step.attempts.at(-1)!;
}

interface Capacity {
  /** The largest step that held, or undefined if even the first did not. */
  held?: Step;
  /** The first step that did not hold, if the ramp found one. */
  broke?: Step;
  firstSize: number;
}

function capacityOf(steps: Step[]): Capacity {
  const broke = steps.find((s) => !s.held);
  const held = steps.filter((s) => s.held).at(-1);
  return { held, broke, firstSize: steps[0]?.size ?? 0 };
}

/**
 * Ours over the best reference. A server that held every step has at least
 * that capacity ("≥"); one that broke at its first step less than it ("<"),
 * so the ratio is a bound, said as one.
 */
export function capacityRatio(ours: Capacity, references: Capacity[]): string {
  if (!ours.held || references.length === 0) return '';
  // The reference that held the most; the first if none held any step.
  const best = references.reduce((a, b) => ((b.held?.size ?? 0) > (a.held?.size ?? 0) ? b : a));
  const oursOpen = !ours.broke;
  if (!best.held) {
    return `> ${(ours.held.size / best.firstSize).toFixed(2)}× (every reference broke at its first step)`;
  }
  const bestOpen = !best.broke;
  const ratio = (ours.held.size / best.held.size).toFixed(2);
  if (oursOpen && bestOpen) return `≥ 1 (both held every step: ${ratio}× of the steps run)`;
  if (oursOpen) return `≥ ${ratio}×`;
  if (bestOpen) return `≤ ${ratio}×`;
  return `${ratio}×`;
}

export function capacityTable(mode: Mode, results: Map<ServerKind, Step[]>): string {
  const unit = mode === 'hall' ? 'people in one room' : 'rooms of 6';
  const references = [...results]
    .filter(([kind, steps]) => REFERENCE_KINDS.includes(kind) && steps.length > 0)
    .map(([, s]) => s);
  const lines = [
    `| server | capacity (${unit}) | edit p99 there | cursor p99 there | server CPU there | server µs/message there | generator CPU there | first step that broke | vs best reference |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [kind, steps] of results) {
    if (steps.length === 0) continue; // not run (the deadline came first)
    const capacity = capacityOf(steps);
    const r = capacity.held ? reported(capacity.held).result : undefined;
    const ratio = !REFERENCE_KINDS.includes(kind)
      ? capacityRatio(capacity, references.map(capacityOf))
      : '';
    const size = capacity.held
      ? `${capacity.held.size}${capacity.broke ? '' : ' (every step held)'}`
      : `< ${capacity.firstSize}`;
    const broke = capacity.broke ? `${capacity.broke.size}: ${reported(capacity.broke).why}` : '—';
    lines.push(
      `| ${kind} | ${size} | ${r ? r.editLatencyMs.p99.toFixed(1) + ' ms' : '—'} | ` +
        `${r ? r.cursorLatencyMs.p99.toFixed(1) + ' ms' : '—'} | ` +
        `${r ? cpuPercent(r).toFixed(0) + ' %' : '—'} | ` +
        `${r ? serverMicrosPerMessage(r).toFixed(0) : '—'} | ` +
        `${r ? generatorPercent(r).toFixed(0) + ' %' : '—'} | ${broke} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}
