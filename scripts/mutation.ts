/**
 * Mutation testing of the core modules (StrykerJS over the unit tests, see
 * stryker.config.json), one module per run so each run mutates one file and
 * runs only the test files related to it; then the score per module.
 *
 *   npm run test:mutation [-- <module name>…]
 *
 * Slow (minutes per module: test files that build the site do so for every
 * mutant they cover), so it is not part of `npm test`. Exits non-zero when a
 * module scores below the target.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatScores,
  MUTATION_MODULES,
  scoreModule,
  TARGET_SCORE,
  type ModuleScore,
  type MutationModule,
  type MutationReport,
} from "./lib/mutation-modules.ts";

const REPORT = join("reports", "mutation", "mutation.json");

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !MUTATION_MODULES.some((module) => module.name === name));
if (unknown.length > 0) {
  console.error(
    `test:mutation: unknown module ${unknown.join(", ")}; choose from ${MUTATION_MODULES.map((m) => m.name).join(", ")}`,
  );
  process.exit(2);
}
const modules = MUTATION_MODULES.filter((module) => wanted.length === 0 || wanted.includes(module.name));

const rows: { module: MutationModule; score: ModuleScore }[] = [];
for (const module of modules) {
  console.log(`\n── mutating ${module.name} (${module.file}) ──`);
  const stryker = join("node_modules", ".bin", "stryker");
  const run = spawnSync(stryker, ["run", "--mutate", module.file], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`test:mutation: StrykerJS failed on ${module.file} (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  rows.push({ module, score: scoreModule(JSON.parse(readFileSync(REPORT, "utf8")) as MutationReport, module.file) });
}

console.log(`\nMutation score per module (killed of covered mutants; target ${TARGET_SCORE * 100} %):`);
for (const line of formatScores(rows)) console.log(line);
if (rows.some((row) => row.score.covered === undefined || row.score.covered < TARGET_SCORE)) process.exitCode = 1;
