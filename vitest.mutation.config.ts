/**
 * The unit tests alone, for mutation testing (`npm run test:mutation`,
 * StrykerJS): no e2e project, since a mutant is judged by unit tests only,
 * and a long timeout, since instrumented code runs slower and the machine
 * running it is often busy. MUTATION_TESTS (comma-separated paths, set by
 * scripts/mutation.ts per module) narrows the files to the module's own
 * tests. Not used by `npm test`.
 */
import { defineConfig } from "vitest/config";

const only = process.env["MUTATION_TESTS"]?.split(",").filter((file) => file !== "");

export default defineConfig({
  test: {
    include: only !== undefined && only.length > 0 ? only : ["tests/unit/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
