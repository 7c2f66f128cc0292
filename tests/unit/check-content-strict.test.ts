/**
 * `npm run check:content` is run with --strict by `npm test`: it must fail
 * when a sentence is left uncovered, and only then. Spawns the script (tsx)
 * on copies of the basic fixture, with a timeout that fits a loaded machine.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BASIC_DIR } from "./helpers/basic-fixture.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

const work = mkdtempSync(path.join(tmpdir(), "check-content-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkContent(dir: string, ...flags: string[]) {
  return spawnSync(path.join(REPO, "node_modules", ".bin", "tsx"), ["scripts/check-content.ts", dir, ...flags], {
    cwd: REPO,
    encoding: "utf8",
  });
}

describe("check:content --strict", () => {
  const complete = path.join(work, "complete");
  const partial = path.join(work, "partial");
  cpSync(BASIC_DIR, complete, { recursive: true });
  cpSync(BASIC_DIR, partial, { recursive: true });
  // Without the claim quoting it, "The talks lasted two hours." is covered by no claim.
  rmSync(path.join(partial, "claims", "talks-two-hours.yaml"));

  it(
    "fails below 100 % coverage, naming the uncovered sentence; passes without --strict and at 100 %",
    () => {
      const strict = checkContent(partial, "--strict");
      expect(strict.stdout).toContain("first-report: 3/4 sentences covered by claims (75.0 %)");
      expect(strict.stdout).toContain("  uncovered: The talks lasted two hours.");
      expect(strict.stderr).toContain("Coverage is below 100 %: add claims for the uncovered sentences.");
      expect(strict.status).toBe(1);

      const lenient = checkContent(partial);
      expect(lenient.stdout).toContain("  uncovered: The talks lasted two hours.");
      expect([lenient.status, lenient.stderr]).toEqual([0, expect.not.stringContaining("Coverage is below")]);

      const full = checkContent(complete, "--strict");
      expect(full.stdout).toContain("first-report: 4/4 sentences covered by claims (100.0 %)");
      expect(full.status, full.stderr).toBe(0);
    },
    spawnTimeout(3),
  );
});
