/**
 * Run a command and measure its wall time and peak memory.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -v`, Debian package `time`):
 * the kernel's ru_maxrss of the waited-for process tree, i.e. the largest
 * resident set any single process in it reached. Without GNU time, the
 * VmHWM ("high water mark") of the child and its descendants is sampled
 * from /proc instead: same meaning, but a process that peaks and exits
 * between two samples can be missed.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";

const GNU_TIME = "/usr/bin/time";

/** What a measured run gives. */
export interface MeasuredRun {
  readonly exitCode: number | null;
  readonly wallMs: number;
  /** Peak resident set size of the largest process of the tree, in KiB (undefined if unmeasurable). */
  readonly peakRssKiB: number | undefined;
  /** CPU time of the whole process tree (user + system), in ms; from GNU time only. */
  readonly cpuMs: number | undefined;
  readonly rssMethod: "GNU time" | "/proc sampling";
}

/** True when GNU time is installed (it writes "Maximum resident set size" with -v). */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Run `command args…` with output appended to `logFile`; resolve when it exits. */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeFile: string },
): Promise<MeasuredRun> {
  const useTime = hasGnuTime();
  const log = openSync(options.logFile, "a");
  const start = performance.now();
  const child = useTime
    ? spawn(GNU_TIME, ["-v", "-o", options.timeFile, command, ...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", log, log],
      })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", log, log] });
  let sampled = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => (sampled = Math.max(sampled, treeHighWaterKiB(child.pid))), 100);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  const wallMs = performance.now() - start;
  if (sampler !== undefined) clearInterval(sampler);
  closeSync(log);
  if (useTime) {
    const report = readFileSync(options.timeFile, "utf8");
    return { exitCode, wallMs, peakRssKiB: parseMaxRss(report), cpuMs: parseCpuMs(report), rssMethod: "GNU time" };
  }
  return {
    exitCode,
    wallMs,
    peakRssKiB: sampled > 0 ? sampled : undefined,
    cpuMs: undefined,
    rssMethod: "/proc sampling",
  };
}

/** "Maximum resident set size (kbytes): 123456" from `time -v` output. */
export function parseMaxRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/u.exec(report);
  return match === null ? undefined : Number(match[1]);
}

/** User plus system time from `time -v` output, in ms (the waited-for tree, threads included). */
export function parseCpuMs(report: string): number | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/u.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/u.exec(report);
  if (user === null || system === null) return undefined;
  return (Number(user[1]) + Number(system[1])) * 1000;
}

/** Largest VmHWM of a process and its descendants, in KiB (0 when gone). */
function treeHighWaterKiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let peak = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      const match = /VmHWM:\s*(\d+) kB/u.exec(readFileSync(`/proc/${next}/status`, "utf8"));
      peak = Math.max(peak, Number(match?.[1] ?? 0));
      for (const task of readdirSync(`/proc/${next}/task`)) {
        const children = readFileSync(`/proc/${next}/task/${task}/children`, "utf8").trim();
        if (children !== "") pending.push(...children.split(/\s+/u).map(Number));
      }
    } catch {
      // The process exited between listing and reading: nothing to add.
    }
  }
  return peak;
}
