import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // Unit tests check behaviour, never speed (benches measure that): vitest's default 5 s ran out for
          // in-process tests that parse and align whole reports (claims-suggest) on a loaded 2-core machine.
          // Tests that start processes set longer timeouts of their own (tests/unit/helpers/spawn-timeout.ts).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // One built site and one browser are shared; files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          // expect.poll waits 1 s by default: a desk action that runs the engine again takes longer on a loaded
          // 2-core machine (one run failed so, with a mutation run beside it). Polls still end at the first match.
          expect: { poll: { timeout: 15_000 } },
          // Files that build a site of their own do it in beforeAll: minutes on a loaded 2-core machine.
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
