import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/config.ts";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/browser.ts";

const site = useSite();

/** The parts of /claims.json these tests read. */
interface Exported {
  stories: { id: string; url: string }[];
  articles: { id: string; url: string }[];
  claims: {
    id: string;
    url: string;
    title: string;
    accounts: Record<string, { quotes: string[]; anchors: string[] }>;
  }[];
}

async function exported(): Promise<Exported> {
  const data = (await (await fetch(`${site.origin}/claims.json`)).json()) as Exported;
  expect(data.claims.length, "the site has claims to share").toBeGreaterThan(0);
  return data;
}

/** A page in a context allowed to use the clipboard, collecting console errors. */
async function openWithClipboard(path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { page, errors, context } = await site.open(path, { permissions: ["clipboard-read", "clipboard-write"] });
  return { page, errors, close: () => context.close() };
}

/** An attribute value found by `pattern` in raw HTML, with the entities Astro writes decoded. */
const attribute = (html: string, pattern: RegExp): string | undefined =>
  pattern
    .exec(html)?.[1]
    ?.replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("sharing a claim", () => {
  it("copies the absolute permalink from the claim page and confirms it politely", async () => {
    const [claim] = (await exported()).claims;
    if (claim === undefined) throw new Error("no claim");
    const { page, errors, close } = await openWithClipboard(claim.url);
    await page.getByRole("button", { name: "Copy link", exact: true }).click();
    const status = page.locator("share-claim [role=status]").first();
    await expect.poll(() => status.innerText()).toBe("Link copied to the clipboard.");
    expect(await status.getAttribute("role")).toBe("status");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(claim.url));
    expect(errors).toEqual([]);
    await close();
  });

  it("copies a claim's permalink from its row of the claims table", async () => {
    const data = await exported();
    const { page, close } = await openWithClipboard(data.stories[0]?.url ?? "/");
    const row = page.locator("tbody tr[id^=claim-]").first();
    const id = ((await row.getAttribute("id")) ?? "").replace(/^claim-/u, "");
    const claim = data.claims.find((c) => c.id === id);
    await row.locator("summary", { hasText: "Share" }).click();
    await row.getByRole("button", { name: `Copy link to “${claim?.title}”` }).click();
    await expect.poll(() => row.locator("[role=status]").innerText()).toBe("Link copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(claim?.url ?? ""));
    expect(await axeViolations(page), "story page with a share panel open").toEqual([]);
    await close();
  });

  it("falls back to selecting the link when the clipboard is refused", async () => {
    const [claim] = (await exported()).claims;
    const { page, context } = await site.open(claim?.url ?? "/");
    // No permission granted and the API removed: the link text must end up selected.
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.getByRole("button", { name: "Copy link", exact: true }).click();
    await expect.poll(() => page.locator("share-claim [role=status]").first().innerText()).toMatch(/is selected/u);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(absoluteUrl(claim?.url ?? ""));
    await context.close();
  });

  it("scrolls to and highlights the sentence a quote links to", async () => {
    const data = await exported();
    // The quoted sentence lowest in its article, so following the link has to scroll.
    const links = data.claims.flatMap((claim) =>
      Object.entries(claim.accounts).flatMap(([articleId, account]) =>
        account.anchors.map((anchor) => `${data.articles.find((a) => a.id === articleId)?.url}${anchor}`),
      ),
    );
    const { page, context } = await site.open(links[0] ?? "/");
    const ranked = await page.evaluate(
      (candidates) =>
        candidates
          .map((link) => ({ link, top: document.getElementById(link.split("#")[1] ?? "")?.offsetTop ?? -1 }))
          .sort((a, b) => b.top - a.top),
      links.filter((link) => link.startsWith(links[0]?.split("#")[0] ?? "")),
    );
    const target = ranked[0]?.link ?? "";
    await page.goto(`${site.origin}${target}`, { waitUntil: "load" });
    const id = target.split("#")[1] ?? "";
    const state = await page.evaluate((sentenceId) => {
      const element = document.getElementById(sentenceId) as HTMLElement;
      const other = [...document.querySelectorAll<HTMLElement>(".sentence")].find((s) => s !== element) as HTMLElement;
      const box = element.getBoundingClientRect();
      return {
        targeted: element.matches(":target"),
        background: getComputedStyle(element).backgroundColor,
        otherBackground: getComputedStyle(other).backgroundColor,
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
        needsScroll: element.offsetTop + box.height > window.innerHeight,
        scrolled: window.scrollY > 0,
      };
    }, id);
    expect(state.targeted).toBe(true);
    expect(state.background).not.toBe(state.otherBackground);
    expect(state.inView).toBe(true);
    if (state.needsScroll) expect(state.scrolled).toBe(true);
    await context.close();
  });
});

describe("previews and structured data", () => {
  it("gives every claim page an absolute canonical URL and a 1200×630 PNG preview with alt text", async () => {
    for (const claim of (await exported()).claims) {
      const html = await (await fetch(`${site.origin}${claim.url}`)).text();
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/u), claim.id).toBe(absoluteUrl(claim.url));
      expect(attribute(html, /<meta property="og:url" content="([^"]+)"/u)).toBe(absoluteUrl(claim.url));
      const image = attribute(html, /<meta property="og:image" content="([^"]+)"/u) ?? "";
      expect(image, claim.id).toBe(absoluteUrl(`/og/claims/${claim.id}.png`));
      expect(attribute(html, /<meta property="og:image:alt" content="([^"]+)"/u), claim.id).toContain(
        claim.title.slice(0, 20),
      );
      const response = await fetch(`${site.origin}${new URL(image).pathname}`);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), claim.id).toEqual({ width: 1200, height: 630 });
    }
  });

  it("gives pages without their own card the site card", async () => {
    const html = await (await fetch(`${site.origin}/people/`)).text();
    const image = attribute(html, /<meta property="og:image" content="([^"]+)"/u) ?? "";
    expect(image).toBe(absoluteUrl("/og/site.png"));
    const bytes = new Uint8Array(await (await fetch(`${site.origin}/og/site.png`)).arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  });

  it("describes claims as schema.org Claim and reports as NewsArticle, without CSP errors", async () => {
    const data = await exported();
    const [claim] = data.claims;
    const { page, context, errors } = await site.open(claim?.url ?? "/");
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0] ?? "") as {
      "@type": string;
      url: string;
      appearance: { "@type": string; url: string }[];
    };
    expect(ld["@type"]).toBe("Claim");
    expect(ld.url).toBe(absoluteUrl(claim?.url ?? ""));
    expect(ld.appearance.map((a) => a["@type"])).toEqual(Object.keys(claim?.accounts ?? {}).map(() => "NewsArticle"));
    await page.goto(`${site.origin}${data.articles[0]?.url}`, { waitUntil: "load" });
    const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as {
      "@type": string;
    };
    expect(article["@type"]).toBe("NewsArticle");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("permalinks and discovery", () => {
  // Redirects of former ids are followed in tests/e2e/redirects.test.ts, on a fixture that has one.
  it("lists every claim in the sitemap, and no filter page", async () => {
    const data = await exported();
    const sitemap = await (await fetch(`${site.origin}/sitemap-0.xml`)).text();
    for (const claim of data.claims) expect(sitemap, claim.id).toContain(`<loc>${absoluteUrl(claim.url)}</loc>`);
    expect(sitemap).not.toMatch(/\/stories\/[^/<]+\/[^/<]+\/[^/<]+\/</u);
  });

  it("answers a missing page with a 404 that offers search and ways on", async () => {
    const { page, context, errors } = await site.open("/claims/no-such-claim/");
    const response = await page.request.get(`${site.origin}/claims/no-such-claim/`);
    expect(response.status()).toBe(404);
    await expect(page.locator("h1").innerText()).resolves.toBe("Page not found");
    expect(await page.locator('main form[role=search][action="/search/"] input[name=q]').count()).toBe(1);
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/people/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The one expected console error is the 404 of the page itself; nothing it loads may fail.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"]);
    await context.close();
  });

  it("publishes a well-formed Atom feed of the stories", async () => {
    const data = await exported();
    const { page, context } = await site.open("/");
    const xml = await (await fetch(`${site.origin}/feed.xml`)).text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        entries: [...doc.querySelectorAll("entry > id")].map((id) => id.textContent),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.entries).toEqual(data.stories.map((story) => absoluteUrl(story.url)));
    await context.close();
  });

  it("exports one Web Annotation per quote, anchored in our copy of the report", async () => {
    const data = await exported();
    const collection = (await (await fetch(`${site.origin}/annotations.json`)).json()) as {
      type: string;
      total: number;
      first: { items: { target: { source: string; selector: { type: string; exact?: string; value?: string }[] } }[] };
    };
    const quotes = data.claims.flatMap((claim) => Object.values(claim.accounts).flatMap((account) => account.quotes));
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(quotes.length);
    expect(collection.first.items.map((item) => item.target.selector[0]?.exact)).toEqual(quotes);
    const articleUrls = new Set(data.articles.map((article) => absoluteUrl(article.url)));
    const pages = new Map<string, string>();
    for (const item of collection.first.items) {
      expect(articleUrls.has(item.target.source), item.target.source).toBe(true);
      const id = item.target.selector[1]?.value ?? "";
      // A sentence id is made of the sentence's own first words (a counter only after them, for a repeated
      // sentence), never its position ("s-x-2"), so a shared link survives a paragraph added above it.
      expect(id).toMatch(/^s-[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      const url = new URL(item.target.source).pathname;
      if (!pages.has(url)) pages.set(url, await (await fetch(`${site.origin}${url}`)).text());
      const sentence = sentenceText(pages.get(url) ?? "", id);
      expect(sentence, `${id} is a sentence of ${url}`).not.toBeUndefined();
      const idWords = id.slice(2).split("-");
      // An apostrophe joins the letters around it ("Trump's" is "trumps"), as in a URL.
      const leading =
        (sentence ?? "")
          .replace(/['’]/gu, "")
          .match(/[\p{L}\p{N}]+/gu)
          ?.map(foldWord) ?? [];
      // The words of the id are the sentence's first words; anything after them is a counter, never a position.
      const own = idWords.filter((word, n) => word === leading[n]);
      expect(own.length, `${id} from "${sentence}"`).toBeGreaterThan(0);
      expect(
        idWords.slice(own.length).every((word) => /^\d+$/u.test(word)),
        `${id} from "${sentence}"`,
      ).toBe(true);
      expect(own.join("-"), id).not.toBe("x");
      // The quote starts in that sentence.
      const exact = item.target.selector[0]?.exact ?? "";
      expect(`${sentence} `.includes(exact.slice(0, 12)) || exact.includes(sentence ?? "\u0000"), id).toBe(true);
    }
  });
});

/** The text of the element with `id` in a page, tags stripped (marks and links inside a sentence are text). */
function sentenceText(html: string, id: string): string | undefined {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) return undefined;
  const open = html.indexOf(">", at) + 1;
  let depth = 1;
  const tags = /<(\/?)span\b[^>]*>/gu;
  tags.lastIndex = open;
  for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
    depth += tag[1] === "/" ? -1 : 1;
    if (depth === 0) return decodeEntities(html.slice(open, tag.index).replace(/<[^>]*>/gu, "")).trim();
  }
  return undefined;
}

/** The few entities our pages write inside text. */
const decodeEntities = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");

/** A word as an id spells it: lower case, no diacritics. */
const foldWord = (word: string): string =>
  word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
