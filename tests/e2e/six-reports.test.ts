/**
 * A story of six reports (our own fixture, two with no named outlet) stays
 * readable: a compact claim × report matrix with quotes on demand, pages
 * comparing any two reports, no sideways scroll on a 360 px phone, and
 * axe-clean pages in light and dark mode.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const DIST = "tmp/six-reports-dist";
const STORY = "/stories/kestrel-bridge/";
const PAIR = "/stories/kestrel-bridge/compare/bridge-open-again/cars-cross-again/";

// Registered before useSite, so the site exists by the time useSite's own beforeAll serves it.
beforeAll(async () => {
  await buildInto({
    outDir: DIST,
    cacheDir: "tmp/six-reports-cache",
    contentDir: "tests/fixtures/content/six-reports",
  });
}, 300_000);
const site = useSite(DIST);

const overflow = (page: import("playwright-core").Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("a story of six reports", () => {
  it("shows a claim × report matrix whose report headers a reader can tell apart", async () => {
    const { page, context } = await site.open(STORY);
    const matrix = page.locator("table.claims-matrix");
    const headers = await matrix.locator("thead th[scope=col]").allInnerTexts();
    expect(headers).toHaveLength(2 + 6);
    // Each report's column is headed by its label, which no other report's joining can change (no letters).
    const labels = headers.slice(2).map((header) => header.trim());
    expect(new Set(labels).size).toBe(6);
    expect(labels).toEqual(
      expect.arrayContaining([
        "“Bridge open again” (outlet not named)",
        "“Cars cross the Kestrel Bridge again” (outlet not named)",
      ]),
    );
    await expect(matrix.locator("tbody th[scope=row]").count()).resolves.toBe(11);
    await context.close();
  });

  it("shows quotes on demand, with the details only one report names", async () => {
    const { page, context } = await site.open(STORY);
    const row = page.locator("#claim-bridge-reopened");
    const quotes = row.locator("details");
    await expect(quotes.locator("q").first().isVisible()).resolves.toBe(false);
    await quotes.locator("summary").press("Enter");
    await expect(quotes.locator("q").count()).resolves.toBe(6);
    await expect(quotes.locator("q").first().isVisible()).resolves.toBe(true);
    await expect(quotes.locator("mark.detail-mark").allInnerTexts()).resolves.toEqual([
      "340 days",
      "Channel Nine",
      "last week",
    ]);
    await context.close();
  });

  it("links a page for every pair of reports, each of which exists", async () => {
    const { page, context } = await site.open(STORY);
    const hrefs = await page
      .locator("nav[aria-labelledby=pairs-heading] a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toHaveLength(15);
    for (const href of hrefs) expect((await fetch(`${site.origin}${href}`)).status, href).toBe(200);
    await page.goto(`${site.origin}${PAIR}`);
    await expect(page.locator("table.claims-table thead th[scope=col]").count()).resolves.toBe(4);
    await context.close();
  });

  it("has no sideways scroll at 360 px, with the quotes open too", async () => {
    for (const path of [STORY, PAIR, "/claims/bridge-reopened/", "/articles/cars-cross-again/"]) {
      const { page, context } = await site.open(path, { width: 360 });
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      expect(await overflow(page), `${path}, details open`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it("reads well at 360 px: the matrix caption spans the column, each row names its reports", async () => {
    const { page, context } = await site.open(STORY, { width: 360 });
    const caption = page.locator("table.claims-matrix caption");
    const box = await caption.boundingBox();
    const table = await page.locator("table.claims-matrix").boundingBox();
    // It was 14 px wide and about 650 px tall: the table is display:block on a phone and its caption shrank.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual((table?.width ?? 360) - 1);
    expect(box?.height ?? 1000).toBeLessThan(80);
    const cell = page.locator("#claim-bridge-reopened td.matrix-cell").first();
    await expect(cell.evaluate((td) => getComputedStyle(td, "::before").content)).resolves.toMatch(/^".+"$/u);
    const cellBox = await cell.boundingBox();
    expect(cellBox?.width ?? 0).toBeLessThanOrEqual(table?.width ?? 0);
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`story and pair pages are axe-clean (${colorScheme})`, async () => {
      for (const path of [STORY, PAIR]) {
        const { page, context, errors } = await site.open(path, { colorScheme });
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }
});
