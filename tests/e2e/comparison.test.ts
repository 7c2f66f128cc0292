import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content/load-content.ts";
import type { ClaimsExport } from "../../src/lib/export/claims-json.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { useSite } from "./support/browser.ts";
import { sourceBlocks } from "./support/source-content.ts";

const site = useSite();

async function claimsJson(): Promise<ClaimsExport> {
  return (await (await fetch(`${site.origin}/claims.json`)).json()) as ClaimsExport;
}

describe("the claims table", () => {
  it("is a real table: caption, column headers per report, row headers per claim, status in words", async () => {
    const data = await claimsJson();
    const story = data.stories[0];
    const { page, context } = await site.open(story?.url ?? "/");
    const table = page.locator("table.claims-table");
    await expect(table.locator("caption").innerText()).resolves.toMatch(/claims/iu);
    const columns = await table.locator("thead th[scope=col]").allInnerTexts();
    expect(columns.length).toBe(2 + (story?.articles.length ?? 0));
    const claims = data.claims.filter((claim) => claim.story === story?.id);
    await expect(table.locator("tbody th[scope=row]").count()).resolves.toBe(claims.length);
    const statuses = await table.locator("tbody td[data-label=Status] .badge").allInnerTexts();
    // An agree claim whose accounts name different details reads "Agree · details differ".
    expect(statuses.map((s) => s.replace(/^\W+/u, "").replace(" · details differ", "").trim())).toEqual(
      claims.map((c) => ({ agree: "Agree", differ: "Differ", only: "Only in one report" })[c.status]),
    );
    expect(statuses.filter((s) => s.includes("Agree · details differ")).length).toBeGreaterThan(0);
    const summary = await page.locator("[data-status-summary]").innerText();
    for (const status of ["agree", "differ", "only"] as const) {
      expect(summary).toContain(
        `${claims.filter((c) => c.status === status).length} ${status === "only" ? "only in one report" : status}`,
      );
    }
    await context.close();
  });

  it("links every quote to an existing sentence of the article, and every row to its claim", async () => {
    const data = await claimsJson();
    const { page, context } = await site.open(data.stories[0]?.url ?? "/");
    const hrefs = await page
      .locator("table.claims-table td a[href*='/articles/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const [path, anchor] = href.split("#");
      const html = await (await fetch(`${site.origin}${path}`)).text();
      expect(html, href).toContain(`id="${anchor}"`);
    }
    const rowLinks = await page
      .locator("tbody th[scope=row] a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(rowLinks).toEqual(data.claims.filter((c) => c.story === data.stories[0]?.id).map((c) => c.url));
    await context.close();
  });

  it("filters by status, person and topic as plain links, each showing exactly its claims", async () => {
    const data = await claimsJson();
    const story = data.stories[0];
    const storyClaims = data.claims.filter((c) => c.story === story?.id);
    // The oracle is the model itself (who is involved in which claim), not the filter code under test.
    const model = buildSite(loadContent(process.env.CONTENT_DIR ?? "content"));
    const { page, context } = await site.open(story?.url ?? "/");
    const nav = page.getByRole("navigation", { name: "Filter claims" });
    const links = async (group: string) =>
      nav
        .locator("div", { hasText: `${group}:` })
        .getByRole("link")
        .evaluateAll((anchors) =>
          anchors.map((a) => ({ label: a.textContent?.trim() ?? "", href: a.getAttribute("href") ?? "" })),
        );
    const rowsAt = async (href: string): Promise<string[]> => {
      await page.goto(`${site.origin}${href}`);
      return (
        await page.locator("tbody th[scope=row] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))
      ).sort();
    };
    const urls = (claims: typeof storyClaims): string[] => claims.map((c) => c.url).sort();
    const expected = new Map<string, string[]>();
    for (const { label, href } of await links("Status")) {
      const status = { Agree: "agree", Differ: "differ", "Only in one report": "only" }[label];
      expected.set(href, urls(storyClaims.filter((c) => c.status === status)));
    }
    const people = await links("Person");
    expect(people.length, "the story names people").toBeGreaterThan(0);
    for (const { label, href } of people) {
      const person = [...model.people.values()].find((p) => p.name === label);
      expect(person, label).toBeDefined();
      expected.set(href, urls(storyClaims.filter((c) => person?.claimIds.includes(c.id))));
    }
    const topics = await links("Topic");
    expect(topics.map((t) => t.label).sort()).toEqual([...new Set(storyClaims.map((c) => c.topic))].sort());
    for (const { label, href } of topics) expected.set(href, urls(storyClaims.filter((c) => c.topic === label)));
    for (const [href, rows] of expected) {
      expect(rows.length, `${href} selects something`).toBeGreaterThan(0);
      await expect(rowsAt(href), href).resolves.toEqual(rows);
    }
    // At least one filter of each kind must leave claims out, or an unfiltered table would pass.
    expect([...expected.values()].some((rows) => rows.length < storyClaims.length)).toBe(true);
    expect(people.some(({ href }) => (expected.get(href)?.length ?? 0) < storyClaims.length)).toBe(true);
    expect(topics.some(({ href }) => (expected.get(href)?.length ?? 0) < storyClaims.length)).toBe(true);
    await context.close();
  });

  it("fits a 360 px phone without sideways scrolling", async () => {
    const data = await claimsJson();
    for (const path of [data.stories[0]?.url, data.claims[0]?.url, data.articles[0]?.url]) {
      const { page, context } = await site.open(path ?? "/", { width: 360 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});

describe("article pages", () => {
  it("mark every quoted passage and link it to its claim, with the status", async () => {
    const data = await claimsJson();
    for (const article of data.articles) {
      const { page, context } = await site.open(article.url);
      const claimed = data.claims.filter((c) => c.accounts[article.id] !== undefined);
      const refs = await page
        .locator(".prose-article a.claim-ref")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(new Set(refs)).toEqual(new Set(claimed.map((c) => c.url)));
      for (const claim of claimed) {
        for (const anchor of claim.accounts[article.id]?.anchors ?? []) {
          await expect(
            page.locator(`${anchor}[data-claims~="${claim.id}"]`).count(),
            `${article.id} ${anchor}`,
          ).resolves.toBe(1);
        }
      }
      await context.close();
    }
  });

  it("show every sentence of the report, as imported", async () => {
    // Compared with the Markdown the editor has, block by block (sourceBlocks: string handling, not the site's
    // parser), and within a block sentence by sentence: the sentences shown, joined, are the block's text.
    const data = await claimsJson();
    for (const article of data.articles) {
      const expected = sourceBlocks(article.id);
      const { page, context } = await site.open(article.url);
      const shown = await page.locator(".prose-article").evaluate((prose) =>
        [...prose.children].map((block) => {
          const sentences = [...block.querySelectorAll(".sentence")].map((span) => span.textContent?.trim() ?? "");
          return sentences.length > 0 ? sentences.join(" ") : (block.textContent ?? "").trim();
        }),
      );
      expect(shown.map((text) => text.replace(/\s+/gu, " "))).toEqual(expected);
      await context.close();
    }
  });
});
