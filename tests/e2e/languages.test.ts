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
