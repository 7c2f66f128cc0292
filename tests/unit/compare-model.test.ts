import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatDetailWarnings, formatUnlistedNames } from "../../src/lib/model/review.ts";
import { segmentText } from "../../src/lib/text/ranges.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { toClaimsCsv } from "../../src/lib/export/claims-csv.ts";
import { toClaimsExport } from "../../src/lib/export/claims-json.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { reportPairs, storyDifferences } from "../../src/lib/model/differences.ts";
import { leftOutClaims, reportLabels } from "../../src/lib/model/report-labels.ts";
import type { AccountDetails, Site } from "../../src/lib/model/types.ts";
import { BASIC_DIR, basicWith } from "./helpers/basic-fixture.ts";

const basic = buildSite(loadContent(BASIC_DIR));
const texts = (details: AccountDetails | undefined): string[] => details?.only.map((d) => d.text) ?? [];
const marked = (site: Site, claimId: string, articleId: string): string[] => {
  const claim = site.claims.get(claimId);
  const account = claim?.accounts.find((a) => a.articleId === articleId);
  return (account?.quotes ?? []).flatMap((quote, i) =>
    segmentText(quote.exact, claim?.details[articleId]?.marks[i] ?? [])
      .filter((s) => s.marked)
      .map((s) => s.text),
  );
};

describe("details in the model (basic fixture)", () => {
  it("a place only one account names is that account's detail, named nowhere in the other report", () => {
    const claim = basic.claims.get("leaders-met");
    expect(claim?.details["first-report"]?.only).toEqual([
      { kind: "place", key: "oslo", text: "Oslo", namedElsewhereBy: [] },
    ]);
    expect(texts(claim?.details["second-report"])).toEqual(["Bergen"]);
    expect(marked(basic, "leaders-met", "first-report")).toEqual(["Oslo"]);
  });

  it("a detail the other report names elsewhere is no 'only', and an agree claim with just those reads agree", () => {
    const claim = basic.claims.get("plan-agreed");
    expect(claim?.details["first-report"]?.elsewhere.map((d) => [d.text, d.namedElsewhereBy])).toEqual([
      ["Berg", ["second-report"]],
    ]);
    expect(claim?.details["first-report"]?.only).toEqual([]);
    expect(marked(basic, "plan-agreed", "first-report")).toEqual([]);
    expect(claim?.detailsDiffer).toBe(false);
  });

  it("an agree claim whose account names what the other report never does reads 'details differ'", () => {
    const site = buildSite(
      basicWith("talks-two-hours", (claim) => ({
        ...claim,
        accounts: {
          ...claim.accounts,
          "first-report": { ...claim.accounts["first-report"]!, quotes: ["Anna Berg met Carl Dahl in Oslo."] },
        },
      })),
    );
    const claim = site.claims.get("talks-two-hours");
    expect(claim?.detailsDiffer).toBe(true);
    expect(storyDifferences(site, site.stories[0]!).map((c) => c.id)).toEqual(["leaders-met", "talks-two-hours"]);
  });

  it("a claim with one account, and accounts naming the same things, have none", () => {
    expect(basic.claims.get("critics-vague")?.details).toEqual({});
    expect(basic.claims.get("talks-two-hours")?.details).toEqual({});
  });

  it("says what each report leaves out", () => {
    expect(basic.stories[0]?.leftOut).toEqual({ "first-report": [], "second-report": ["critics-vague"] });
  });
});

describe("details in the real story", () => {
  const site = buildSite(loadContent("content"));
  const republic = "republic-policy-putin-agrees-nato-like-guarantees";
  const other = "witkoff-claims-putin-agrees-to-security-guarantees";
  const keys = (claimId: string, articleId: string, which: "only" | "details" = "only"): string[] =>
    site.claims.get(claimId)?.details[articleId]?.[which].map((d) => `${d.kind}:${d.key}`) ?? [];

  it("Brussels is a detail of Republic Policy's account, Washington of the other's", () => {
    expect(keys("zelenskyy-meets-von-der-leyen", republic)).toContain("place:brussels");
    expect(keys("zelenskyy-meets-von-der-leyen", other, "details")).toContain("place:washington");
    // Republic Policy names Washington elsewhere (the leaders' talks), so it is not "only" the other's.
    expect(keys("zelenskyy-meets-von-der-leyen", other)).not.toContain("place:washington");
    expect(keys("zelenskyy-meets-von-der-leyen", other)).toContain("date:monday");
  });

  it("Starmer, Macron and Meloni are details of Republic Policy's account of the European leaders", () => {
    expect(keys("european-leaders-join-washington-talks", republic)).toEqual(
      expect.arrayContaining(["person:keir-starmer", "person:emmanuel-macron", "person:giorgia-meloni"]),
    );
    expect(keys("european-leaders-join-washington-talks", other)).not.toContain("place:washington");
  });

  it("the European Commission and the EU Commission are one organisation, which both reports name", () => {
    // Both accounts of the meeting name the Commission, one as "European", one as "EU": no detail of either.
    expect(keys("zelenskyy-meets-von-der-leyen", republic)).toEqual(["place:brussels"]);
    expect(keys("zelenskyy-meets-von-der-leyen", republic, "details")).not.toContain("name:european union commission");
    expect(keys("zelenskyy-meets-von-der-leyen", other, "details")).not.toContain("name:european union commission");
    // Only the other report's account of the leaders' talks names it, but Republic Policy does elsewhere.
    const leaders = site.claims.get("european-leaders-join-washington-talks")?.details[other];
    expect(leaders?.elsewhere.map((d) => `${d.text}: ${d.namedElsewhereBy.join()}`)).toContain(
      `EU Commission: ${republic}`,
    );
    expect(leaders?.only.map((d) => d.key)).toEqual(["monday"]);
  });

  it("Alaska and Friday: only Republic Policy names them, so the agree claim reads 'details differ'", () => {
    expect(keys("progress-made-at-trump-putin-meeting", republic)).toEqual(["place:alaska", "date:friday"]);
    expect(marked(site, "progress-made-at-trump-putin-meeting", republic)).toEqual(["Alaska", "Friday"]);
    expect(site.claims.get("progress-made-at-trump-putin-meeting")?.detailsDiffer).toBe(true);
  });

  it("check:content warns about each such agree claim by file, and lists names without entries", () => {
    expect(formatDetailWarnings(site)).toMatchInlineSnapshot(`
      [
        "warning: content/claims/putin-agreed-to-security-guarantees.yaml: status "agree", but only “Witkoff Claims Putin Agrees to Security …” (outlet not named) names CNN. (It has a note: check that it says so.)",
        "warning: content/claims/progress-made-at-trump-putin-meeting.yaml: status "agree", but only Republic Policy names Alaska · Friday. (It has a note: check that it says so.)",
      ]
    `);
    expect(formatUnlistedNames(site)).toContain(
      "  Truth Social — “Witkoff Claims Putin Agrees to Security …” (outlet not named)",
    );
  });

  it("claims.json carries the details as the issue specifies, valid against the schema", () => {
    const data = toClaimsExport(site);
    const schema = JSON.parse(readFileSync("public/claims.schema.json", "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const claim = data.claims.find((c) => c.id === "european-leaders-join-washington-talks");
    expect(claim?.details?.[republic]).toEqual({
      people: ["keir-starmer", "emmanuel-macron", "giorgia-meloni", "volodymyr-zelenskyy"],
      places: ["united-kingdom", "france", "italy"],
    });
    // "EU" heads the name "EU Commission": the report names the Commission, not the Union as a place.
    expect(claim?.details?.[other]).toEqual({
      people: ["ursula-von-der-leyen"],
      dates: ["Monday"],
      names: ["EU Commission"],
    });
    expect(data.claims.find((c) => c.status === "only")).not.toHaveProperty("details");
    const csv = toClaimsCsv(data);
    expect(csv.split("\r\n")[0]).toMatch(/,details$/u);
    expect(csv).toContain("places: alaska; dates: Friday");
  });

  it("the schema rejects an empty details list", () => {
    const data = toClaimsExport(site);
    const claim = data.claims.find((c) => c.details !== undefined);
    const first = Object.values(claim?.details ?? {})[0];
    if (first) first.names = [];
    const validate = new Ajv2020({ allErrors: true }).compile(
      JSON.parse(readFileSync("public/claims.schema.json", "utf8")) as object,
    );
    expect(validate(data)).toBe(false);
  });
});

describe("report labels", () => {
  it("tell apart reports whose outlet is unknown or shared, each by its own title", () => {
    const labels = reportLabels([
      { id: "a", outlet: "Outlet not named", title: "Bridge open again" },
      { id: "b", outlet: "The Daily Example", title: "Bridge reopens" },
      { id: "c", outlet: "Outlet not named", title: "Cars cross the Kestrel Bridge again after a year of repairs" },
      { id: "d", outlet: "Weekly", title: "Reopened" },
      { id: "e", outlet: "Weekly", title: "Reopened" },
    ]);
    expect([...labels.values()]).toEqual([
      "“Bridge open again” (outlet not named)",
      "The Daily Example",
      "“Cars cross the Kestrel Bridge again …” (outlet not named)",
      "Weekly, “Reopened” (d)",
      "Weekly, “Reopened” (e)",
    ]);
  });

  it("pair every two reports once, in the story's order", () => {
    expect(reportPairs({ ...basic.stories[0]!, articleIds: ["a", "b", "c"] })).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
    expect(leftOutClaims(["a", "b"], [{ id: "x", accounts: [{ articleId: "a" }] }])).toEqual({ a: [], b: ["x"] });
  });
});

describe("quote segments", () => {
  it("cut a quote at the marks, keeping every character", () => {
    const segments = segmentText("Met in Alaska on Friday.", [
      { start: 7, end: 13 },
      { start: 17, end: 23 },
    ]);
    expect(segments).toEqual([
      { text: "Met in ", marked: false },
      { text: "Alaska", marked: true },
      { text: " on ", marked: false },
      { text: "Friday", marked: true },
      { text: ".", marked: false },
    ]);
    expect(segmentText("abc", [{ start: 1, end: 9 }])).toEqual([{ text: "abc", marked: false }]);
  });
});
