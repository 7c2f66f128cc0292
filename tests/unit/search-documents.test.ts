import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { buildSearchDocuments } from "../../src/lib/search/build/documents.ts";
import { createSearchEngine } from "../../src/lib/search/yardstick/engine.ts";
import { searchIndexAsset, toSearchIndexAsset, toSearchPayload } from "../../src/lib/search/build/serialize.ts";
import type { SearchPayload } from "../../src/lib/search/shared/types.ts";
import { fixtureSite, searchCorpus } from "./search-corpus.ts";

describe("buildSearchDocuments", () => {
  const site = searchCorpus();
  const documents = buildSearchDocuments(site);

  it("has every claim once, with an index record beside each display record", () => {
    expect(documents.claims.map((claim) => claim.id).sort()).toEqual([...site.claims.keys()].sort());
    expect(documents.index.claims).toHaveLength(documents.claims.length);
    expect(documents.index.people).toHaveLength(documents.people.length);
    expect(documents.index.reports).toHaveLength(documents.reports.length);
  });

  it("folds names and aliases of the people a claim involves into its record", () => {
    const at = documents.claims.findIndex((claim) => claim.id === "support-promised");
    expect(documents.index.claims[at]?.people).toEqual([
      "giorgia meloni",
      "meloni",
      "keir starmer",
      "starmer",
      "emmanuel macron",
      "macron",
    ]);
    const berg = documents.claims.findIndex((claim) => claim.id === "leaders-met");
    expect(documents.index.claims[berg]?.places).toEqual(["oslo", "bergen"]);
  });

  it("keeps quotes exact for display, leaving them out of the Fuse index (the browser folds them)", () => {
    const at = documents.claims.findIndex((claim) => claim.id === "plan-agreed");
    const claim = site.claims.get("plan-agreed");
    expect(documents.claims[at]?.quotes.map((quote) => quote.text)).toEqual(
      claim?.accounts.flatMap((a) => a.quotes.map((q) => q.exact)),
    );
    expect(documents.claims[at]?.quotes[0]?.text).toBe("“We agreed on a plan,” said Berg’s aide.");
    // "met" stands only in the quote of kyiv-meeting…
    const kyiv = documents.claims.findIndex((c) => c.id === "kyiv-meeting");
    expect(documents.claims[kyiv]?.quotes[0]?.text).toMatch(/\bmet\b/u);
    expect(JSON.stringify(documents.index.claims[kyiv])).not.toMatch(/\bmet\b/u);
    // …yet finds it.
    const engine = createSearchEngine(toSearchPayload(documents));
    expect(engine.search("met").claims.map((hit) => engine.payload.claims[hit.index]?.id)).toContain("kyiv-meeting");
  });

  it("writes a person record with folded names, mentions per report and every claim, quote-only ones included", () => {
    const at = documents.people.findIndex((person) => person.id === "zoe-stastna");
    expect(documents.index.people[at]?.names).toEqual(["zoe stastna", "stastna"]);
    const meloni = documents.people.find((person) => person.id === "giorgia-meloni");
    expect(meloni?.claims.map((index) => documents.claims[index]?.id).sort()).toEqual([
      "kyiv-meeting",
      "support-promised",
    ]);
    const report = documents.reports.findIndex((r) => r.id === "third-report");
    expect(meloni?.mentions).toEqual([{ report, count: 2 }]);
  });

  it("links claims to the outlets of the reports that carry them", () => {
    const claim = documents.claims.find((c) => c.id === "leaders-met");
    expect(claim?.reports.map((index) => documents.reports[index]?.outlet)).toEqual([
      "The Daily Example",
      "Outlet not named",
    ]);
    expect(claim?.status).toBe("differ");
  });

  it("gives a report not in the site's language its lang and dir, and an English report neither", () => {
    const reports = buildSearchDocuments(buildSite(loadContent("tests/fixtures/content/languages"))).reports;
    expect(reports.map(({ id, lang, dir }) => ({ id, lang, dir })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "al-marsa-ferries", lang: "ar", dir: "rtl" },
      { id: "harbour-daily-ferries", lang: undefined, dir: undefined },
    ]);
    expect(Object.keys(reports.find((report) => report.id === "harbour-daily-ferries") ?? {})).toEqual([
      "id",
      "url",
      "outlet",
      "title",
    ]);
  });
});

describe("the search index asset", () => {
  it("is named by the hash of its bytes and computed once per site", () => {
    const site = fixtureSite();
    const asset = searchIndexAsset(site);
    expect(asset.hash).toBe(createHash("sha256").update(asset.json).digest("hex").slice(0, 12));
    expect(asset.file).toBe(`index.${asset.hash}.json`);
    expect(asset.url).toBe(`/search/index.${asset.hash}.json`);
    expect(searchIndexAsset(site)).toBe(asset);
  });

  it("changes name when the content changes", () => {
    expect(searchIndexAsset(searchCorpus()).file).not.toBe(searchIndexAsset(fixtureSite()).file);
  });

  it("round-trips through JSON into a working engine", () => {
    const asset = toSearchIndexAsset(toSearchPayload(buildSearchDocuments(fixtureSite())));
    const engine = createSearchEngine(JSON.parse(asset.json) as SearchPayload);
    const results = engine.search("Dahl");
    expect(results.people.map((hit) => engine.payload.people[hit.index]?.id)).toEqual(["carl-dahl"]);
  });
});
