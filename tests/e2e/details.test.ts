/**
 * The comparison at a glance, on the real story: "Where the reports differ"
 * first, details only one report names under each account and marked in its
 * quotes, and what each report leaves out, all reachable by keyboard and
 * clean for axe in light and dark mode.
 */
import { describe, expect, it } from "vitest";
import type { ClaimsExport } from "../../src/lib/export/claims-json.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";
import { tabTo } from "./support/keyboard.ts";
import { sourceClaims } from "./support/source-content.ts";

const site = useSite();
const STORY = "/stories/putin-security-guarantees-2025-08/";
const PROGRESS = "progress-made-at-trump-putin-meeting";
const REPUBLIC = "republic-policy-putin-agrees-nato-like-guarantees";

describe("where the reports differ", () => {
  it("opens the story page, before the claims, with every differing claim and the agree claims whose details differ", async () => {
    const data = (await (await fetch(`${site.origin}/claims.json`)).json()) as ClaimsExport;
    const { page, context } = await site.open(STORY);
    const digest = page.locator("section#differences");
    await expect(digest.getByRole("heading", { name: "Where the reports differ" }).isVisible()).resolves.toBe(true);
    const [digestTop, tableTop] = await Promise.all(
      ["section#differences", "section#claims"].map((s) =>
        page.locator(s).evaluate((e) => e.getBoundingClientRect().top),
      ),
    );
    expect(digestTop).toBeLessThan(tableTop ?? 0);
    const listed = await digest
      .locator("[data-difference]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-difference") ?? ""));
    // The oracle is the claim files: every claim the editor marked differ, and every agree claim whose row says
    // which details only one report names, each such detail checked against the quotes the editor wrote.
    const claims = sourceClaims().filter((claim) => claim.story === data.stories[0]?.id);
    const differ = claims.filter((claim) => claim.status === "differ").map((claim) => claim.id);
    const agreeWithDetails: string[] = [];
    for (const claim of claims.filter((c) => c.status === "agree" && Object.keys(c.accounts).length >= 2)) {
      const texts = await page.locator(`#claim-${claim.id} [data-details-only]`).allInnerTexts();
      if (texts.length === 0) continue;
      const quotes = Object.values(claim.accounts).map((account) => account.quotes.join(" "));
      for (const detail of texts.flatMap((text) => text.replace(/^.*? names: /u, "").split(" · "))) {
        const naming = quotes.filter((quote) => quote.includes(detail.trim())).length;
        expect([claim.id, detail, naming > 0 && naming < quotes.length]).toEqual([claim.id, detail, true]);
      }
      agreeWithDetails.push(claim.id);
    }
    expect(agreeWithDetails).toContain(PROGRESS);
    expect([...listed].sort()).toEqual([...differ, ...agreeWithDetails].sort());
    expect(new Set(listed).size, "each claim once").toBe(listed.length);
    const item = digest.locator(`[data-difference="${PROGRESS}"]`);
    await expect(item.innerText()).resolves.toContain("Agree · details differ");
    await expect(item.innerText()).resolves.toContain("Only Republic Policy names: Alaska · Friday");
    await expect(item.locator(`a[href="/claims/${PROGRESS}/"]`).count()).resolves.toBe(1);

    expect(await tabTo(page, `[data-difference="${PROGRESS}"] a[href="#claim-${PROGRESS}"]`)).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`#claim-${PROGRESS}$`, "u"));
    const row = page.locator(`#claim-${PROGRESS}`);
    const box = await row.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 901).toBeLessThan(900);
    await context.close();
  });
});

describe("details under each account", () => {
  it("name what only one report names, and mark those words in its quote, in the row and on the claim page", async () => {
    for (const path of [STORY, `/claims/${PROGRESS}/`]) {
      const { page, context } = await site.open(path);
      const scope = path === STORY ? page.locator(`#claim-${PROGRESS}`) : page.locator("main");
      await expect(scope.locator("[data-details-only]").first().innerText()).resolves.toMatch(
        /^Only Republic Policy names: Alaska · Friday/u,
      );
      await expect(scope.locator("mark.detail-mark").allInnerTexts()).resolves.toEqual(["Alaska", "Friday"]);
      await expect(scope.locator(".badge-details").first().innerText()).resolves.toContain("Agree · details differ");
      await context.close();
    }
  });

  it("say on the claim page which details the other report names nowhere", async () => {
    const { page, context } = await site.open(`/claims/${PROGRESS}/`);
    await expect(page.locator("[data-details-only]").innerText()).resolves.toContain(
      "named nowhere in the other report",
    );
    await context.close();
  });
});

describe("what each report leaves out", () => {
  it("is linked from each report's column and card, and lists the claims on the article page", async () => {
    const data = (await (await fetch(`${site.origin}/claims.json`)).json()) as ClaimsExport;
    const missing = data.claims.filter((c) => c.story === data.stories[0]?.id && !(REPUBLIC in c.accounts));
    const { page, context } = await site.open(STORY);
    const link = page.locator(`table.claims-table thead a[href="/articles/${REPUBLIC}/#left-out"]`);
    await expect(link.innerText()).resolves.toMatch(new RegExp(`^Not in this report: ${missing.length} claims`, "u"));
    expect(await tabTo(page, `a[data-left-out][href="/articles/${REPUBLIC}/#left-out"]`)).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#left-out$/u);
    const section = page.locator("section#left-out");
    await expect(section.getByRole("heading").innerText()).resolves.toBe(
      `Not in this report: ${missing.length} claims`,
    );
    await expect(
      section.locator("li a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).resolves.toEqual(missing.map((c) => c.url));
    await context.close();
  });
});

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`the story, a claim with details and an article with what it leaves out are axe-clean (${colorScheme})`, async () => {
      for (const path of [STORY, `/claims/${PROGRESS}/`, `/articles/${REPUBLIC}/`]) {
        const { page, context, errors } = await site.open(path, { colorScheme });
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }
});
