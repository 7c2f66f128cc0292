import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/config.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { CONTEXT_CHARS, buildAnnotations, safeSlice } from "../../src/lib/share/annotations.ts";

const site = buildSite(loadContent("tests/fixtures/content/share"));
const collection = buildAnnotations(site.claims.values(), site.articles);
const quotes = [...site.claims.values()].flatMap((claim) =>
  claim.accounts.flatMap((account) => account.quotes.map((quote) => ({ claim, account, quote }))),
);

describe("Web Annotation export", () => {
  it("is an AnnotationCollection with one annotation per quote, in claim order", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe(absoluteUrl("/annotations.json"));
    expect(collection.total).toBe(quotes.length);
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.first.items.map((item) => item.target.selector[0].exact)).toEqual(
      quotes.map((q) => q.quote.exact),
    );
    expect(new Set(collection.first.items.map((item) => item.id)).size).toBe(quotes.length);
  });

  it("targets our copy of the report by quote with 32 characters of context, and by sentence id", () => {
    collection.first.items.forEach((item, index) => {
      const { claim, account, quote } = quotes[index] as (typeof quotes)[number];
      const article = site.articles.get(account.articleId);
      const block = article?.blocks.find((b) => b.id === quote.blockId)?.text ?? "";
      const [textQuote, fragment] = item.target.selector;
      expect(item.target.source).toBe(absoluteUrl(`/articles/${account.articleId}/`));
      // Together they rebuild the block's own words around the quote.
      expect(block).toContain(`${textQuote.prefix}${textQuote.exact}${textQuote.suffix}`);
      expect(fragment).toEqual({
        type: "FragmentSelector",
        conformsTo: "http://tools.ietf.org/rfc/rfc3986",
        value: quote.anchors[0]?.slice(1),
      });
      expect(item.body).toContainEqual({
        type: "SpecificResource",
        purpose: "linking",
        source: absoluteUrl(claim.url),
      });
      expect(item.body).toContainEqual(expect.objectContaining({ purpose: "describing", value: claim.title }));
    });
  });

  it("has exactly 32 characters of context, cut at the paragraph's edges (pinned from the fixture's text)", () => {
    expect(CONTEXT_CHARS).toBe(32);
    expect(
      collection.first.items.map(({ target }) => {
        const { exact, prefix, suffix } = target.selector[0];
        return [prefix, exact, suffix];
      }),
    ).toEqual([
      ["", "Anna Berg met Carl Dahl in Oslo.", " “We agreed on a plan,” said Ber"],
      ["", "Berg and Dahl met in Bergen.", " They agreed on a plan. The talk"],
      ["nna Berg met Carl Dahl in Oslo. ", "“We agreed on a plan,” said Berg’s aide.", " The talks lasted two hours."],
      ["Berg and Dahl met in Bergen. ", "They agreed on a plan.", " The talks lasted two hours."],
      ["d on a plan,” said Berg’s aide. ", "The talks lasted two hours.", ""],
      [" Bergen. They agreed on a plan. ", "The talks lasted two hours.", ""],
      ["", "Critics called the plan vague.", ""],
    ]);
  });

  it("never cuts an emoji or other surrogate pair in half at the context edge", () => {
    const text = "ab😀cd";
    expect(safeSlice(text, 3, 6)).toBe("cd");
    expect(safeSlice(text, 0, 3)).toBe("ab");
    expect(safeSlice(text, 2, 4)).toBe("😀");
  });
});
