import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time and memory of a server child process, read from /proc so both
 * servers are measured the same way from outside (Linux only).
 */

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

/** utime + stime of the process (all its threads), in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat(5) are at 11 and 12 once pid and comm are cut off.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clockTicks();
}

/**
 * Write system calls the process has made (`syscw` of /proc/<pid>/io): a
 * relay's fan-out is mostly these, one per socket per broadcast, and their
 * count moves far less with the neighbours' load than CPU does. NaN where
 * /proc/<pid>/io cannot be read.
 */
export function writeSyscalls(pid: number): number {
  try {
    const match = /^syscw:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return match ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

/** Peak resident set size so far, in MB (VmHWM). */
export function peakRssMb(pid: number): number {
  return statusKb(pid, 'VmHWM') / 1024;
}

/** Current resident set size, in MB. */
export function rssMb(pid: number): number {
  return statusKb(pid, 'VmRSS') / 1024;
}

/** CPU seconds every process on the machine has used (busy time from /proc/stat). */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  // cpu  user nice system idle iowait irq softirq steal …
  const [user, nice, system, _idle, _iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
    clockTicks()
  );
}

/**
 * Measures one window: the server's CPU, the generator's own CPU, and what
 * everything else on the machine used meanwhile (other sessions, builds):
 * the last is the noise figure to look at before trusting a run.
 */
export function cpuWindow(
  /** The server's process, or all of them (two instances): their CPU is summed. */
  serverPids: number | number[],
  /** Other processes of the generator (the observer process): counted as the generator's. */
  generatorPids: number[] = [],
): () => { serverS: number; generatorS: number; otherS: number; serverWrites: number } {
  const servers = typeof serverPids === 'number' ? [serverPids] : serverPids;
  const serverCpu = () => servers.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const serverWrites = () => servers.reduce((sum, pid) => sum + writeSyscalls(pid), 0);
  const server0 = serverCpu();
  const writes0 = serverWrites();
  const generator0 = process.cpuUsage();
  const helpers0 = generatorPids.map(cpuSeconds);
  const busy0 = machineBusySeconds();
  return () => {
    const serverS = serverCpu() - server0;
    const generator = process.cpuUsage(generator0);
    const helpersS = generatorPids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - helpers0[i]!, 0);
    const generatorS = (generator.user + generator.system) / 1e6 + helpersS;
    const otherS = Math.max(0, machineBusySeconds() - busy0 - serverS - generatorS);
    return { serverS, generatorS, otherS, serverWrites: serverWrites() - writes0 };
  };
}

/**
 * Wait until the other processes on the machine use less than `maxCores`
 * (sampled each second), at most `timeoutS`. Returns what they used in the last sample.
 */
export async function waitForQuiet(timeoutS: number, maxCores = 0.25): Promise<number> {
  const deadline = Date.now() + timeoutS * 1000;
  let others = Number.NaN;
  do {
    const busy0 = machineBusySeconds();
    const own0 = process.cpuUsage();
    await new Promise((done) => setTimeout(done, 1000));
    const own = process.cpuUsage(own0);
    others = machineBusySeconds() - busy0 - (own.user + own.system) / 1e6;
    if (others < maxCores) break;
  } while (Date.now() < deadline);
  return others;
}
