/**
 * A story that grows stays true: a third report joins a two-report fixture
 * story (our own, tests/fixtures/content/growing), published a day before
 * the others and with an id that sorts between theirs, and nothing the first
 * two reports' pages said becomes false.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/lib/content-error.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { parseEntries } from "../../src/lib/content/parse-entries.ts";
import { readEntries } from "../../src/lib/content/read-entries.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import type { SiteInput } from "../../src/lib/model/input.ts";
import { formatNoteWarnings } from "../../src/lib/model/review.ts";
import type { Site } from "../../src/lib/model/types.ts";
import { articleSchema } from "../../src/schemas/article.ts";

const TWO = loadContent("tests/fixtures/content/growing");
/** The articles of a folder of extra reports, read and validated as the loader reads them. */
const articlesOf = (dir: string) => parseEntries(articleSchema, readEntries(dir).entries).entries;
const THIRD = articlesOf("tests/fixtures/content/growing-third/articles");
const withThird = (input: SiteInput): SiteInput => ({ ...input, articles: [...input.articles, ...THIRD] });
const GAZETTE = "harbour-gazette-ferry";
const UNNAMED = "ferry-back-in-service";
const RADIO = "coast-radio-ferry";

const before = buildSite(TWO);
const after = buildSite(withThird(TWO));

/** What a reader sees of a claim's details: the words only one account names, and who else names the rest. */
const detailsOf = (site: Site, claimId: string, articleId: string) => {
  const details = site.claims.get(claimId)?.details[articleId];
  return {
    only: details?.only.map((d) => d.text) ?? [],
    elsewhere: details?.elsewhere.map((d) => [d.text, d.namedElsewhereBy]) ?? [],
  };
};

/** A copy of the fixture with one claim's note replaced. */
const withNote = (input: SiteInput, claimId: string, note: string): SiteInput => ({
  ...input,
  claims: input.claims.map((entry) => (entry.id === claimId ? { ...entry, data: { ...entry.data, note } } : entry)),
});

describe("a one-sided detail", () => {
  it("is checked against every report of the story, not only those with an account on the claim", () => {
    expect(detailsOf(before, "ferry-resumed", GAZETTE)).toEqual({ only: ["Skerry Island", "Monday"], elsewhere: [] });
    // Coast Radio has no account on this claim, but names Skerry Island in its text: no longer "only".
    expect(detailsOf(after, "ferry-resumed", GAZETTE)).toEqual({
      only: ["Monday"],
      elsewhere: [["Skerry Island", [RADIO]]],
    });
    // Monday is still named by no other report: the claim still reads "details differ", truly.
    expect(after.claims.get("ferry-resumed")?.detailsDiffer).toBe(true);
  });
});

describe("report labels", () => {
  it("of the first reports do not change when a report published earlier joins", () => {
    const labels = (site: Site) => [GAZETTE, UNNAMED].map((id) => site.articles.get(id)?.label);
    expect(labels(before)).toEqual(["Harbour Gazette", "“Island ferry back in service” (outlet not named)"]);
    expect(labels(after)).toEqual(labels(before));
    expect(after.articles.get(RADIO)?.label).toBe("Coast Radio");
  });

  it("tell two reports of one outlet apart by their own titles", () => {
    const twin = { ...THIRD[0]!, id: "coast-radio-later", data: { ...THIRD[0]!.data, title: "Queues at Port Ellis" } };
    const site = buildSite({ ...withThird(TWO), articles: [...withThird(TWO).articles, twin] });
    expect([RADIO, "coast-radio-later"].map((id) => site.articles.get(id)?.label)).toEqual([
      "Coast Radio, “Ferry sails again”",
      "Coast Radio, “Queues at Port Ellis”",
    ]);
  });
});

describe("notes", () => {
  it("name reports by reference, shown as each report's label, the same before and after the story grows", () => {
    expect(before.claims.get("single-fare")?.note).toBe(
      "Harbour Gazette has the fare rise to 6 euros; “Island ferry back in service” (outlet not named) has Solberg say it stays at 5.",
    );
    for (const id of before.claims.keys()) expect(after.claims.get(id)?.note, id).toBe(before.claims.get(id)?.note);
  });

  it("and summaries name reports the same way", () => {
    const input = {
      ...TWO,
      claims: TWO.claims.map((entry) => {
        if (entry.id !== "single-fare") return entry;
        const account = entry.data.accounts[UNNAMED]!;
        const summary = "Solberg contradicts [[harbour-gazette-ferry]]; [[no-such-report]] is not one.";
        return {
          ...entry,
          data: { ...entry.data, accounts: { ...entry.data.accounts, [UNNAMED]: { ...account, summary } } },
        };
      }),
    };
    expect(() => buildSite(input)).toThrow(
      `accounts.${UNNAMED}.summary: "[[no-such-report]]" names no report of story "ferry-returns"`,
    );
    const fixed = structuredClone(input.claims.find((entry) => entry.id === "single-fare")!);
    fixed.data.accounts[UNNAMED]!.summary = "Solberg contradicts [[harbour-gazette-ferry]].";
    const site = buildSite({ ...input, claims: input.claims.map((e) => (e.id === "single-fare" ? fixed : e)) });
    const account = site.claims.get("single-fare")?.accounts.find((a) => a.articleId === UNNAMED);
    expect(account?.summary).toBe("Solberg contradicts Harbour Gazette.");
  });

  it("refuse a reference to no report of the story, naming the file, the field and the fix", () => {
    const input = withNote(withThird(TWO), "ferry-resumed", "[[harbour-gazete-ferry]] and [[bridge-report]] differ.");
    expect(() => buildSite(input)).toThrow(ContentError);
    try {
      buildSite(input);
    } catch (error) {
      const problems = (error as ContentError).problems;
      expect(problems.map((p) => [p.file, p.field])).toEqual([
        [expect.stringMatching(/ferry-resumed\.yaml$/u), "note"],
        [expect.stringMatching(/ferry-resumed\.yaml$/u), "note"],
      ]);
      expect(problems[0]?.problem).toBe('"[[harbour-gazete-ferry]]" names no report of story "ferry-returns"');
      expect(problems[0]?.fix).toBe(
        `write [[article-id]] with the id of one of the story's reports: ${[RADIO, UNNAMED, GAZETTE].join(", ")}`,
      );
    }
  });

  it("that say “the other report”, “both reports” or a report letter are flagged once the story has three reports", () => {
    for (const note of ["Only the other report says so.", "Both reports agree.", "Report B names the island."]) {
      const two = buildSite(withNote(TWO, "ferry-resumed", note));
      const three = buildSite(withNote(withThird(TWO), "ferry-resumed", note));
      expect(formatNoteWarnings(two), note).toEqual([]);
      expect(formatNoteWarnings(three), note).toEqual([expect.stringContaining("ferry-resumed.yaml: note")]);
      expect(formatNoteWarnings(three)[0], note).toContain("write [[article-id]]");
    }
    // A summary that counts two reports is flagged too, by its field.
    const summary = withThird(TWO);
    const fare = structuredClone(summary.claims.find((entry) => entry.id === "single-fare")!);
    fare.data.accounts[UNNAMED]!.summary = "Unlike the other report, Solberg says the fare stays at 5.";
    expect(formatNoteWarnings(buildSite({ ...summary, claims: [fare] }))).toEqual([
      expect.stringContaining(`single-fare.yaml: accounts.${UNNAMED}.summary says “the other report”`),
    ]);
    // The committed fixture's notes name reports by reference: nothing to flag.
    expect(formatNoteWarnings(after)).toEqual([]);
  });
  it("that speak of “both reports” make `npm run check:content` warn, without failing, once a third report joins", () => {
    const dir = mkdtempSync(join(tmpdir(), "growing-"));
    try {
      cpSync("tests/fixtures/content/growing", dir, { recursive: true });
      cpSync("tests/fixtures/content/growing-third/articles", join(dir, "articles"), { recursive: true });
      const file = join(dir, "claims", "ferry-resumed.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^note: >-\n {2}.*$/mu, "note: Both reports say so."));
      const run = spawnSync("node_modules/.bin/tsx", ["scripts/check-content.ts", dir], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /^warning: .*ferry-resumed\.yaml: note says “Both reports”, but story "ferry-returns" has 3 reports\./mu,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("nothing on the first reports' pages becomes false", () => {
  it("labels, notes, statuses and the details of every claim not touched by the new report stay as they were", () => {
    for (const [id, claim] of before.claims) {
      const grown = after.claims.get(id);
      expect(grown?.status, id).toBe(claim.status);
      expect(grown?.note, id).toBe(claim.note);
      for (const account of claim.accounts) {
        const { only } = detailsOf(after, id, account.articleId);
        // A detail "only" this report names may only have become named elsewhere; nothing new appears as "only".
        expect(detailsOf(before, id, account.articleId).only, `${id} / ${account.articleId}`).toEqual(
          expect.arrayContaining(only),
        );
        // And no "only" detail is one the new report names anywhere.
        for (const detail of after.claims.get(id)?.details[account.articleId]?.only ?? [])
          expect(
            after.articles
              .get(RADIO)
              ?.blocks.map((b) => b.text)
              .join(" "),
          ).not.toContain(detail.text);
      }
    }
    for (const id of [GAZETTE, UNNAMED]) expect(after.articles.get(id)?.label).toBe(before.articles.get(id)?.label);
  });
});

describe("the committed story, when a third report joins", () => {
  const content = loadContent("content");
  const ledger = articlesOf("tests/fixtures/content/real-story-third/articles");
  const real = buildSite(content);
  const grown = buildSite({ ...content, articles: [...content.articles, ...ledger] });
  const PROGRESS = "progress-made-at-trump-putin-meeting";
  const REPUBLIC = "republic-policy-putin-agrees-nato-like-guarantees";

  it("keeps every note true: none speaks of “the other report” or a letter, and each reads as before", () => {
    expect(formatNoteWarnings(grown)).toEqual([]);
    for (const [id, claim] of real.claims) expect(grown.claims.get(id)?.note, id).toBe(claim.note);
    for (const [id, article] of real.articles) expect(grown.articles.get(id)?.label, id).toBe(article.label);
  });

  it("no longer says only Republic Policy names Alaska, which the new report names", () => {
    expect(detailsOf(real, PROGRESS, REPUBLIC).only).toEqual(["Alaska", "Friday"]);
    const after = detailsOf(grown, PROGRESS, REPUBLIC);
    expect(after.only).toEqual(["Friday"]);
    expect(after.elsewhere).toContainEqual(["Alaska", ["evening-ledger-guarantees"]]);
  });
});
