import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareTrees } from "../../scripts/lib/gates/compare-trees.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → text). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gates-tree-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("compareTrees", () => {
  it("finds no difference between identical builds", () => {
    const files = { "index.html": "<p>same</p>", "a/index.html": "<p>a</p>" };
    expect(compareTrees(tree(files), tree(files))).toEqual({ files: 2, onlyInA: [], onlyInB: [], differing: [] });
  });

  it("reports files only one build has, and where a shared file first differs", () => {
    const diff = compareTrees(
      tree({ "index.html": "<p>built 10:00</p>", "old.html": "x" }),
      tree({ "index.html": "<p>built 10:01</p>", "new.html": "x" }),
    );
    expect(diff.onlyInA).toEqual(["old.html"]);
    expect(diff.onlyInB).toEqual(["new.html"]);
    expect(diff.differing).toEqual([
      { file: "index.html", offset: 13, a: '"<p>built 10:00</p>"', b: '"<p>built 10:01</p>"' },
    ]);
  });
});
