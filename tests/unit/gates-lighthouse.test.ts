import { describe, expect, it } from "vitest";
import { median, medianFigures, RUNS_PER_PAGE, scoreTable } from "../../scripts/lib/gates/lighthouse-pages.ts";

const run = (performance: number | null, tbtMs?: number) => ({
  scores: { performance, accessibility: 1, "best-practices": 1, seo: 1 },
  tbtMs,
});

describe("Lighthouse medians", () => {
  it("runs each page at least three times", () => {
    expect(RUNS_PER_PAGE).toBeGreaterThanOrEqual(3);
  });

  it("takes the middle value, whatever the order, and the mean of the middle two for an even count", () => {
    expect(median([0.91, 1, 0.97])).toBe(0.97);
    expect(median([1, 0.91, 0.97, 0.99])).toBeCloseTo(0.98, 10);
    expect(median([])).toBeUndefined();
  });

  it("outvotes one slow run, figure by figure", () => {
    const figures = medianFigures([run(0.91, 340), run(1, 20), run(0.99, 60)]);
    expect(figures).toEqual({
      scores: { performance: 0.99, accessibility: 1, "best-practices": 1, seo: 1 },
      tbtMs: 60,
    });
  });

  it("keeps a category no run could score as a failure, not noise", () => {
    expect(medianFigures([run(1, 10), run(null, 10), run(1, 10)]).scores["performance"]).toBeNull();
    expect(medianFigures([run(1, 10), run(1), run(1, 10)]).tbtMs).toBeUndefined();
  });

  it("prints the medians with the blocking time, marking a failing cell", () => {
    const table = scoreTable([
      { page: { kind: "search", path: "/search/?q=Witkoff", preset: "mobile" }, ...medianFigures([run(0.9, 250)]) },
    ]);
    expect(table.split("\n")).toEqual([
      "page                                performance  accessibility  best-practices  seo  TBT",
      "search /search/?q=Witkoff (mobile)  90 ✗         100            100             100  250 ms",
    ]);
  });
});
