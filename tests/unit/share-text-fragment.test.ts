import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/lib/content-error.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import type { SiteArticle, SiteClaim } from "../../src/lib/model/types.ts";
import { originalQuoteLinks } from "../../src/lib/share/original-links.ts";
import { findDirectiveMatches } from "../../src/lib/text/text-fragment-match.ts";
import {
  TextFragmentError,
  buildTextDirective,
  encodeTerm,
  encodeTextDirective,
  textFragmentUrl,
  type TextDirective,
  type TextTarget,
} from "../../src/lib/text/text-fragment.ts";

/** Read a `:~:text=` directive back into its terms, as a browser would. */
function parseDirective(fragment: string): TextDirective {
  const value = fragment.replace(/^.*:~:text=/u, "");
  const parts = value.split(",");
  const prefix = parts[0]?.endsWith("-") ? decodeURIComponent((parts.shift() as string).slice(0, -1)) : undefined;
  const suffix = parts.at(-1)?.startsWith("-") ? decodeURIComponent((parts.pop() as string).slice(1)) : undefined;
  const [start = "", end] = parts.map(decodeURIComponent);
  return {
    ...(prefix === undefined ? {} : { prefix }),
    start,
    ...(end === undefined ? {} : { end }),
    ...(suffix === undefined ? {} : { suffix }),
  };
}

/** The target of the `occurrence`-th appearance of `quote` in block `block`. */
function target(blocks: readonly string[], block: number, quote: string, occurrence = 0): TextTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = (blocks[block] as string).indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in block ${block}`);
  return { block, start, end: start + quote.length };
}

/** The directive selects exactly the target and nothing else. */
function expectUnique(blocks: readonly string[], at: TextTarget, directive: TextDirective): void {
  const offset = blocks.slice(0, at.block).reduce((sum, b) => sum + b.length + 1, 0);
  expect(findDirectiveMatches(blocks.join("\n"), directive)).toEqual([[offset + at.start, offset + at.end]]);
}

describe("text fragment builder", () => {
  it("uses the first and last word when they already single the passage out", () => {
    const blocks = ["Alpha beta gamma delta epsilon."];
    const at = target(blocks, 0, "Alpha beta gamma delta epsilon.");
    const directive = buildTextDirective(blocks, at);
    expect(encodeTextDirective(directive)).toBe(":~:text=Alpha,epsilon.");
    expectUnique(blocks, at, directive);
  });

  it("takes more words when the shortest start and end would also select another passage", () => {
    const blocks = ["The cat sat on the mat. The dog sat on the rug."];
    const at = target(blocks, 0, "The dog sat on the rug.");
    const directive = buildTextDirective(blocks, at);
    // "The,rug." would also select from "The cat", "the mat" and "the rug" (case folded) to "rug.".
    expect(findDirectiveMatches(blocks[0] as string, { start: "The", end: "rug." })).toHaveLength(4);
    expectUnique(blocks, at, directive);
    expect(encodeTextDirective(directive).length).toBeLessThan(
      encodeTextDirective({ start: "The dog sat on the rug." }).length,
    );
  });

  it("adds a prefix when the passage repeats but the word before it differs", () => {
    const blocks = ["He said no. She said no. They said no."];
    const at = target(blocks, 0, "said no.", 1);
    const directive = buildTextDirective(blocks, at);
    expect(directive).toEqual({ prefix: "She", start: "said", end: "no." });
    expectUnique(blocks, at, directive);
  });

  it("adds a suffix when the passage opens its paragraph and repeats later", () => {
    const blocks = ["Stop now please. Stop now thanks."];
    const at = target(blocks, 0, "Stop now");
    const directive = buildTextDirective(blocks, at);
    expect(directive).toEqual({ start: "Stop", end: "now", suffix: "please." });
    expectUnique(blocks, at, directive);
  });

  it("treats case and accents as browsers do, so a folded repeat still counts as a repeat", () => {
    const blocks = ["Café opens at nine. Tea is served.", "The cafe opens at nine."];
    const at = target(blocks, 0, "Café opens at nine.");
    expect(findDirectiveMatches(blocks.join("\n"), { start: "Café opens at nine." })).toHaveLength(2);
    const directive = buildTextDirective(blocks, at);
    expect(directive.suffix).toBe("Tea");
    expectUnique(blocks, at, directive);
  });

  it("matches the first term only at the start of a word", () => {
    expect(findDirectiveMatches("Hanna met Anna.", { start: "anna" })).toEqual([[10, 14]]);
  });

  it("percent-encodes -, & and , inside terms so they cannot be read as syntax", () => {
    expect(encodeTerm("rock-and-roll, fish & chips")).toBe("rock%2Dand%2Droll%2C%20fish%20%26%20chips");
    const blocks = ["Fans of rock-and-roll, fish & chips and tea met. Fans of jazz met."];
    const at = target(blocks, 0, "Fans of rock-and-roll, fish & chips and tea met.");
    const directive = buildTextDirective(blocks, at);
    const url = textFragmentUrl("https://example.com/a?x=1#old", directive);
    expect(url.startsWith("https://example.com/a?x=1#:~:text=")).toBe(true);
    const value = url.split(":~:text=")[1] ?? "";
    // The only raw "-" and "," left are the directive's own separators.
    expect(value.replace(/-,|,-|,/gu, "")).not.toMatch(/[-,&]/u);
    expect(parseDirective(url)).toEqual(directive);
    expectUnique(blocks, at, directive);
  });

  it("throws when no directive can tell the passage from a repeat", () => {
    const blocks = ["Same words here.", "Same words here."];
    expect(() => buildTextDirective(blocks, target(blocks, 0, "Same words here."))).toThrow(TextFragmentError);
    expect(() => buildTextDirective(blocks, target(blocks, 0, "Same words here."))).toThrowErrorMatchingInlineSnapshot(
      `[TextFragmentError: no text fragment singles out “Same words here.”: the passage and the words around it occur more than once in the article]`,
    );
  });
});

describe("links to the quote in the original", () => {
  const site = buildSite(loadContent("tests/fixtures/content/share"));
  const claim = site.claims.get("talks-two-hours") as SiteClaim;

  it("are built for reports with a sourceUrl, and single out the quote among its repeats", () => {
    const links = [...originalQuoteLinks(claim, site.articles).values()];
    // The second report has no sourceUrl; the first repeats "the talks lasted two hours" in its last paragraph.
    expect(links).toEqual(["https://example.com/news/leaders-agree-on-a-plan#:~:text=aide.-,The,hours."]);
  });

  it("fail the build with the claim file and quote named when the passage cannot be singled out", () => {
    const article = site.articles.get("first-report") as SiteArticle;
    const doubled = new Map(site.articles).set("first-report", {
      ...article,
      blocks: [...article.blocks, ...article.blocks],
    });
    const error = (() => {
      try {
        originalQuoteLinks(claim, doubled);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatchInlineSnapshot(`
      "1 content problem:
      - tests/fixtures/content/share/claims/talks-two-hours.yaml → accounts.first-report.quotes[0]: no text fragment singles out “The talks lasted two hours.”: the passage and the words around it occur more than once in the article, so no link to the original (https://example.com/news/leaders-agree-on-a-plan) can point at it
        Fix: quote a longer passage, or one whose surrounding words differ from its repetitions"
    `);
  });
});
