import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus, type CorpusCounts } from "../../scripts/lib/synthetic/corpus.ts";
import { createRandom, uniqueName } from "../../scripts/lib/synthetic/text.ts";
import { ordinaryWordIn } from "../../src/lib/people/ambiguous-names.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { measureCoverage } from "../../src/lib/model/coverage.ts";
import { storyFilters } from "../../src/lib/model/filters.ts";
import { neighbours, storyById } from "../../src/lib/model/queries.ts";
import type { Site, SiteArticle, SiteClaim } from "../../src/lib/model/types.ts";
import { createMentionCounter } from "../../src/lib/people/mentions.ts";

const roots: string[] = [];
/** Write a corpus into a fresh temporary folder (removed after the tests). */
function corpus(articles: number, seed?: number): { dir: string; counts: CorpusCounts } {
  const root = mkdtempSync(join(tmpdir(), "synthetic-corpus-test-"));
  roots.push(root);
  const counts = writeSyntheticCorpus(root, { articles, ...(seed === undefined ? {} : { seed }) });
  return { dir: join(root, "content"), counts };
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Every file of a content folder, path → text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, collection)).sort())
      files.set(`${collection}/${file}`, readFileSync(join(dir, collection, file), "utf8"));
  }
  return files;
}

describe("synthetic corpus (4 articles)", () => {
  let dir = "";
  let counts: CorpusCounts;
  let site: Site;
  beforeAll(() => {
    ({ dir, counts } = corpus(4));
    site = buildSite(loadContent(dir)); // throws on any unknown id or quote not found exactly once
  });

  it("builds with every quote verified, in the counts it reports", () => {
    expect(counts.articles).toBe(4);
    expect(site.articles.size).toBe(4);
    expect(counts.claims).toBe(40);
    expect(site.claims.size).toBe(counts.claims);
    expect(site.stories).toHaveLength(counts.stories);
    expect(site.people.size).toBe(counts.people);
    expect(site.places.size).toBe(counts.places);
    const quotes = [...site.claims.values()].flatMap((claim) => claim.accounts.flatMap((account) => account.quotes));
    expect(quotes).toHaveLength(counts.quotes);
    for (const quote of quotes) expect(quote.anchors.length).toBeGreaterThan(0);
  });

  it("gives every story 2–6 reports and each claim accounts only from its story", () => {
    for (const story of site.stories) {
      expect(story.articleIds.length).toBeGreaterThanOrEqual(2);
      expect(story.articleIds.length).toBeLessThanOrEqual(6);
      for (const id of story.claimIds)
        for (const account of site.claims.get(id)?.accounts ?? [])
          expect(story.articleIds).toContain(account.articleId);
    }
  });

  it("writes 8–20 paragraphs per article and names people by more than one of their names", () => {
    for (const article of site.articles.values()) {
      const paragraphs = article.blocks.filter((block) => block.kind === "paragraph").length;
      expect(paragraphs).toBeGreaterThanOrEqual(8);
      expect(paragraphs).toBeLessThanOrEqual(20);
    }
    const text = [...site.articles.values()].flatMap((article) => article.blocks.map((block) => block.text)).join("\n");
    // Named in full and also by an alias standing on its own (not as part of the full name).
    const aliased = [...site.people.values()].filter(
      (person) =>
        text.includes(person.name) && person.aliases.some((alias) => text.replaceAll(person.name, "").includes(alias)),
    );
    expect(aliased.length).toBeGreaterThan(0);
    for (const person of aliased) {
      const total = Object.values(person.mentions).reduce((sum, n) => sum + n, 0);
      expect(total).toBeGreaterThan(text.split(person.name).length - 1); // aliases counted too
    }
  });

  it("covers every status, and direct quotes name their speaker", () => {
    const claims = [...site.claims.values()];
    for (const status of ["agree", "differ", "only"] as const)
      expect(claims.some((claim) => claim.status === status)).toBe(true);
    for (const claim of claims.filter((c) => c.status === "differ")) expect(claim.note).toBeTruthy();
    const direct = claims.flatMap((claim) => claim.accounts).filter((account) => account.direct);
    expect(direct.length).toBeGreaterThan(0);
    for (const account of direct) expect(site.people.has(account.speaker ?? "")).toBe(true);
  });

  it("is the same for the same seed and differs for another", () => {
    const again = corpus(4);
    const other = corpus(4, 99);
    expect(snapshot(again.dir)).toEqual(snapshot(dir));
    expect(snapshot(other.dir)).not.toEqual(snapshot(dir));
  });

  it("refuses a corpus too small for one story", () => {
    expect(() => writeSyntheticCorpus(tmpdir(), { articles: 1 })).toThrow("at least 2 articles");
  });
});

/**
 * The model groups claims by story and article once, and looks stories and
 * people's claims up by id, instead of scanning the whole site per item.
 * Over a corpus with several stories, each result must equal its definition.
 */
describe("model look-ups at scale agree with their definitions", () => {
  let site: Site;
  beforeAll(() => {
    site = buildSite(loadContent(corpus(24, 5).dir));
  });

  it("lists each story's claims, and only those, in claim order", () => {
    expect(site.stories.length).toBeGreaterThan(3);
    const all = [...site.claims.values()];
    for (const story of site.stories)
      expect(story.claimIds).toEqual(all.filter((claim) => claim.story === story.id).map((claim) => claim.id));
  });

  it("measures each article's coverage exactly as over all claims", () => {
    const all = [...site.claims.values()];
    for (const coverage of site.coverage)
      expect(coverage).toEqual(measureCoverage(site.articles.get(coverage.articleId) as SiteArticle, all));
  });

  it("gives each person the claims that list them or quote a passage naming them", () => {
    const count = createMentionCounter(
      [...site.people.values()].map((p) => ({ id: p.id, names: [p.name, ...p.aliases] })),
    );
    for (const person of site.people.values()) {
      const expected = [...site.claims.values()]
        .filter(
          (claim) =>
            claim.people.includes(person.id) ||
            count(claim.accounts.flatMap((a) => a.quotes.map((q) => q.exact)).join("\n")).has(person.id),
        )
        .map((claim) => claim.id);
      expect(person.claimIds).toEqual(expected);
    }
    // Both ways in are exercised: some claim involves a person it quotes without listing them.
    const quotedOnly = [...site.people.values()].some((person) =>
      person.claimIds.some((id) => !site.claims.get(id)?.people.includes(person.id)),
    );
    expect(quotedOnly).toBe(true);
  });

  it("finds stories by id, neighbours in story order, and person filters by claim ids", () => {
    for (const story of site.stories) {
      expect(storyById(site, story.id)).toBe(story);
      story.claimIds.forEach((id, i) => {
        const { previous, next } = neighbours(site, site.claims.get(id) as SiteClaim);
        expect(previous?.id).toBe(story.claimIds[i - 1]);
        expect(next?.id).toBe(story.claimIds[i + 1]);
      });
      for (const filter of storyFilters(site, story).filter((f) => f.kind === "person")) {
        const person = site.people.get(filter.value);
        for (const claim of site.claims.values())
          expect(filter.matches(claim)).toBe(person?.claimIds.includes(claim.id));
      }
    }
    expect(storyById(site, "no-such-story")).toBeUndefined();
  });
});

describe("invented names", () => {
  it('are never an ordinary word, which the content schema refuses as a name ("Page", "Done")', () => {
    const random = createRandom(21);
    const taken = new Set<string>();
    const names = Array.from({ length: 5000 }, (_, i) => uniqueName(random, taken, i % 2 === 0 ? 2 : undefined));
    expect(names.filter((name) => ordinaryWordIn(name) !== undefined)).toEqual([]);
  });
});
