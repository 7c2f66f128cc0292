/**
 * The unit tests alone, for mutation testing (`npm run test:mutation`,
 * StrykerJS): no e2e project, since a mutant is judged by unit tests only,
 * and a long timeout, since instrumented code runs slower and the machine
 * running it is often busy. Not used by `npm test`.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
