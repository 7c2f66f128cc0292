/**
 * `astro build` and `npm run check:content` refuse the same content with the
 * same messages, all of them: the build's loader runs the check's proof. For each refused
 * case that fails at a different stage (file names, schema, model, topics,
 * draft placeholders, links to the original), the real build must fail and print the problem
 * that check:content prints.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { refusedCorpus } from "../unit/helpers/hostile-corpus.ts";

/** One case per stage of the proof. */
const CASES = [
  "reserved-file-name",
  "impossible-dates",
  "bad-redirect-ids",
  "colliding-topics",
  "draft-placeholders",
  "ambiguous-text-fragment",
  "vanished-published-id",
  // Issue 21: problems of every stage at once, and a source re-proof the build used to skip.
  "every-problem-at-once",
  "edited-after-import",
  "folders-in-content",
];

/** The problem lines (`- file → field: problem`) of a command's output. */
const problemLines = (output: string): string[] =>
  output
    .split("\n")
    .map((line) => line.replace(/\u001b\[[0-9;]*m/gu, "").trim())
    .filter((line) => /^- \S+ → /u.test(line))
    .sort();

describe("check:content and the build refuse the same content", () => {
  for (const name of CASES) {
    it(
      name,
      async () => {
        const dir = refusedCorpus(name, "tmp/parity");
        const check = spawnSync("npx", ["tsx", "scripts/check-content.ts", dir], { encoding: "utf8" });
        expect(check.status, check.stdout + check.stderr).toBe(1);
        const expected = problemLines(check.stderr);
        expect(expected.length).toBeGreaterThan(0);
        const build = await buildInto({
          outDir: `tmp/parity-dist/${name}`,
          cacheDir: `tmp/parity-cache/${name}`,
          contentDir: dir,
        }).then(
          () => "",
          (error: unknown) => String(error),
        );
        expect(build, "the build must fail").not.toBe("");
        // The build's loader runs the check's whole proof first, so it names every problem the check names.
        const named = expected.filter((line) => build.includes(line.slice(2)));
        expect(named, build.slice(-1500)).toEqual(expected);
        for (const line of problemLines(build)) expect(expected).toContain(line);
      },
      240_000,
    );
  }
});
