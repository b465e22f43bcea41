/**
 * Export benchmark: how long each case-file export of a realistic board
 * takes (server/src/export, in process, no HTTP). Prints figures; asserts
 * nothing. `pnpm --filter @moteplass/bench exec tsx export.ts [--notes 2000] [--reps 3]`
 */
import { performance } from 'node:perf_hooks';
import { toCsv } from '../server/src/export/csv.js';
import { realisticSource } from '../server/src/export/fixtures-realistic.js';
import { toExportJson } from '../server/src/export/json.js';
import { toMarkdown } from '../server/src/export/markdown.js';
import { toPdf } from '../server/src/export/pdf/index.js';
import { buildSnapshot } from '../server/src/export/snapshot.js';
import { toSvg } from '../server/src/export/svg.js';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const notes = argument('notes', 2000);
const reps = argument('reps', 3);

const source = realisticSource({ notes, seed: 7, foreignColours: false });
const snapshot = buildSnapshot(source);
const formats: Record<string, () => unknown> = {
  json: () => JSON.stringify(toExportJson(snapshot)),
  csv: () => toCsv(snapshot),
  md: () => toMarkdown(snapshot),
  svg: () => toSvg(snapshot, { kind: 'board' }),
  pdf: () => toPdf(snapshot),
};

console.log(`export of a ${notes}-note board, ${reps} runs each, node ${process.version}`);
for (const [format, run] of Object.entries(formats)) {
  const times: number[] = [];
  let bytes = 0;
  for (let rep = 0; rep < reps; rep += 1) {
    const started = performance.now();
    const result = await run();
    times.push(performance.now() - started);
    bytes = typeof result === 'string' ? Buffer.byteLength(result) : (result as Buffer).length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${format.padEnd(5)} median ${median.toFixed(0).padStart(6)} ms  best ${(times[0] ?? 0).toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0)} KiB`,
  );
}
