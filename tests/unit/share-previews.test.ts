import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { fontExtent, measureText } from "../../src/lib/cards/fonts.ts";
import { layoutClaimCard, wrapLines } from "../../src/lib/cards/layout.ts";
import { renderClaimCardPng } from "../../src/lib/cards/raster-claim.ts";
import { claimCardTemplate, quoted, truncate, type CardChild, type ClaimCardData } from "../../src/lib/cards/design.ts";
import { claimRedirects, refreshContent } from "../../src/lib/share/redirects.ts";
import { hasNoindex, indexablePages, pageFile } from "../../src/lib/share/sitemap-filter.ts";

/** Every string in a card tree, in order. */
function texts(node: CardChild | readonly CardChild[] | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap((child: CardChild) => texts(child));
  return texts((node as Exclude<CardChild, string>).props.children);
}

const base = {
  siteName: "Side by Side",
  storyTitle: "A summit in two reports",
  claimTitle: "Berg and Dahl met",
  status: "differ",
  quotes: [],
} as const;

/** The lines of text a claim's card draws over its fixed parts. */
const claimCard = (data: ClaimCardData): string[] =>
  layoutClaimCard(data, { measure: measureText, ...fontExtent(1) }).lines.map((line) => line.text);

const cardData: ClaimCardData = {
  siteName: "Side by Side",
  storyTitle: "A summit in two reports",
  claimTitle: "Berg and Dahl met",
  status: "differ",
  quotes: [
    { outlet: "The Daily Example", text: "Anna Berg met Carl Dahl in Oslo." },
    { outlet: "Outlet not named", text: "word ".repeat(60) },
  ],
};

describe("preview cards", () => {
  it("truncate at a word boundary with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("The talks lasted two hours, said the aide.", 30)).toBe("The talks lasted two hours…");
    expect(truncate("a  b\n c", 10)).toBe("a b c");
  });

  it("put quotes in quotation marks once, even when they open with their own", () => {
    expect(quoted("Plain words.")).toBe("“Plain words.”");
    expect(quoted('"We agreed," he said.')).toBe('"We agreed," he said.');
    expect(quoted("“We agreed,” he said.")).toBe("“We agreed,” he said.");
  });

  it("show the site and the status in words in the fixed parts", () => {
    expect(texts(claimCardTemplate("differ", "Side by Side"))).toEqual(["Side by Side", "Differ"]);
    expect(texts(claimCardTemplate("agree", "Side by Side"))).toEqual(["Side by Side", "Agree"]);
  });

  it("show the claim, each outlet's quote and the story", () => {
    const all = claimCard(cardData);
    expect(all).toEqual(
      expect.arrayContaining(["Berg and Dahl met", "THE DAILY EXAMPLE", "“Anna Berg met Carl Dahl in Oslo.”"]),
    );
    expect(all).toContain("Story: A summit in two reports");
    const long = all.slice(all.indexOf("OUTLET NOT NAMED") + 1, -1).join(" ");
    expect(long.startsWith("“word")).toBe(true);
    expect(long.endsWith("…”")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(132);
  });

  it("wrap words into lines, cut a word wider than a line, and end cut-off text with an ellipsis", () => {
    const tenPerChar = (text: string) => text.length * 10;
    expect(wrapLines("one two three four", 90, 3, tenPerChar)).toEqual(["one two", "three", "four"]);
    expect(wrapLines("one two three four", 90, 2, tenPerChar)).toEqual(["one two", "three…"]);
    expect(wrapLines("abcdefghijkl", 50, 3, tenPerChar)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapLines("abcdefghijklmnopq", 50, 2, tenPerChar)).toEqual(["abcde", "fghi…"]);
    expect(wrapLines("  spaced   out  ", 200, 1, tenPerChar)).toEqual(["spaced out"]);
  });

  it("keep every line of a very long title or quote inside the card, above the footer", () => {
    const layout = layoutClaimCard(
      { ...cardData, claimTitle: "x".repeat(400), quotes: [{ outlet: "O", text: "y".repeat(400) }] },
      { measure: measureText, ...fontExtent(1) },
    );
    const footer = layout.rects.find((rect) => rect.height === 2);
    if (footer === undefined) throw new Error("no footer rule");
    for (const line of layout.lines) {
      expect(line.x + measureText(line.text, line.weight, line.size, line.letterSpacing)).toBeLessThanOrEqual(1136.5);
      if (!line.text.startsWith("Story:")) expect(line.baseline).toBeLessThan(footer.y);
    }
    expect(layout.lines.filter((line) => line.text.startsWith("x"))).toHaveLength(3);
    expect(layout.lines.findLast((line) => line.text.startsWith("x"))?.text.endsWith("…")).toBe(true);
  });

  it("show at most two quotes and count the other reports", () => {
    const quote = (n: number) => ({ outlet: `Outlet ${n}`, text: `Quote ${n}.` });
    const all = (n: number) => claimCard({ ...base, quotes: Array.from({ length: n }, (_, i) => quote(i + 1)) });
    expect(all(2).filter((t) => t.startsWith("“Quote"))).toEqual(["“Quote 1.”", "“Quote 2.”"]);
    expect(all(2).some((t) => t.includes("more report"))).toBe(false);
    expect(all(3).filter((t) => t.startsWith("“Quote"))).toEqual(["“Quote 1.”", "“Quote 2.”"]);
    expect(all(3)).toContain("+ 1 more report");
    expect(all(5)).toContain("+ 3 more reports");
  });

  it("render to a deterministic 1200×630 palette PNG", async () => {
    const first = await renderClaimCardPng(cardData);
    const second = await renderClaimCardPng(cardData);
    expect([...first.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(first.buffer, first.byteOffset);
    expect([view.getUint32(16), view.getUint32(20), first[25]]).toEqual([1200, 630, 3]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await renderClaimCardPng({ ...cardData, claimTitle: "Berg and Dahl did not meet" });
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});

describe("redirects at former claim ids", () => {
  it("list each former id with its claim, sorted", () => {
    const site = buildSite(loadContent("tests/fixtures/content/share"));
    expect(claimRedirects(site.claims.values()).map((r) => [r.former, r.claim.id])).toEqual([
      ["berg-dahl-meeting", "leaders-met"],
    ]);
  });

  it("list several former ids of several claims in order of former id, not of claim or of listing", () => {
    // Former ids listed out of order within a claim and across claims, so neither the claims' order nor the
    // order of each claim's list gives the sorted one.
    const former: Record<string, string[]> = {
      "critics-vague": ["zeta-critics"],
      "leaders-met": ["berg-dahl-meeting", "alpha-meeting"],
      "talks-two-hours": ["middle-talks"],
    };
    const input = loadContent("tests/fixtures/content/share");
    const site = buildSite({
      ...input,
      claims: input.claims.map((entry) => ({
        ...entry,
        data: { ...entry.data, redirectFrom: former[entry.id] ?? [] },
      })),
    });
    expect(claimRedirects(site.claims.values()).map((r) => [r.former, r.claim.id])).toEqual([
      ["alpha-meeting", "leaders-met"],
      ["berg-dahl-meeting", "leaders-met"],
      ["middle-talks", "talks-two-hours"],
      ["zeta-critics", "critics-vague"],
    ]);
  });

  it("refresh at once to the claim's path on the same origin", () => {
    expect(refreshContent("/claims/leaders-met/")).toBe("0; url=/claims/leaders-met/");
  });
});

describe("sitemap filter", () => {
  const dir = mkdtempSync(join(tmpdir(), "share-sitemap-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recognises a robots noindex tag in either attribute order", () => {
    expect(hasNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(hasNoindex('<meta content="noindex" name="robots">')).toBe(true);
    expect(hasNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(hasNoindex('<meta name="description" content="noindex is a word">')).toBe(false);
  });

  it("keeps indexable HTML pages and drops noindex pages and other files", () => {
    for (const [path, html] of [
      ["claims/kept", "<head><title>x</title></head>"],
      ["claims/former", '<head><meta name="robots" content="noindex, follow"></head>'],
    ] as const) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, "index.html"), html);
    }
    expect(pageFile(dir, "https://example.org/claims/kept/")).toBe(join(dir, "claims/kept/index.html"));
    const keep = indexablePages(dir);
    expect(keep("https://example.org/claims/kept/")).toBe(true);
    expect(keep("https://example.org/claims/former/")).toBe(false);
    expect(keep("https://example.org/feed.xml")).toBe(false);
    expect(keep("https://example.org/missing/")).toBe(false);
  });
});
