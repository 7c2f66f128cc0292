/**
 * Mutation testing of the core modules (StrykerJS over the unit tests, see
 * stryker.config.mjs), one module per run so each run mutates one file and
 * runs only the unit test files that specify it (MUTATION_MODULES); then the
 * score per module.
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
import { CliError, USAGE_EXIT_CODE } from "./lib/cli/cli-error.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import {
  formatScores,
  MUTATION_MODULES,
  MUTATION_TESTS_ENV,
  scoreModule,
  TARGET_SCORE,
  type ModuleScore,
  type MutationModule,
  type MutationReport,
} from "./lib/gates/mutation-modules.ts";

/** The JSON report of one module's run (stryker.config.mjs reads MUTATION_REPORT), kept beside the others. */
const reportOf = (module: MutationModule): string => join("reports", "mutation", `${module.name}.json`);

export const main = cliMain(
  (argv, io) => {
    const { positionals } = parseCliArgs(argv, { options: {}, maxPositionals: MUTATION_MODULES.length });
    const unknown = positionals.filter((name) => !MUTATION_MODULES.some((module) => module.name === name));
    if (unknown.length > 0) {
      throw new CliError(
        `unknown module ${unknown.join(", ")}; choose from ${MUTATION_MODULES.map((m) => m.name).join(", ")}`,
        USAGE_EXIT_CODE,
      );
    }
    const modules = MUTATION_MODULES.filter((m) => positionals.length === 0 || positionals.includes(m.name));
    const rows: { module: MutationModule; score: ModuleScore }[] = [];
    for (const module of modules) {
      io.stdout(`\n── mutating ${module.name} (${module.file}) ──`);
      const run = spawnSync(join(io.cwd, "node_modules", ".bin", "stryker"), ["run", "--mutate", module.file], {
        cwd: io.cwd,
        stdio: "inherit",
        env: { ...process.env, [MUTATION_TESTS_ENV]: module.tests.join(","), MUTATION_REPORT: reportOf(module) },
      });
      if (run.status !== 0) throw new CliError(`StrykerJS failed on ${module.file} (exit ${run.status ?? run.signal})`);
      const report = JSON.parse(readFileSync(join(io.cwd, reportOf(module)), "utf8")) as MutationReport;
      rows.push({ module, score: scoreModule(report, module.file) });
    }
    io.stdout(`\nMutation score per module (killed of covered mutants; target ${TARGET_SCORE * 100} %):`);
    for (const line of formatScores(rows)) io.stdout(line);
    return rows.every((row) => row.score.covered !== undefined && row.score.covered >= TARGET_SCORE) ? 0 : 1;
  },
  { prefix: "test:mutation: " },
);

await runWhenEntryPoint(import.meta.url, main);
