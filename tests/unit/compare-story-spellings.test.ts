import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import { storySpellings } from "../../src/lib/compare/align/story-spellings.ts";
import { suggestClaims } from "../../src/lib/compare/align/suggest.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";

const reports = (...texts: string[]) => texts.map((text) => [tokenize(text)]);

describe("one spelling per name", () => {
  it("reads a name transliterated two ways by two reports as the first report's spelling", () => {
    const spellings = storySpellings(
      reports("Kovalenko met Zelenskyy.", "Kowalenko met Zelenskyj.", "Zelensky spoke."),
    );
    expect(Object.fromEntries(spellings)).toEqual({
      kowalenko: "kovalenko",
      zelenskyj: "zelenskyy",
      zelensky: "zelenskyy",
    });
  });

  it("keeps two spellings one report uses as two names", () => {
    expect(storySpellings(reports("Marika Hollis and Marika Hollin spoke.", "Hollin agreed.")).size).toBe(0);
  });

  it("leaves short names and names further apart alone", () => {
    expect(storySpellings(reports("Rask and Austria.", "Risk and Australia.")).size).toBe(0);
  });

  it("gives one person two reports spell differently no one-sided detail", () => {
    const report = (id: string, text: string) => ({ id, label: id, blocks: parseArticle(text).blocks });
    const suggestions = suggestClaims({
      reports: [
        report("a", "Harbour minister Ilse Kovalenko opened the new bridge in Orlavik."),
        report("b", "Harbour minister Ilse Kowalenko opened the new bridge in Orlavik."),
      ],
      findDetails: siteDetailFinder(),
    });
    const shared = suggestions.find((s) => s.accounts.size === 2);
    expect(shared).toMatchObject({ status: "agree" });
    expect(shared?.details).toBeUndefined();
  });
});
