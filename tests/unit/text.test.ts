import { describe, expect, it } from "vitest";
import { foldForSearch, normalizeText, normalizeWithOffsets } from "../../src/lib/text/normalize.ts";
import { splitSentences } from "../../src/lib/text/sentences.ts";
import { slugify } from "../../src/lib/slug.ts";
import { countOf, documentTitle, theClaimsInvolving } from "../../src/lib/format.ts";
import { feedEntries } from "../../src/lib/share/feed-entries.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";

describe("normalizeWithOffsets", () => {
  it("folds curly quotes and whitespace runs, and maps back to the original", () => {
    const input = "  “MAJOR   PROGRESS,”\n writes  Trump’s ";
    const { text, offsets } = normalizeWithOffsets(input);
    expect(text).toBe(`"MAJOR PROGRESS," writes Trump's`);
    expect(input.slice(offsets[1], (offsets[15] as number) + 1)).toBe("MAJOR   PROGRESS,");
    expect(offsets).toHaveLength(text.length + 1);
  });

  it("changes nothing else: dashes and case stay", () => {
    expect(normalizeText("this—with Support")).toBe("this—with Support");
  });
});

describe("foldForSearch", () => {
  it("drops diacritics and case", () => {
    expect(foldForSearch("Zelenskyj’s  ÉLYSÉE")).toBe("zelenskyj's elysee");
  });
});

describe("splitSentences", () => {
  const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

  it("keeps abbreviations and initials inside sentences", () => {
    expect(texts("The U.S. envoy met the U.K.’s Sir Keir Starmer. Mr. Smith left. J. R. Doe stayed.")).toEqual([
      "The U.S. envoy met the U.K.’s Sir Keir Starmer.",
      "Mr. Smith left.",
      "J. R. Doe stayed.",
    ]);
  });

  it("does not split inside a quote that ends with a comma", () => {
    expect(texts('"MAJOR PROGRESS WITH RUSSIA," writes Donald Trump. He left.')).toEqual([
      '"MAJOR PROGRESS WITH RUSSIA," writes Donald Trump.',
      "He left.",
    ]);
  });

  it("ends a sentence after closing quotes and brackets", () => {
    expect(texts("He urged followers to “stay tuned.” This follows a post.")).toEqual([
      "He urged followers to “stay tuned.”",
      "This follows a post.",
    ]);
  });

  it("loses no character: spans cover all non-space text", () => {
    const input = "One. Two?  Three! “Four.” (Five.) six";
    const joined = splitSentences(input)
      .map((s) => s.text)
      .join("");
    expect(joined.replace(/\s/gu, "")).toBe(input.replace(/\s/gu, ""));
  });
});

describe("slugify", () => {
  it("makes ASCII ids from any spelling", () => {
    expect(slugify("Zelenskyj’s “Brussels” meeting — Ünïcode", 4)).toBe("zelenskyjs-brussels-meeting-unicode");
  });
});

describe("documentTitle", () => {
  it("adds the site name when it fits, else keeps the page's words, shortened at a word", () => {
    expect(documentTitle("People", "Side by Side")).toBe("People · Side by Side");
    const headline = "Putin agrees to let Ukraine’s allies offer NATO-like security guarantees, Witkoff says";
    const short = documentTitle(headline, "Side by Side");
    expect(short.length).toBeLessThanOrEqual(70);
    expect(short).toBe("Putin agrees to let Ukraine’s allies offer NATO-like security…");
    expect(documentTitle("A title of exactly sixty-five characters for testing the limits ok", "Side by Side")).toBe(
      "A title of exactly sixty-five characters for testing the limits ok",
    );
  });
});

describe("countOf", () => {
  it('makes the noun agree with the count (issue 21: "1 reports", "1 claims")', () => {
    expect([0, 1, 2].map((n) => countOf(n, "report"))).toEqual(["0 reports", "1 report", "2 reports"]);
    expect(countOf(1, "person", "people")).toBe("1 person");
    expect(countOf(3, "person", "people")).toBe("3 people");
    expect(theClaimsInvolving(1, "it")).toBe("the 1 claim that involves it");
    expect(theClaimsInvolving(2, "them")).toBe("the 2 claims that involve them");
  });

  it("is how the feed counts a story's reports and claims", () => {
    const input = loadContent("tests/fixtures/content/basic");
    const site = buildSite({
      ...input,
      articles: input.articles.filter((article) => article.id === "first-report"),
      claims: input.claims.filter((claim) => claim.id === "critics-vague"),
    });
    expect(feedEntries(site, 1)[0]?.summary).toMatch(/ — 1 report compared on 1 claim: /u);
  });
});
