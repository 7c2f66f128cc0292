/**
 * Reproducibility gate: build the site twice, each time into fresh output
 * and cache folders under tmp/reproducible/, and compare every file byte for
 * byte. The same content must always give the same site, so a rebuild never
 * shows spurious changes and a published page can be traced to its sources.
 *
 *   tsx scripts/check-reproducible.ts
 *
 * CONTENT_DIR is passed through (default content/). Prints differing files; exits non-zero on any.
 */
import { buildInto } from "./lib/build/build-into.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { compareTrees } from "./lib/gates/compare-trees.ts";

export const main = cliMain(async (argv, io) => {
  parseCliArgs(argv, { options: {} });
  const started = Date.now();
  const a = { outDir: "tmp/reproducible/a", cacheDir: "tmp/reproducible/a-cache" };
  const b = { outDir: "tmp/reproducible/b", cacheDir: "tmp/reproducible/b-cache" };
  // One after the other, not in parallel: two builds at once on a small machine would only race for CPU.
  await buildInto(a);
  await buildInto(b);
  const diff = compareTrees(a.outDir, b.outDir);

  for (const file of diff.onlyInA) io.stderr(`  only in the first build: ${file}`);
  for (const file of diff.onlyInB) io.stderr(`  only in the second build: ${file}`);
  for (const { file, offset, a: first, b: second } of diff.differing) {
    io.stderr(`  DIFFERS ${file} at byte ${offset}:\n    first:  ${first}\n    second: ${second}`);
  }
  const problems = diff.onlyInA.length + diff.onlyInB.length + diff.differing.length;
  io.stdout(
    `Reproducible: 2 builds of ${diff.files} files compared byte for byte in ${((Date.now() - started) / 1000).toFixed(0)} s, ${problems} differing`,
  );
  return problems > 0 ? 1 : 0;
});

await runWhenEntryPoint(import.meta.url, main);
