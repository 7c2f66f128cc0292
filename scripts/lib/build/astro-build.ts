/**
 * How every production build runs: `npm run build`, `npm start`, the fixture
 * builds of the tests, the gates and the benchmarks all start `astro build`
 * through here, so what the benchmark measures is what a user runs.
 *
 * Why the settings: Astro asks every route for its paths before it renders a
 * page, so the build first computes the whole site model, the search shards
 * and the card inputs at once. That burst of short-lived objects let V8 grow
 * its heap to about three times the ~300 MB that stay alive, and the pages it
 * freed stayed resident in V8's page pool for the rest of the build. Measured
 * on the 1 000-article synthetic corpus (`npm run bench scale`), peak RSS of a
 * cold build, one setting at a time: none 1 680 MiB; `--heap-growing-percent`
 * 1 385; `--max-semi-space-size` 1 581; `MIMALLOC_PURGE_DELAY` 1 564; all
 * three 1 166, with the same wall time.
 */
import { spawn } from "node:child_process";
import { isAbsolute, join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

/** Astro's command-line entry, run by Node directly so that Node takes the flags below. */
export const ASTRO_CLI = join(ROOT, "node_modules/astro/bin/astro.mjs");

/**
 * V8 flags for the build process.
 * - `--heap-growing-percent=50`: after a full GC the next one comes once the
 *   heap has grown by half of what survived, instead of V8's adaptive factor
 *   (up to 4×), which a build with a large model and a burst of garbage pays for in memory.
 * - `--max-semi-space-size=16` (MiB): the young generation is 2 × 16 MiB
 *   instead of 2 × 64 MiB; the pages render one at a time and their garbage
 *   is small, so a larger nursery bought no speed.
 */
export const BUILD_NODE_FLAGS: readonly string[] = ["--heap-growing-percent=50", "--max-semi-space-size=16"];

/**
 * Environment of the build process. Rolldown (Vite's bundler), resvg and
 * Astro's compiler allocate through mimalloc, which by default keeps freed
 * memory for a while; the bundling step ends before the pages render, so its
 * memory is better given back at once.
 */
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: "0" };

/**
 * Refuse an output folder outside the project. Astro writes the server
 * chunks a static build renders from into `<outDir>/.prerender/`, or, when the
 * output folder is outside the working directory, into the project's shared
 * `.astro/.prerender/`: two such builds at once then delete each other's
 * chunks and fail half-way with "Cannot find module". Inside the project
 * every build keeps its own.
 */
export function assertOutDirInProject(outDir: string | undefined): void {
  if (outDir === undefined) return;
  const inside = relative(ROOT, resolve(ROOT, outDir));
  if (inside.startsWith("..") || isAbsolute(inside))
    throw new Error(
      `OUT_DIR=${outDir} is outside the project (${ROOT}): Astro would share its server chunks with every other such build. Build into a folder under the project, such as tmp/.`,
    );
}

/** The command line of one build: `node <flags> astro.mjs build <args…>`, with its environment. */
export function astroBuildCommand(
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  assertOutDirInProject(env["OUT_DIR"]);
  return {
    command: process.execPath,
    args: [...BUILD_NODE_FLAGS, ASTRO_CLI, "build", ...args],
    env: { ...env, ...BUILD_ENV },
  };
}

/** Run one build with output on this terminal; resolves to its exit code. */
export function runAstroBuild(args: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const build = astroBuildCommand(args, env);
  const child = spawn(build.command, build.args, { cwd: ROOT, env: build.env, stdio: "inherit" });
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", (code, signal) => done(code ?? (signal === null ? 1 : 128)));
  });
}
