import { writeFile } from 'node:fs/promises';
import type { CDPSession } from 'playwright-core';

/** The parts of a DevTools CPU profile (`Profiler.Profile`) the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface JoinProfile {
  /** Stop, write the `.cpuprofile` and print the top self times. */
  stopAndReport(path: string): Promise<void>;
}

/** Record the page's main thread (a sample every 200 µs of throttled time). */
export async function startProfile(cdp: CDPSession): Promise<JoinProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stopAndReport(path) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await writeFile(path, JSON.stringify(profile));
      console.log(`  profile written to ${path}`);
      printSummary(profile);
    },
  };
}

function printSummary(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const frame = byNode.get(id);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!frame) return;
    const script = frame.url.split('/').pop() || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  console.log(`  self time by script:\n${top(byScript, 12)}`);
  console.log(`  self time by function:\n${top(byFunction, 30)}`);
}
