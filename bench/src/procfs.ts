import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

// What Linux's /proc says about the server-side processes: memory and CPU time.
// Every reader answers 0 (or nothing) for a process that is gone.

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Resident set size now and its peak (VmHWM), in MB. */
export function rss(pid: number | undefined): { rssMb: number; peakMb: number } {
  const status = read(`/proc/${pid}/status`) ?? '';
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Proportional set size in MB: pages shared between processes (Postgres's shared buffers) are split among them, so these add up. */
export function pssMb(pid: number): number {
  const kb = Number(/^Pss:\s+(\d+)/m.exec(read(`/proc/${pid}/smaps_rollup`) ?? '')?.[1] ?? 0);
  return kb / 1024;
}

/** The fields of /proc/<pid>/stat after the command name (the first is the state, field 3). */
const statFields = (pid: number) => {
  const stat = read(`/proc/${pid}/stat`);
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : undefined;
};

let ticks: number | undefined;
/** Clock ticks per second, the unit of /proc's CPU times. */
const ticksPerSecond = () => (ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100);

/** CPU time (user + system) the process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / ticksPerSecond() : 0;
}

const allPids = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

/** The process and its children (Postgres's postmaster and its backends). */
export const withChildren = (pid: number): number[] => [pid, ...allPids().filter((p) => statFields(p)?.[1] === String(pid))];

/** Processes whose command line (NULs as spaces) matches. */
export const processesMatching = (pattern: RegExp): number[] =>
  allPids().filter((pid) => pattern.test((read(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ')));

/** CPU seconds the whole machine has spent busy (all cores, everything but idle and iowait) since boot. */
export function machineBusySeconds(): number {
  const [, ...fields] = (read('/proc/stat') ?? '').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / ticksPerSecond();
}
