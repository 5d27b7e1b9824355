import { readdir, readFile } from 'node:fs/promises';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/**
 * Where the PDF step's CPU goes, for `PLANVERK_PDF_LOG=each` (the bench's
 * profile, issue 11): how busy Node's main thread was (event-loop
 * utilisation), the CPU of the whole Node process (main thread and the
 * finishing workers) and that of Chromium's processes (Linux: read from
 * /proc; elsewhere not known). Figures only: nothing depends on them.
 */
export interface StepProfile {
  /** The step's figures since `startStepProfile`, as one log line. */
  line(documents: number): Promise<string>;
}

/** Starts counting; Chromium is what runs in this process's child processes while the step runs. */
export async function startStepProfile(): Promise<StepProfile> {
  const childrenAtStart = await childrenCpuMs();
  const started = performance.now();
  const loop: EventLoopUtilization = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  return {
    async line(documents) {
      const wall = performance.now() - started;
      const busy = performance.eventLoopUtilization(loop).utilization;
      const used = process.cpuUsage(cpu);
      const nodeMs = (used.user + used.system) / 1000;
      const childrenNow = await childrenCpuMs();
      const chromiumMs =
        childrenNow === undefined || childrenAtStart === undefined
          ? undefined
          : childrenNow - childrenAtStart;
      const per = (ms: number): string => `${Math.round(ms / Math.max(1, documents))} ms/doc`;
      return (
        `pdf profile: ${(wall / 1000).toFixed(1)} s wall; main thread busy ${Math.round(busy * 100)} %; ` +
        `Node CPU ${(nodeMs / 1000).toFixed(1)} s (${per(nodeMs)}); ` +
        (chromiumMs === undefined
          ? 'Chromium CPU not known'
          : `Chromium CPU ${(chromiumMs / 1000).toFixed(1)} s (${per(chromiumMs)})`)
      );
    },
  };
}

/** User + system CPU (ms) of this process's live descendants, from /proc; undefined off Linux. */
async function childrenCpuMs(): Promise<number | undefined> {
  const root = process.pid;
  const names = await readdir('/proc').catch(() => undefined);
  if (!names) return undefined;
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined);
    if (!text) continue;
    // The command may hold spaces and parentheses: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields 4 (ppid), 14 (utime) and 15 (stime) of proc(5), counted from field 3 here.
    stats.set(Number(name), {
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    });
  }
  if (!stats.has(root)) return undefined;
  let ticks = 0;
  for (const [pid, stat] of stats) {
    if (pid === root) continue;
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = stats.get(p)?.parent) {
      if (p === root) {
        ticks += stat.ticks;
        break;
      }
    }
  }
  // USER_HZ is 100 on every Linux Node runs on.
  return ticks * 10;
}
