import path from "node:path";
import { describe, expect, it } from "vitest";
import { structureViolations } from "./helpers/structure-rules.ts";

const REPO = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(REPO, "tests/fixtures/structure");

describe("layout rules (dependency-cruiser)", () => {
  it("name every forbidden arrow of a tree that breaks each rule", { timeout: 60_000 }, async () => {
    const found = await structureViolations(path.join(FIXTURES, "bad"), ["src"]);
    const arrows = (rule: string) => found.filter((v) => v.rule === rule).map((v) => `${v.from} → ${v.to}`);
    expect(arrows("compare-is-pure")).toEqual([
      "src/lib/compare/engine.ts → scripts/tool.ts",
      "src/lib/compare/engine.ts → src/lib/content/load.ts",
      "src/lib/compare/engine.ts → src/lib/model/site.ts",
    ]);
    expect(arrows("search-build-apart")).toEqual([
      "src/lib/search/build/a.ts → src/lib/search/browser/x.ts",
      "src/lib/search/build/a.ts → src/lib/search/yardstick/y.ts",
    ]);
    expect(arrows("search-browser-apart")).toEqual([
      "src/lib/search/browser/b.ts → src/lib/search/build/c.ts",
      "src/lib/search/browser/b.ts → src/lib/search/yardstick/y.ts",
    ]);
    expect(arrows("search-yardstick-apart")).toEqual([
      "src/lib/search/yardstick/z.ts → src/lib/search/browser/x.ts",
      "src/lib/search/yardstick/z.ts → src/lib/search/build/c.ts",
    ]);
    expect(arrows("production-never-imports-a-yardstick")).toEqual([
      "src/lib/search/browser/b.ts → src/lib/search/yardstick/y.ts",
      "src/lib/search/build/a.ts → src/lib/search/yardstick/y.ts",
      "src/pages/claims.ts → src/lib/compare/yardstick/baseline.ts",
      "src/pages/search.astro → src/lib/compare/yardstick/baseline.ts",
      "src/pages/search.astro → src/lib/search/yardstick/y.ts",
    ]);
    // One arrow per circle: where dependency-cruiser entered it.
    expect(arrows("no-circle-in-src")).toEqual(["src/lib/content/one.ts → src/lib/content/two.ts"]);
    expect(found).toHaveLength(15);
  });

  it(
    "find nothing in a tree whose arrows all point down (tests outside src/ may use a yardstick)",
    { timeout: 60_000 },
    async () => {
      expect(await structureViolations(path.join(FIXTURES, "good"), ["src", "tests"])).toEqual([]);
    },
  );

  // The gate: the project's own src/.
  it("hold for src/", { timeout: 120_000 }, async () => {
    expect(await structureViolations(REPO, ["src"])).toEqual([]);
  });
});
