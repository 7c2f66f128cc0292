/**
 * The core modules `npm run test:mutation` mutates, one StrykerJS run each,
 * and how a run's JSON report becomes a score per module.
 */

/**
 * A core module: a short name to select it by, the source file StrykerJS
 * mutates, and the unit test files that specify it (the ones run against
 * each mutant; others that merely reach the module, such as tests building a
 * whole site, would cost minutes per mutant and check it only in passing).
 */
export interface MutationModule {
  readonly name: string;
  readonly file: string;
  readonly tests: readonly string[];
}

/** The modules whose tests must kill their mutants (issue 22: target ≥ 85 % of covered mutants). */
export const MUTATION_MODULES: readonly MutationModule[] = [
  {
    name: "quote-locator",
    file: "src/lib/claims/locate-quote.ts",
    tests: [
      "tests/unit/locate-quote.test.ts",
      "tests/unit/content-errors.test.ts",
      "tests/unit/content-names-and-invisible.test.ts",
    ],
  },
  {
    name: "no-loss-proof",
    file: "src/lib/import/verify-no-loss.ts",
    tests: ["tests/unit/importer.test.ts", "tests/unit/importer-no-loss-guard.test.ts"],
  },
  { name: "source-check", file: "src/lib/content/check-sources.ts", tests: ["tests/unit/check-sources.test.ts"] },
  {
    name: "one-sided-details",
    file: "src/lib/compare/one-sided.ts",
    tests: ["tests/unit/compare-details.test.ts"],
  },
  { name: "numbers", file: "src/lib/compare/numbers.ts", tests: ["tests/unit/compare-details.test.ts"] },
  {
    name: "name-matcher",
    file: "src/lib/people/name-matcher.ts",
    tests: ["tests/unit/compare-details.test.ts", "tests/unit/content-names-and-invisible.test.ts"],
  },
  { name: "redirects", file: "src/lib/share/redirects.ts", tests: ["tests/unit/share-previews.test.ts"] },
  {
    name: "search-vocabulary",
    file: "src/lib/search/shared/vocabulary.ts",
    tests: [
      "tests/unit/search-vocabulary.test.ts",
      "tests/unit/search-ranking.test.ts",
      "tests/unit/search-shards.test.ts",
      "tests/unit/search-query.test.ts",
    ],
  },
  {
    name: "story-calendar",
    file: "src/lib/compare/align/story-calendar.ts",
    tests: ["tests/unit/compare-status-slots.test.ts"],
  },
  {
    name: "story-spellings",
    file: "src/lib/compare/align/story-spellings.ts",
    tests: ["tests/unit/compare-story-spellings.test.ts"],
  },
  { name: "agents", file: "src/lib/compare/align/agents.ts", tests: ["tests/unit/compare-agents.test.ts"] },
];

/** The environment variable that tells vitest.mutation.config.ts which test files to run. */
export const MUTATION_TESTS_ENV = "MUTATION_TESTS";

/** The target: share of covered mutants the unit tests must kill. */
export const TARGET_SCORE = 0.85;

/** Mutant statuses as StrykerJS's JSON report (mutation-testing-report-schema) writes them. */
type MutantStatus = "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored";

/** The part of a StrykerJS JSON report this reads. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: MutantStatus }[] }>>;
}

/** One module's outcome. */
export interface ModuleScore {
  readonly killed: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Mutants that did not compile or crashed the run: not counted either way, as StrykerJS does. */
  readonly errors: number;
  /** Killed (a timeout counts as killed) over killed plus survived; undefined with no covered mutant. */
  readonly covered: number | undefined;
}

/**
 * Score one file of a report as StrykerJS's "covered" column does: mutants
 * no test reaches are left out, so the figure says how well the tests that
 * run the code check it (the "no coverage" count is shown beside it).
 *
 * @throws Error when the report has no entry for the file (a renamed module would score nothing).
 */
export function scoreModule(report: MutationReport, file: string): ModuleScore {
  const entry = Object.entries(report.files).find(([path]) => path === file || path.endsWith(`/${file}`))?.[1];
  if (entry === undefined) throw new Error(`the mutation report has no file ${file}`);
  const count = (...statuses: MutantStatus[]) => entry.mutants.filter((m) => statuses.includes(m.status)).length;
  const killed = count("Killed", "Timeout");
  const survived = count("Survived");
  return {
    killed,
    survived,
    noCoverage: count("NoCoverage"),
    errors: count("CompileError", "RuntimeError"),
    covered: killed + survived === 0 ? undefined : killed / (killed + survived),
  };
}

/** One line per module: "numbers  91.2 %  (62 killed, 6 survived, 0 no coverage) ✓". */
export function formatScores(rows: readonly { module: MutationModule; score: ModuleScore }[]): string[] {
  const width = Math.max(...rows.map((row) => row.module.name.length));
  return rows.map(({ module, score }) => {
    const percent = score.covered === undefined ? "  n/a" : `${(score.covered * 100).toFixed(1).padStart(5)} %`;
    const mark = score.covered !== undefined && score.covered >= TARGET_SCORE ? "✓" : "✗";
    return `${module.name.padEnd(width)}  ${percent}  (${score.killed} killed, ${score.survived} survived, ${score.noCoverage} no coverage${score.errors > 0 ? `, ${score.errors} errors` : ""}) ${mark}`;
  });
}
