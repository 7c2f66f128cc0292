/**
 * Run the quality gates against the built site, one after the other:
 * internal links, HTML validity, Lighthouse scores, reproducible builds.
 *
 *   tsx scripts/gates.ts [dist-dir]
 *
 * Every gate runs even when an earlier one fails, so one run shows all
 * problems; the exit code is non-zero when any gate failed.
 */
import { spawnSync } from "node:child_process";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain((argv, io) => {
  const { positionals } = parseCliArgs(argv, { options: {}, maxPositionals: 1 });
  const dist = positionals[0] ?? process.env.DIST_DIR ?? "dist";
  const gates = [
    { name: "links", script: "scripts/check-links.ts", args: [dist] },
    { name: "html", script: "scripts/check-html.ts", args: [dist] },
    { name: "lighthouse", script: "scripts/lighthouse.ts", args: [dist] },
    { name: "reproducible", script: "scripts/check-reproducible.ts", args: [] },
  ];

  const results: { name: string; ok: boolean; seconds: number }[] = [];
  for (const gate of gates) {
    io.stdout(`\n── gate: ${gate.name} ──`);
    const started = Date.now();
    // Same Node as this process, with tsx as a loader: no reliance on whichever `node` is first on PATH.
    const run = spawnSync(process.execPath, ["--import", "tsx", gate.script, ...gate.args], { stdio: "inherit" });
    if (run.error) io.stderr(`Could not start ${gate.script}: ${run.error.message}`);
    results.push({ name: gate.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
  }

  io.stdout("\n── gates ──");
  for (const { name, ok, seconds } of results) {
    io.stdout(`${ok ? "pass" : "FAIL"}  ${name.padEnd(12)} ${seconds.toFixed(0)} s`);
  }
  const failed = results.filter((result) => !result.ok).map((result) => result.name);
  if (failed.length > 0) {
    io.stderr(`${failed.length} gate(s) failed: ${failed.join(", ")}`);
    return 1;
  }
  return 0;
});

await runWhenEntryPoint(import.meta.url, main);
