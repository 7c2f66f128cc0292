import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { tokenize } from "../../src/lib/compare/align/nlp.ts";
import type { UnitDetail } from "../../src/lib/compare/align/features.ts";
import { respellDetails, respellTokens, storySpellings } from "../../src/lib/compare/align/story-spellings.ts";
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

  it("allows two edits between spellings of nine letters or more, one below", () => {
    // kovalchuk (9) / kowaltchuk (10): v→w and an inserted t; marianne / maryanna (8 each): i→y and e→a.
    expect(Object.fromEntries(storySpellings(reports("Kovalchuk spoke.", "Kowaltchuk spoke.")))).toEqual({
      kowaltchuk: "kovalchuk",
    });
    expect(storySpellings(reports("Marianne spoke.", "Maryanna spoke.")).size).toBe(0);
  });

  it("compares names of six letters, not of five", () => {
    expect(Object.fromEntries(storySpellings(reports("Marika Hollis spoke.", "Marika Hollin spoke.")))).toEqual({
      hollin: "hollis",
    });
    expect(storySpellings(reports("Hanna spoke.", "Hanne spoke.")).size).toBe(0);
  });

  it("takes only capitalised words for names: no common noun, function word, 'eTicket' or address", () => {
    expect(storySpellings(reports("The minister spoke.", "The ministers spoke.")).size).toBe(0);
    // "Before" is a function word, "Beford" a name a letter away from it.
    expect(storySpellings(reports("Before dawn the crews left.", "Beford said the crews left.")).size).toBe(0);
    expect(storySpellings(reports("Buy eTickets online.", "Buy an eTicket online.")).size).toBe(0);
    expect(
      storySpellings(reports("Write to Kovalenko@quay.example today.", "Write to Kowalenko@quay.example.")).size,
    ).toBe(0);
  });

  it("never reads two names with different first letters as one ('Marlow', 'Barlow')", () => {
    expect(storySpellings(reports("Marlow spoke.", "Barlow spoke.")).size).toBe(0);
  });

  it("maps every variant to a spelling that is no variant itself: no chains", () => {
    // hollin is a letter from hollis and from hallin, but hallin is two letters from hollis.
    const spellings = storySpellings(reports("Hollis spoke.", "Hollin spoke.", "Hallin spoke."));
    expect(Object.fromEntries(spellings)).toEqual({ hollin: "hollis" });
  });

  it("reads a variant's tokens with the story's lemma and stem, its text as written", () => {
    const spellings = new Map([["kowalenko", "kovalenko"]]);
    const tokens = tokenize("Minister Kowalenko spoke.");
    const respelled = respellTokens(tokens, spellings);
    const story = tokenize("Minister Kovalenko spoke.")[1];
    expect(respelled[1]).toMatchObject({ text: "Kowalenko", lemma: story?.lemma, stem: story?.stem });
    expect(respelled.filter((_, i) => i !== 1)).toEqual(tokens.filter((_, i) => i !== 1));
    expect(respellTokens(tokens, new Map())).toEqual(tokens);
  });

  it("rekeys names and unlisted places by their words, never a listed place's key", () => {
    const spellings = new Map([
      ["kowalenko", "kovalenko"],
      ["lisgaro", "lisgarrow"],
    ]);
    const detail = (kind: UnitDetail["kind"], key: string, unlisted?: boolean): UnitDetail => ({
      kind,
      key,
      text: key,
      start: 0,
      end: key.length,
      ...(unlisted === undefined ? {} : { unlisted }),
    });
    const keys = respellDetails(
      [
        detail("name", "anton kowalenko"),
        detail("place", "lisgaro", true),
        // A listed place's key is its content/places id: rekeyed, it would cite no entry.
        detail("place", "lisgaro"),
        detail("place", "lisgaro", false),
      ],
      spellings,
    ).map((d) => d.key);
    expect(keys).toEqual(["anton kovalenko", "lisgarrow", "lisgaro", "lisgaro"]);
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
