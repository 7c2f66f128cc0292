import { describe, expect, it } from "vitest";
import { routeKind, routeTimes } from "../../scripts/lib/bench/build-log.ts";
import { parseCpuMs, parseMaxRss } from "../../scripts/lib/bench/measure-process.ts";
import { cardShare, cardStats, isHomePage, isStoryPage } from "../../scripts/lib/bench/scale-figures.ts";
import { queriesFor } from "../../scripts/lib/bench/search-latency.ts";

describe("scale benchmark helpers", () => {
  it("read the peak RSS from GNU time's report, and nothing from another text", () => {
    const report =
      "\tUser time (seconds): 29.32\n\tMaximum resident set size (kbytes): 1030508\n\tAverage resident set size (kbytes): 0\n";
    expect(parseMaxRss(report)).toBe(1_030_508);
    expect(parseMaxRss("Command exited with non-zero status 1")).toBeUndefined();
  });

  it("read the CPU time of the build tree from GNU time's report", () => {
    const report = "\tUser time (seconds): 29.32\n\tSystem time (seconds): 1.50\n\tPercent of CPU this job got: 180%\n";
    expect(parseCpuMs(report)).toBeCloseTo(30_820, 6);
    expect(parseCpuMs("\tUser time (seconds): 29.32\n")).toBeUndefined();
  });

  it("sum the card lines of a build log, even one printed inside a route line", () => {
    const log = [
      "13:09:00   ├─ /og/claims/a.png[cards] 25 rendered in 1 workers, 298 ms CPU",
      " (+3ms)",
      "[cards] 5 rendered in 2 workers, 12 ms CPU",
    ].join("\n");
    expect(cardStats(log)).toEqual({ cards: 30, workers: 2, cpuMs: 310 });
    expect(cardStats("13:09:00 [build] Complete!")).toBeUndefined();
  });

  it("report the larger of the cards' CPU share and wall share of the same build", () => {
    expect(cardShare({ cpuMs: 20_000, routeMs: 5_000 }, { cpuMs: 100_000, wallMs: 80_000 })).toEqual({
      cpu: 0.2,
      wall: 0.0625,
      reported: 0.2,
    });
    expect(cardShare({ cpuMs: 1_000, routeMs: 30_000 }, { cpuMs: 100_000, wallMs: 60_000 }).reported).toBe(0.5);
    // Without GNU time there is no CPU figure: the wall share stands alone.
    expect(cardShare({ cpuMs: 1_000, routeMs: 6_000 }, { cpuMs: undefined, wallMs: 60_000 })).toEqual({
      cpu: undefined,
      wall: 0.1,
      reported: 0.1,
    });
  });

  it("tell home pages and story pages from the other pages", () => {
    expect(["index.html", "page/2/index.html", "page/15/index.html"].every(isHomePage)).toBe(true);
    expect(["page/x/index.html", "people/index.html", "stories/a/index.html"].some(isHomePage)).toBe(false);
    expect(isStoryPage("stories/summit/index.html")).toBe(true);
    expect(isStoryPage("stories/summit/status/agree/index.html")).toBe(false);
  });

  it("group output paths by route kind", () => {
    expect(routeKind("/index.html")).toBe("/");
    expect(routeKind("/claims/plan-agreed/index.html")).toBe("/claims/[id]/");
    expect(routeKind("/stories/summit/person/anna-berg/index.html")).toBe("/stories/[id]/[kind]/[value]/");
    expect(routeKind("/stories/summit/index.html")).toBe("/stories/[id]/");
    expect(routeKind("/og/claims/plan-agreed.png")).toBe("/og/claims/*.png");
    expect(routeKind("/search/index.0123abcd.json")).toBe("/search/*.json");
    expect(routeKind("/claims.json")).toBe("/claims.json");
    expect(routeKind("/about/index.html")).toBe("/about/");
  });

  it("sum Astro's per-route times, most expensive kind first, ignoring other lines", () => {
    const log = [
      " generating static routes ",
      "18:50:26   ├─ /claims/a/index.html (+6ms) ",
      "18:50:26   ├─ /claims/b/index.html (+2ms) ",
      "18:50:27   ├─ /og/claims/a.png (+200ms) ",
      "18:50:27   ├─ /og/claims/b.png (+55ms) ",
      "18:50:28   └─ /og/claims/c.png (+1.25s) ",
      "18:50:55 ✓ Completed in 30.35s.",
    ].join("\n");
    expect([...routeTimes(log)]).toEqual([
      ["/og/claims/*.png", { pages: 3, ms: 1505 }],
      ["/claims/[id]/", { pages: 2, ms: 8 }],
    ]);
  });

  it("draw the same search queries from the same index: names, aliases, typos and phrases", () => {
    const payload = {
      people: [{ name: "Anna Berg", aliases: ["Berg"] }],
      claims: [{ title: "Berg and Dahl met", quotes: [{ text: "Anna Berg met Carl Dahl in Oslo." }] }],
    };
    const queries = queriesFor(payload);
    expect(queries).toEqual(queriesFor(payload));
    expect(queries).toHaveLength(50);
    expect(queries).toContain("Anna Berg");
    expect(queries).toContain("Berg");
    // Typos swap two neighbouring letters of a name.
    expect(queries.some((query) => ["Anan", "Breg", "Begr"].includes(query))).toBe(true);
  });
});
