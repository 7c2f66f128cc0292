// Mutation testing of the core modules over the unit tests: `npm run test:mutation` (scripts/mutation.ts runs one
// module at a time with its own --mutate, its own test files in MUTATION_TESTS and its own report file in
// MUTATION_REPORT). Not part of `npm test`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  timeoutFactor: 3,
  ignorePatterns: ["dist", "reports", "test-results", "coverage", ".astro", "tmp"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  reporters: ["clear-text", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: process.env["MUTATION_REPORT"] ?? "reports/mutation/mutation.json" },
  incremental: false,
};
