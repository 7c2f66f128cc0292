import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import sitemap from "@astrojs/sitemap";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../scripts/lib/synthetic/corpus.ts";
import { FEED_MAX_STORIES, HOME_PAGE_SIZE, SITEMAP_MAX_URLS, paths } from "../../src/config.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { claimsByStory } from "../../src/lib/model/by-story.ts";
import type { Site } from "../../src/lib/model/types.ts";
import { pageWindow, paginate } from "../../src/lib/nav/paginate.ts";
import { feedEntries } from "../../src/lib/share/feed-entries.ts";
import { sitemapOptions } from "../../src/lib/share/sitemap-options.ts";

const dirs: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A synthetic site of 40 reports: a dozen stories, people recurring across them. */
let site: Site;
beforeAll(() => {
  const dir = tempDir("navigation-");
  writeSyntheticCorpus(dir, { articles: 40, claimsPerArticle: 3 });
  site = buildSite(loadContent(join(dir, "content")));
});

describe("pagination", () => {
  it("cut a list into pages of the given size, each knowing its number and the page count", () => {
    const pages = paginate(["a", "b", "c", "d", "e"], 2);
    expect(pages.map((page) => [page.number, page.count, page.items])).toEqual([
      [1, 3, ["a", "b"]],
      [2, 3, ["c", "d"]],
      [3, 3, ["e"]],
    ]);
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate(["a"], 0)).toThrowErrorMatchingInlineSnapshot(
      `[Error: page size must be a positive integer, got 0]`,
    );
  });

  it("put every story on exactly one home page, in the model's order", () => {
    const pages = paginate(site.stories, 5);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((page) => page.items)).toEqual(site.stories);
    expect(pages.every((page) => page.items.length <= 5)).toBe(true);
  });

  it("list the first, the last and the pages near the current one, with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 10, 11, 12]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("put page 1 at the home page and the others under /page/", () => {
    expect([paths.homePage(1), paths.homePage(2), paths.homePage(15)]).toEqual(["/", "/page/2/", "/page/15/"]);
    expect(HOME_PAGE_SIZE).toBeGreaterThan(0);
  });
});

describe("feed", () => {
  it("carry only the latest stories, newest first", () => {
    expect(site.stories.length).toBeGreaterThan(3);
    const entries = feedEntries(site, 3);
    expect(entries.map((entry) => entry.title)).toEqual(site.stories.slice(0, 3).map((story) => story.title));
    const dates = site.stories.map((story) => story.date.getTime());
    expect(entries.every((entry) => entry.published.getTime() >= (dates[3] as number))).toBe(true);
    expect(feedEntries(site, FEED_MAX_STORIES)).toHaveLength(Math.min(FEED_MAX_STORIES, site.stories.length));
    expect(feedEntries(site, 0)).toEqual([]);
  });
});

describe("claims of a person or place, grouped by story", () => {
  it("gather every claim of the person, each under its own story, stories newest first", () => {
    const person = [...site.people.values()].sort((a, b) => b.claimIds.length - a.claimIds.length)[0];
    if (person === undefined) throw new Error("no people");
    const groups = claimsByStory(site, person);
    expect(groups.length, "a recurring person appears in several stories").toBeGreaterThan(1);
    expect(groups.flatMap((group) => group.claims.map((claim) => claim.id)).sort()).toEqual(
      [...person.claimIds].sort(),
    );
    for (const { story, claims } of groups) {
      expect(claims.every((claim) => claim.story === story.id)).toBe(true);
      // In the story's own claim order.
      const order = claims.map((claim) => story.claimIds.indexOf(claim.id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const storyOrder = groups.map((group) => site.stories.indexOf(group.story));
    expect(storyOrder).toEqual([...storyOrder].sort((a, b) => a - b));
  });

  it("give a story whose reports mention the entity its group, even without a claim", () => {
    const [story] = site.stories;
    const articleId = story?.articleIds[0];
    if (story === undefined || articleId === undefined) throw new Error("no story");
    const groups = claimsByStory(site, { claimIds: [], mentions: { [articleId]: 2 } });
    expect(groups.map((group) => [group.story.id, group.claims])).toEqual([[story.id, []]]);
  });

  it("work for places as for people", () => {
    const place = [...site.places.values()].find((p) => p.claimIds.length > 0);
    if (place === undefined) throw new Error("no place with claims");
    const groups = claimsByStory(site, place);
    expect(groups.flatMap((group) => group.claims).length).toBe(place.claimIds.length);
  });
});

describe("sitemap", () => {
  /** Run @astrojs/sitemap as the build does, over `count` pages, with our options and `limit` URLs a file. */
  async function writeSitemap(count: number, limit: number): Promise<string> {
    const dir = tempDir("sitemap-");
    const integration = sitemap({ ...sitemapOptions(dir), filter: () => true, entryLimit: limit });
    const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    await hooks["astro:routes:resolved"]?.({ routes: [] });
    await hooks["astro:config:done"]?.({
      config: { site: "https://example.org", base: "/", trailingSlash: "always", build: { format: "directory" } },
    });
    await hooks["astro:build:done"]?.({
      dir: pathToFileURL(`${dir}/`),
      pages: Array.from({ length: count }, (_, i) => ({ pathname: `claims/c${i}/` })),
      logger,
    });
    return dir;
  }
  const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1] as string);

  it("split at the URL limit into files listed by the sitemap index", async () => {
    const dir = await writeSitemap(7, 3);
    expect(readdirSync(dir).sort()).toEqual(["sitemap-0.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-index.xml"]);
    expect(locs(readFileSync(join(dir, "sitemap-index.xml"), "utf8"))).toEqual([
      "https://example.org/sitemap-0.xml",
      "https://example.org/sitemap-1.xml",
      "https://example.org/sitemap-2.xml",
    ]);
    const urls = ["sitemap-0.xml", "sitemap-1.xml", "sitemap-2.xml"].map((file) =>
      locs(readFileSync(join(dir, file), "utf8")),
    );
    expect(urls.map((list) => list.length)).toEqual([3, 3, 1]);
    expect(urls.flat()).toHaveLength(7);
  });

  it("keep up to the limit in one file", async () => {
    const dir = await writeSitemap(3, 3);
    expect(readdirSync(dir).sort()).toEqual(["sitemap-0.xml", "sitemap-index.xml"]);
  });

  it("use the sitemaps.org limit of 50 000 URLs a file", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(sitemapOptions("dist").entryLimit).toBe(SITEMAP_MAX_URLS);
  });
});
