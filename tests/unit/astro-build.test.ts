import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  assertOutDirInProject,
  ASTRO_CLI,
  astroBuildCommand,
  BUILD_ENV,
  BUILD_NODE_FLAGS,
} from "../../scripts/lib/build/astro-build.ts";
import { spawnTimeout } from "./helpers/spawn-timeout.ts";

describe("astroBuildCommand", () => {
  it("runs Astro's CLI with the build flags before the script, and keeps the caller's environment", () => {
    const build = astroBuildCommand(["--verbose"], { OUT_DIR: "tmp/x", MIMALLOC_PURGE_DELAY: "5000" });
    expect(build.args).toEqual([...BUILD_NODE_FLAGS, ASTRO_CLI, "build", "--verbose"]);
    expect(build.env["OUT_DIR"]).toBe("tmp/x");
    // The build's own setting wins over an inherited one: the benchmark measures what it documents.
    expect(build.env["MIMALLOC_PURGE_DELAY"]).toBe(BUILD_ENV["MIMALLOC_PURGE_DELAY"]);
  });

  it(
    "uses flags the pinned Node accepts (an unknown V8 flag stops Node before any script runs)",
    () => {
      const run = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, "-e", "process.stdout.write('ok')"], {
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("ok");
      const refused = spawnSync(process.execPath, ["--heap-growing-percentage=50", "-e", "0"], { encoding: "utf8" });
      expect(refused.status).not.toBe(0);
    },
    spawnTimeout(2),
  );

  it("is how npm builds the site", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["build"]).toBe("node scripts/build.ts");
    expect(scripts["start"]).toMatch(/^npm run build && /u);
  });
});

describe("assertOutDirInProject", () => {
  it("accepts output folders inside the project, relative or absolute", () => {
    expect(() => assertOutDirInProject("tmp/bench")).not.toThrow();
    expect(() => assertOutDirInProject(resolve("tmp/bench"))).not.toThrow();
    expect(() => assertOutDirInProject(undefined)).not.toThrow();
  });

  it("refuses one outside, where Astro would share its server chunks with every other such build", () => {
    expect(() => assertOutDirInProject(join(tmpdir(), "bench-scale-1000"))).toThrow(
      /outside the project.*under the project/u,
    );
    expect(() => astroBuildCommand([], { OUT_DIR: "../elsewhere" })).toThrow("OUT_DIR=../elsewhere");
  });
});
