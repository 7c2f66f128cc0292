/**
 * A story told by an English and an Arabic report (our own fixture): the
 * Arabic report's title, text and quotes carry lang="ar" and dir="rtl"
 * inside the site's English pages, its sentences have ids made of their own
 * Arabic words, and a quote's "in context" link lands on its sentence.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../../scripts/lib/build/build-into.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const DIST = "tmp/languages-dist";
const ARABIC = "/articles/al-marsa-ferries/";
const ENGLISH = "/articles/harbour-daily-ferries/";
/** The first six words of the Arabic report's first sentence, as written in the fixture. */
const FIRST_SENTENCE_ID = "s-عادت-العبارات-الليلية-إلى-المضيق-الشمالي";

beforeAll(async () => {
  await buildInto({
    outDir: DIST,
    cacheDir: "tmp/languages-cache",
    contentDir: "tests/fixtures/content/languages",
  });
}, 300_000);
const site = useSite(DIST);

const attributes = (locator: import("playwright-core").Locator) =>
  locator.evaluate((element) => ({ lang: element.getAttribute("lang"), dir: element.getAttribute("dir") }));

describe("a report in Arabic", () => {
  it("marks its title and text as Arabic, right to left, in an English page", async () => {
    const { page, context } = await site.open(ARABIC);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(attributes(page.locator("h1"))).resolves.toEqual({ lang: "ar", dir: "rtl" });
    await expect(attributes(page.locator(".prose-article"))).resolves.toEqual({ lang: "ar", dir: "rtl" });
    await expect(
      page.locator(".prose-article").evaluate((element) => getComputedStyle(element).direction),
    ).resolves.toBe("rtl");
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it("gives its sentences ids of their own words", async () => {
    const { page, context } = await site.open(ARABIC);
    const ids = await page.locator(".prose-article span.sentence").evaluateAll((spans) => spans.map((s) => s.id));
    expect(ids).toEqual([FIRST_SENTENCE_ID, "s-ستعاد-أسعار-التذاكر-خلال-ثلاثين-يوما"]);
    await context.close();
  });

  it("leaves an English report's page as it was: no lang or dir of its own", async () => {
    const { page, context } = await site.open(ENGLISH);
    await expect(attributes(page.locator("h1"))).resolves.toEqual({ lang: null, dir: null });
    await context.close();
  });

  it("marks each quote with its report's language, and links it to its sentence", async () => {
    const { page, context } = await site.open("/claims/ferries-return/");
    const quotes = page.locator("q");
    const marked = await quotes.evaluateAll((elements) =>
      elements.map((q) => ({ text: q.textContent?.trim(), lang: q.getAttribute("lang"), dir: q.getAttribute("dir") })),
    );
    // In the page's order of reports, whatever it is: what matters is each quote's marking.
    expect(marked.sort((a, b) => (a.text ?? "").localeCompare(b.text ?? "", "en"))).toEqual([
      { text: "Night ferries returned to the Northern Strait on Tuesday.", lang: null, dir: null },
      { text: "عادت العبارات الليلية إلى المضيق الشمالي يوم الثلاثاء.", lang: "ar", dir: "rtl" },
    ]);
    const href = await page.locator("a", { has: page.locator('q[lang="ar"]') }).getAttribute("href");
    expect(decodeURIComponent(href ?? "")).toBe(`${ARABIC}#${FIRST_SENTENCE_ID}`);
    await context.close();
  });
});

describe("search results from a report in Arabic", () => {
  /** The search page with `query` typed in, once its results are shown. */
  const searchFor = async (query: string) => {
    const opened = await site.open("/search/");
    await opened.page.locator("#search-q").fill(query);
    await opened.page.locator("[data-search-count]").filter({ hasText: query }).waitFor();
    return opened;
  };
  const group = (page: import("playwright-core").Page, name: "Claims" | "Reports") =>
    page.locator(`[data-search-results] section:has(h2:text-is("${name}"))`);

  it("mark the Arabic quote and the Arabic headline as Arabic, right to left", async () => {
    const { page, context, errors } = await searchFor("المضيق");
    const quote = group(page, "Claims").locator("blockquote");
    await expect(quote.innerText()).resolves.toBe("عادت العبارات الليلية إلى المضيق الشمالي يوم الثلاثاء.");
    await expect(attributes(quote)).resolves.toEqual({ lang: "ar", dir: "rtl" });
    await expect(quote.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe("rtl");
    // The rest of the result is the site's own words: the claim's title and the outlet stay unmarked.
    await expect(attributes(group(page, "Claims").locator("a[data-result]"))).resolves.toEqual({
      lang: null,
      dir: null,
    });
    await expect(attributes(group(page, "Claims").locator("figcaption"))).resolves.toEqual({ lang: null, dir: null });
    const headline = group(page, "Reports").locator("a[data-result]");
    await expect(headline.innerText()).resolves.toBe("عودة العبارات الليلية إلى المضيق الشمالي");
    await expect(attributes(headline)).resolves.toEqual({ lang: "ar", dir: "rtl" });
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("leave a quote and a headline of the English report unmarked", async () => {
    const { page, context } = await searchFor("Northern Strait");
    const quote = group(page, "Claims").locator("blockquote");
    await expect(quote.innerText()).resolves.toBe("Night ferries returned to the Northern Strait on Tuesday.");
    await expect(attributes(quote)).resolves.toEqual({ lang: null, dir: null });
    await expect(attributes(group(page, "Reports").locator("a[data-result]"))).resolves.toEqual({
      lang: null,
      dir: null,
    });
    await context.close();
  });

  it("mark the Arabic quote in the header's panel too", async () => {
    const { page, context } = await site.open(ENGLISH);
    await page.locator("#site-search").fill("المضيق");
    const quote = page.locator("[data-search-panel] blockquote");
    await quote.waitFor();
    await expect(attributes(quote)).resolves.toEqual({ lang: "ar", dir: "rtl" });
    await context.close();
  });
});
