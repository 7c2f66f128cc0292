/**
 * Every story is reachable from the home page by links alone: a synthetic
 * corpus with more stories than one home page holds is built into its own
 * folder, and a browser walks the story list page by page through its
 * "next" links, checking the pagination's markup on the way.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { writeSyntheticCorpus } from "../../scripts/lib/synthetic/corpus.ts";
import { HOME_PAGE_SIZE, paths } from "../../src/config.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const ROOT = "tmp/navigation-site";
const DIST = "tmp/navigation-dist";

// Registered before useSite, so the site exists by the time useSite's own beforeAll serves it.
beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  // About 30 stories, more than a home page holds; one claim a report keeps the build quick.
  writeSyntheticCorpus(ROOT, { articles: 100, claimsPerArticle: 1 });
  await buildInto({ outDir: DIST, cacheDir: "tmp/navigation-cache", contentDir: join(ROOT, "content") });
}, 300_000);
const site = useSite(DIST);

describe("the story list, page by page", () => {
  it("reaches every story by following the next links from the home page", async () => {
    const exported = (await (await fetch(`${site.origin}/claims.json`)).json()) as { stories: { url: string }[] };
    expect(exported.stories.length).toBeGreaterThan(HOME_PAGE_SIZE);
    const { page, context } = await site.open(paths.home());
    const seen: string[] = [];
    const pageCount = Math.ceil(exported.stories.length / HOME_PAGE_SIZE);
    for (let n = 1; ; n++) {
      expect(new URL(page.url()).pathname).toBe(paths.homePage(n));
      const nav = page.getByRole("navigation", { name: "Pages of stories" });
      await expect(nav.locator('[aria-current="page"]').innerText()).resolves.toMatch(new RegExp(`\\b${n}$`, "u"));
      await expect(nav.locator('a[rel="prev"]').count()).resolves.toBe(n === 1 ? 0 : 1);
      const stories = await page
        .getByRole("list", { name: "Stories, newest first" })
        .locator("h2 a")
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(stories.length).toBeLessThanOrEqual(HOME_PAGE_SIZE);
      seen.push(...stories);
      const next = nav.locator('a[rel="next"]');
      if ((await next.count()) === 0) {
        expect(n).toBe(pageCount);
        break;
      }
      await Promise.all([page.waitForURL(`**${paths.homePage(n + 1)}`), next.click()]);
    }
    expect(seen).toEqual(exported.stories.map((story) => story.url));
    await context.close();
  });

  it("lists every page number near the current one and links back to the newer stories", async () => {
    const { page, context } = await site.open(paths.homePage(2));
    const nav = page.getByRole("navigation", { name: "Pages of stories" });
    await expect(nav.locator('a[rel="prev"]').getAttribute("href")).resolves.toBe(paths.homePage(1));
    await expect(nav.getByRole("link", { name: "Page 1", exact: true }).getAttribute("href")).resolves.toBe("/");
    await expect(page.locator("h1").innerText()).resolves.toMatch(/page 2 of \d+/u);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
