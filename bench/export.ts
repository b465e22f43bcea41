/**
 * Export benchmark: how long each case-file export of a realistic board
 * takes (server/src/export, in process, no HTTP). Prints wall-clock and CPU
 * time (CPU time is what a shared machine disturbs least); asserts nothing.
 *
 *   node bench/node_modules/tsx/dist/cli.mjs bench/export.ts [--notes 2000] [--reps 5]
 *     [--code <folder with another version of server/src/export>]
 *
 * `--code` measures another version of the exporters on the same board, e.g.
 * `git archive <commit> server/src/export | tar -x -C bench/results/baseline`.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { realisticSource } from '../server/src/export/fixtures-realistic.js';

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const notes = Number(argument('notes', '2000'));
const reps = Number(argument('reps', '5'));
const code = resolve(argument('code', new URL('../server/src/export', import.meta.url).pathname));
const load = (file: string) => import(pathToFileURL(resolve(code, file)).href);

const [{ toCsv }, { toExportJson }, { toMarkdown }, { toPdf }, { buildSnapshot }, { toSvg }] =
  await Promise.all(
    ['csv.ts', 'json.ts', 'markdown.ts', 'pdf/index.ts', 'snapshot.ts', 'svg.ts'].map(load),
  );

const snapshot = buildSnapshot(realisticSource({ notes, seed: 7 }));
const formats: Record<string, () => unknown> = {
  json: () => JSON.stringify(toExportJson(snapshot)),
  csv: () => toCsv(snapshot),
  md: () => toMarkdown(snapshot),
  svg: () => toSvg(snapshot, { kind: 'board' }),
  pdf: () => toPdf(snapshot),
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
console.log(`export of a ${notes}-note board, ${reps} runs each, node ${process.version}, ${code}`);
for (const [format, run] of Object.entries(formats)) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let rep = 0; rep < reps; rep += 1) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    const result = await run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
    bytes = typeof result === 'string' ? Buffer.byteLength(result) : (result as Buffer).length;
  }
  console.log(
    `${format.padEnd(5)} wall median ${median(wall).toFixed(0).padStart(6)} ms   cpu median ${median(cpu).toFixed(0).padStart(6)} ms  best ${Math.min(
      ...cpu,
    )
      .toFixed(0)
      .padStart(6)} ms   ${(bytes / 1024).toFixed(0)} KiB`,
  );
}
