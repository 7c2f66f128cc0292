import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";
import { fold, sourceClaims, sourcePeople } from "./support/source-content.ts";

/**
 * Search in a real browser against the built site. Expectations are read
 * from /claims.json: with the real content they are the people the issue
 * names (Giorgia Meloni, Keir Starmer, Volodymyr Zelenskyy and his spellings);
 * with another build (DIST_DIR=… of the fixture corpus) the same checks run on
 * whoever that content names.
 */
const site = useSite();
/** True when the tests run on the real content's build (dist/), whose people the issue names. */
const REAL_CONTENT = resolve(process.env.DIST_DIR ?? "dist") === resolve("dist");

interface ClaimsJson {
  stories: { url: string }[];
  articles: { url: string }[];
  people: { id: string; name: string; aliases: string[]; url: string }[];
  claims: { id: string; title: string; status: string; people: string[]; url: string }[];
}
type Person = ClaimsJson["people"][number];

let data: ClaimsJson;
/** The person the "Meloni" checks use, the claim naming them with the most others, and two of their own spellings. */
let meloni: Person;
let multiClaim: ClaimsJson["claims"][number];
let zelenskyy: Person;
let starmer: Person;

const byName = (name: string): Person | undefined => data.people.find((person) => person.name === name);
const claimsOf = (person: Person): ClaimsJson["claims"] =>
  data.claims.filter((claim) => claim.people.includes(person.id));
/** The short form a reader types: the shortest alias, else the last word of the name. */
const surname = (person: Person): string =>
  [...person.aliases].sort((a, b) => a.length - b.length)[0] ?? person.name.split(" ").at(-1) ?? person.name;
/** One typing slip: the second-to-last letter doubled ("Meloni" → "Melonni"). */
const typo = (word: string): string => word.slice(0, -1) + word.slice(-2);

beforeAll(async () => {
  data = (await (await fetch(`${site.origin}/claims.json`)).json()) as ClaimsJson;
  const involved = data.people.filter((person) => claimsOf(person).length > 0);
  meloni =
    byName("Giorgia Meloni") ??
    [...involved].sort((a, b) => claimsOf(b).length - claimsOf(a).length)[0] ??
    (data.people[0] as Person);
  multiClaim = [...claimsOf(meloni)].sort(
    (a, b) => b.people.length - a.people.length,
  )[0] as ClaimsJson["claims"][number];
  zelenskyy = byName("Volodymyr Zelenskyy") ?? involved.find((person) => person.aliases.length > 0) ?? meloni;
  starmer = byName("Keir Starmer") ?? involved.find((person) => person.id !== meloni.id) ?? meloni;
});

/**
 * Ids of the claims a query for a person finds, read from the claim and
 * person files (not from the build's exports): claims listing the person,
 * claims whose quotes hold any of their names, and claims whose other text
 * holds the word typed, as a word of its own.
 */
function claimsNaming(personId: string, typed: string): string[] {
  const person = sourcePeople().find((p) => p.id === personId);
  const names = [person?.name ?? typed, ...(person?.aliases ?? [])].map(fold);
  const word = (text: string, name: string): boolean =>
    new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(
      fold(text),
    );
  return sourceClaims()
    .filter((claim) => {
      const accounts = Object.values(claim.accounts);
      const quotes = accounts.flatMap((account) => account.quotes);
      const other = [claim.title, claim.topic ?? "", claim.note ?? "", ...accounts.map((a) => a.summary ?? "")];
      return (
        (claim.people ?? []).includes(personId) ||
        quotes.some((quote) => names.some((name) => word(quote, name))) ||
        other.some((text) => word(text, fold(typed)))
      );
    })
    .map((claim) => claim.id);
}

/** Open the search page with a query typed into its field; resolves when results are shown. */
async function searchPage(query: string, width?: number): Promise<Awaited<ReturnType<typeof site.open>>> {
  const opened = await site.open("/search/", width === undefined ? {} : { width });
  await opened.page.locator("#search-q").fill(query);
  await opened.page.locator("[data-search-count]").filter({ hasText: query }).waitFor();
  return opened;
}

const resultLinks = (page: Page, group: "People" | "Claims"): Promise<string[]> =>
  page
    .locator(`[data-search-results] section:has(h2:text-is("${group}")) a[data-result]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));

describe("search", () => {
  it("the checks use the people the issue names (real content), or people of another build that fit the checks", () => {
    if (REAL_CONTENT) {
      expect([meloni.name, zelenskyy.name, starmer.name]).toEqual([
        "Giorgia Meloni",
        "Volodymyr Zelenskyy",
        "Keir Starmer",
      ]);
      expect(multiClaim.people.map((id) => data.people.find((p) => p.id === id)?.name)).toEqual(
        expect.arrayContaining(["Giorgia Meloni", "Keir Starmer", "Emmanuel Macron"]),
      );
      expect(zelenskyy.aliases).toEqual(expect.arrayContaining(["Zelenskyj", "Zelenskyy", "Zelensky"]));
    } else {
      expect(claimsOf(meloni).length, "the person searched for has claims").toBeGreaterThan(0);
      expect(multiClaim.people).toContain(meloni.id);
      expect(claimsOf(zelenskyy).length).toBeGreaterThan(0);
    }
  });

  it("a reading page requests no search code or index until the field is focused", async () => {
    const article = data.articles[0]?.url ?? "/";
    const { page, context, errors } = await site.open("/");
    const before: string[] = [];
    const after: string[] = [];
    let focused = false;
    page.on("request", (request) => (focused ? after : before).push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${article}`, { waitUntil: "networkidle" });
    expect(before.filter((path) => path.startsWith("/search/"))).toEqual([]);
    focused = true;
    const index = page.waitForRequest(/\/search\/index\.[0-9a-f]{12}\.json$/u);
    await page.locator("#site-search").focus();
    await index;
    await page.waitForLoadState("networkidle");
    const lateScripts = after.filter((path) => path.endsWith(".js"));
    expect(lateScripts.length, "the search client loads on focus").toBeGreaterThan(0);
    expect(
      before.filter((path) => lateScripts.includes(path)),
      "…and not before",
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it(`typing a surname lists the person and the claim naming them with others`, async () => {
    const { page, context, errors } = await searchPage(surname(meloni));
    expect(await resultLinks(page, "People")).toContain(meloni.url);
    expect(await resultLinks(page, "Claims")).toContain(multiClaim.url);
    // Exactly the claims the claim files tie to the person: those listing them, those quoting any of their names,
    // and those whose title, topic, note or summaries hold the word typed; each with its status in words.
    expect([...(await resultLinks(page, "Claims"))].sort()).toEqual(
      claimsNaming(meloni.id, surname(meloni))
        .map((id) => `/claims/${id}/`)
        .sort(),
    );
    await expect(page.locator("[data-search-results] .badge").first().innerText()).resolves.toMatch(
      /Agree|Differ|Only in one report/u,
    );
    expect(await page.locator("[data-search-results] mark").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("every spelling of a name returns the same claims", async () => {
    const spellings =
      zelenskyy.aliases.length >= 2 ? zelenskyy.aliases.slice(0, 2) : [zelenskyy.name, surname(zelenskyy)];
    const found: string[][] = [];
    for (const spelling of spellings) {
      const { page, context } = await searchPage(spelling);
      expect(await resultLinks(page, "People"), spelling).toContain(zelenskyy.url);
      found.push((await resultLinks(page, "Claims")).sort());
      await context.close();
    }
    expect(found[0]?.length).toBeGreaterThan(0);
    expect(found[1]).toEqual(found[0]);
  });

  it("a typo still finds the person", async () => {
    const { page, context } = await searchPage(typo(surname(meloni)));
    expect(await resultLinks(page, "People")).toContain(meloni.url);
    await context.close();
  });

  it("the query in the URL shows results on load, and the URL follows the query", async () => {
    const query = surname(starmer);
    const { page, context } = await site.open(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator("#search-q").inputValue()).resolves.toBe(query);
    await page.locator("[data-search-count]").filter({ hasText: query }).waitFor();
    expect(await resultLinks(page, "People")).toContain(starmer.url);

    // Typing replaces the URL; submitting pushes it; back and forward restore the results.
    const other = surname(meloni);
    await page.locator("#search-q").fill(other);
    await page.locator("#search-q").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === other);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("q") === query);
    await expect(page.locator("#search-q").inputValue()).resolves.toBe(query);
    await page.locator("[data-search-count]").filter({ hasText: query }).waitFor();
    await page.goForward();
    await page.locator("[data-search-count]").filter({ hasText: other }).waitFor();
    await context.close();
  });

  it("status buttons filter the claims and are kept in the URL", async () => {
    const { page, context } = await searchPage(surname(meloni));
    const status = multiClaim.status;
    const button = page.locator(`[data-status-filter] button[data-status="${status}"]`);
    await button.click();
    await expect(button.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForURL((url) => url.searchParams.getAll("status").includes(status));
    const badges = await page
      .locator("[data-search-results] li .badge")
      .evaluateAll((nodes) => nodes.map((node) => node.className));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((name) => name.includes(`status-${status}`))).toBe(true);
    await page.reload();
    await expect(
      page.locator(`[data-status-filter] button[data-status="${status}"]`).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    await context.close();
  });

  it("works by keyboard alone: / to focus, arrows to a claim, Enter to open it", async () => {
    const { page, context, errors } = await site.open(data.articles[0]?.url ?? "/");
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search");
    await page.keyboard.type(surname(meloni));
    await page
      .locator("[data-search-panel]")
      .filter({ hasText: surname(meloni) })
      .waitFor();
    let href = "";
    for (let step = 0; step < 12 && !href.startsWith("/claims/"); step++) {
      await page.keyboard.press("ArrowDown");
      href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    }
    expect(href).toMatch(/^\/claims\//u);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.origin}${href}`);
    await expect(page.locator("h1").count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Esc closes the panel, then clears the field", async () => {
    const { page, context } = await site.open("/");
    await page.locator("#site-search").fill(surname(meloni));
    const panel = page.locator("[data-search-panel]");
    await panel.filter({ hasText: surname(meloni) }).waitFor();
    await page.keyboard.press("Escape");
    await expect(panel.isHidden()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator("#site-search").inputValue()).resolves.toBe("");
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations with results open (${colorScheme})`, async () => {
      const { page, context } = await searchPage(surname(meloni));
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), "search page").toEqual([]);
      await page.goto(`${site.origin}${data.articles[0]?.url ?? "/"}`);
      await page.locator("#site-search").fill(surname(meloni));
      await page
        .locator("[data-search-panel]")
        .filter({ hasText: surname(meloni) })
        .waitFor();
      expect(await axeViolations(page), "header panel").toEqual([]);
      await context.close();
    });
  }

  it("is readable 360 px wide, panel and page", async () => {
    const { page, context } = await searchPage(surname(meloni), 360);
    const overflow = (): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await page.goto(`${site.origin}/`);
    await page.locator("#site-search").fill(surname(meloni));
    const box = await page
      .locator("[data-search-panel]")
      .filter({ hasText: surname(meloni) })
      .boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("when the index cannot load, the search page says so and offers the same links", async () => {
    const context = await site.browser.newContext();
    await context.route(/\/search\/index\.[0-9a-f]+\.json$/u, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(surname(meloni))}`);
    await page.locator("[data-search-count]").filter({ hasText: "Search could not load" }).waitFor();
    await expect(page.locator("[data-search-count]").innerText()).resolves.toMatch(/^Search could not load: .+\.$/u);
    const fallback = page.locator("[data-search-fallback]");
    await expect(fallback.isVisible()).resolves.toBe(true);
    await expect(fallback.locator('a[href="/people/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it("without JavaScript the search page says so and links the people index and the claims tables", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(surname(meloni))}`);
    await expect(page.locator("main").innerText()).resolves.toContain("needs JavaScript");
    const links = await page.locator("main a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links).toContain("/people/");
    expect(links).toEqual(expect.arrayContaining(data.stories.map((story) => `${story.url}#claims`)));
    await context.close();
  });
});
