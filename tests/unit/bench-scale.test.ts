import { describe, expect, it } from "vitest";
import { routeKind, routeTimes } from "../../scripts/lib/build-log.ts";
import { parseMaxRss } from "../../scripts/lib/measure-process.ts";
import { queriesFor } from "../../scripts/lib/search-latency.ts";

describe("scale benchmark helpers", () => {
  it("read the peak RSS from GNU time's report, and nothing from another text", () => {
    const report =
      "\tUser time (seconds): 29.32\n\tMaximum resident set size (kbytes): 1030508\n\tAverage resident set size (kbytes): 0\n";
    expect(parseMaxRss(report)).toBe(1_030_508);
    expect(parseMaxRss("Command exited with non-zero status 1")).toBeUndefined();
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
      "18:50:27   └─ /og/claims/b.png (+55ms) ",
      "18:50:55 ✓ Completed in 30.35s.",
    ].join("\n");
    expect([...routeTimes(log)]).toEqual([
      ["/og/claims/*.png", { pages: 2, ms: 255 }],
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
