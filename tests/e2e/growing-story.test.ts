/**
 * A story that grows, in the browser: the two-report fixture story of
 * tests/fixtures/content/growing with a third report added (published a day
 * earlier; it names Skerry Island, but gives no account of the claim that
 * names it). The claim page says which report names the detail elsewhere,
 * notes read with the reports' labels, and the three-report matrix reads
 * well at 360 px in light and dark mode (screenshots in tmp/growing-shots/).
 */
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const CONTENT = "tmp/growing-content";
const DIST = "tmp/growing-dist";
const SHOTS = "tmp/growing-shots";
const STORY = "/stories/ferry-returns/";

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync("tests/fixtures/content/growing", CONTENT, { recursive: true });
  cpSync("tests/fixtures/content/growing-third/articles", `${CONTENT}/articles`, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await buildInto({ outDir: DIST, cacheDir: "tmp/growing-cache", contentDir: CONTENT });
}, 300_000);
const site = useSite(DIST);

describe("a story that grows to three reports", () => {
  it("says on the claim page which other report names a detail elsewhere, and keeps 'only' for the rest", async () => {
    const { page, context } = await site.open("/claims/ferry-resumed/");
    await expect(page.locator("[data-details-only]").innerText()).resolves.toBe(
      "Only Harbour Gazette names: Monday — named nowhere in the other 2 reports.",
    );
    await expect(page.locator("[data-details-elsewhere]").innerText()).resolves.toBe(
      "On this claim only Harbour Gazette names: Skerry Island — also named elsewhere by Coast Radio",
    );
    await context.close();
  });

  it("never says on the story page that only one report names what the new report names", async () => {
    const { page, context } = await site.open(STORY);
    const row = page.locator("#claim-ferry-resumed");
    await row.locator("details summary").press("Enter");
    await expect(row.locator("[data-details-only]").innerText()).resolves.toBe("Only Harbour Gazette names: Monday");
    await expect(row.locator("mark.detail-mark").allInnerTexts()).resolves.toEqual(["Monday"]);
    const text = await page.locator("main").innerText();
    expect(text).not.toContain("[[");
    expect(text).toContain(
      "Harbour Gazette has the fare rise to 6 euros; “Island ferry back in service” (outlet not named) has Solberg say it stays at 5.",
    );
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`reads well at 360 px and is axe-clean (${colorScheme})`, async () => {
      const { page, context, errors } = await site.open(STORY, { width: 360, colorScheme });
      const caption = await page.locator("table.claims-matrix caption").boundingBox();
      const table = await page.locator("table.claims-matrix").boundingBox();
      expect(caption?.width ?? 0).toBeGreaterThanOrEqual((table?.width ?? 360) - 1);
      expect(caption?.height ?? 1000).toBeLessThan(80);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.locator("#claims").screenshot({ path: `${SHOTS}/matrix-360-${colorScheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
