import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { analyseStory } from "../../src/lib/compare/align/suggest.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import { explainKey } from "../../scripts/lib/bench/explain-key.ts";
import type { AlignmentSet } from "../../scripts/lib/bench/alignment-set.ts";

const report = (id: string, ...paragraphs: string[]) => ({
  id,
  label: id,
  blocks: parseArticle(paragraphs.join("\n\n")).blocks,
});

describe("bench align --explain", () => {
  const reports = [
    report("a", "The quay will stay closed until Friday.", "Gulls nested on the old crane."),
    report("b", "The quay is expected to reopen on Wednesday.", "A brass band played on the pier."),
  ];
  const id = (r: number, n: number) => reports[r]?.blocks[n]?.sentences[0]?.id as string;
  const analysis = analyseStory({ reports, findDetails: siteDetailFinder() });

  it("says nothing of a claim the engine got right", () => {
    const set: AlignmentSet = {
      name: "quay",
      heldOut: false,
      reports,
      expected: [
        {
          status: "differ",
          accounts: new Map([
            ["a", [id(0, 0)]],
            ["b", [id(1, 0)]],
          ]),
        },
      ],
    };
    expect(explainKey(set, analysis)).toEqual([]);
  });

  it("lists a wrong status with its note, and a missed pair with both sentences and its candidate rank", () => {
    const set: AlignmentSet = {
      name: "quay",
      heldOut: false,
      reports,
      expected: [
        {
          status: "agree",
          accounts: new Map([
            ["a", [id(0, 0)]],
            ["b", [id(1, 0)]],
          ]),
        },
        {
          status: "agree",
          accounts: new Map([
            ["a", [id(0, 1)]],
            ["b", [id(1, 1)]],
          ]),
        },
      ],
    };
    const lines = explainKey(set, analysis);
    expect(lines).toContain("claim 1 (agree): 2 sentences");
    expect(lines).toContain("  status differ: Friday vs. Wednesday (a vs. b)");
    expect(lines).toContain(`  missed a#${id(0, 1)} "Gulls nested on the old crane."`);
    expect(lines).toContain(`      and b#${id(1, 1)} "A brass band played on the pier." (candidate 1)`);
    expect(lines).toContain("  no suggestion holds any of its pairs");
  });
});

it("lists the pairs a suggestion makes that the key does not hold", () => {
  const reports = [
    report("a", "The quay will stay closed until Friday."),
    report("b", "The quay is expected to reopen on Wednesday."),
  ];
  const analysis = analyseStory({ reports, findDetails: siteDetailFinder() });
  const lines = explainKey({ name: "quay", heldOut: false, reports, expected: [] }, analysis);
  expect(lines[0]).toMatch(/^false pairs in a suggested differ \(Friday vs\. Wednesday/u);
  expect(lines.slice(1)).toEqual([
    `  a#${reports[0]?.blocks[0]?.sentences[0]?.id} "The quay will stay closed until Friday."`,
    `  b#${reports[1]?.blocks[0]?.sentences[0]?.id} "The quay is expected to reopen on Wednesday."`,
  ]);
});

describe("npm run bench align -- --explain", () => {
  it("refuses a held-out key, so its misses stay unseen", async () => {
    const { main } = await import("../../scripts/bench.ts");
    const err: string[] = [];
    const code = await main(["align", "--explain=ferry"], { stdout: () => {}, stderr: (line) => err.push(line) });
    expect(code).toBe(2);
    expect(err).toEqual([
      "--explain takes a development key (flood, harbour, plant, talks): held-out keys are never inspected, so they stay unseen",
    ]);
  });
});
