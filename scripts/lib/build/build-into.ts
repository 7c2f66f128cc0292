import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { astroBuildCommand } from "./astro-build.ts";

/** Where one isolated build writes: its own output and Vite/Astro cache, so it never touches dist/. */
export interface BuildTarget {
  readonly outDir: string;
  readonly cacheDir: string;
  /** Content folder; the build's default (content/) when absent. */
  readonly contentDir?: string;
}

/**
 * Run `astro build` into fresh folders (both are emptied first, so nothing
 * cached from an earlier run leaks in), as `npm run build` runs it.
 * Rejects with the build's output when it fails.
 */
export async function buildInto(target: BuildTarget, timeoutMs = 300_000): Promise<void> {
  rmSync(resolve(target.outDir), { recursive: true, force: true });
  rmSync(resolve(target.cacheDir), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: target.outDir, ASTRO_CACHE_DIR: target.cacheDir };
  if (target.contentDir !== undefined) env.CONTENT_DIR = target.contentDir;
  const build = astroBuildCommand([], env);
  const child = spawn(build.command, build.args, {
    env: build.env,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: timeoutMs,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`astro build into ${target.outDir} failed (exit ${code}):\n${output.slice(-4000)}`);
}
