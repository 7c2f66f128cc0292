/** The vocabulary's word matching on small hand-made word lists, where the expected words can be counted by eye. */
import { describe, expect, it } from "vitest";
import { buildVocabulary, matchWord, PREFIX_PENALTY, type Vocabulary } from "../../src/lib/search/shared/vocabulary.ts";

const wordsOf = (vocabulary: Vocabulary, query: string, limit?: number): string[] =>
  matchWord(vocabulary, query, limit).map((hit) => vocabulary.words[hit.index] ?? "?");

describe("buildVocabulary", () => {
  it("sorts the words it is given", () => {
    expect(buildVocabulary(["velnad", "quay", "borvelnad"]).words).toEqual(["borvelnad", "quay", "velnad"]);
  });

  it("refuses an empty word, naming it", () => {
    expect(() => buildVocabulary(["quay", ""])).toThrow('search vocabulary: word 2 of 2 is blank ("")');
  });

  it("refuses a word of whitespace only, one character or several, any kind", () => {
    for (const blank of [" ", "\t", "\u00a0", " \u2009\n "])
      expect(() => buildVocabulary(["quay", blank, "velnad"])).toThrow(
        `search vocabulary: word 2 of 3 is blank (${JSON.stringify(blank)})`,
      );
  });
});

describe("matchWord", () => {
  const vocabulary = buildVocabulary(["velnad", "velnadli", "velnadka", "velnadbor", "borvelnad", "velnaf", "quay"]);

  it("finds the word, the words it begins, and words within Fuse's typo threshold", () => {
    expect(wordsOf(vocabulary, "velnad").sort()).toEqual(
      ["borvelnad", "velnad", "velnadbor", "velnadka", "velnadli", "velnaf"].sort(),
    );
  });

  it("capped, keeps the word itself, then the words it begins, shortest first and ties in word order", () => {
    expect(wordsOf(vocabulary, "velnad", 1)).toEqual(["velnad"]);
    expect(wordsOf(vocabulary, "velnad", 2)).toEqual(["velnad", "velnadka"]);
    expect(wordsOf(vocabulary, "velnad", 4)).toEqual(["velnad", "velnadka", "velnadli", "velnadbor"]);
  });

  it("capped, puts a word that merely contains the query word after every word it begins", () => {
    expect(wordsOf(vocabulary, "velnad", 5)).toEqual(["velnad", "velnadka", "velnadli", "velnadbor", "borvelnad"]);
  });

  it("allows no typo up to four letters: only the word and the words it begins", () => {
    const short = buildVocabulary(["oslo", "oslos", "xoslo", "olso"]);
    expect(wordsOf(short, "oslo").sort()).toEqual(["oslo", "oslos"]);
  });

  it("finds a typo inside a longer word, whatever letter the word ends in", () => {
    // "velned" (one letter off "velnad") stands inside "borvelnedka", which shares only three of the query's five
    // letter pairs and ends in another letter: the fewest pairs one typo leaves.
    const compound = buildVocabulary(["borvelnedka", "quay"]);
    expect(wordsOf(compound, "velnad")).toEqual(["borvelnedka"]);
  });

  it("finds a typo of a query word made of one repeated letter pair", () => {
    // "hahaha" has two distinct letter pairs and one typo may change both: a word sharing one of them is a candidate.
    const laughter = buildVocabulary(["hahahu", "quay"]);
    expect(wordsOf(laughter, "hahaha")).toEqual(["hahahu"]);
  });

  it("capped, keeps a word holding the query word exactly before a word with a typo, though the typo sorts first", () => {
    // "aelnad" (one letter off) comes before "zvelnad" (holds "velnad" whole) in word order; closeness decides.
    const near = buildVocabulary(["velnad", "aelnad", "zvelnad"]);
    expect(wordsOf(near, "velnad", 2)).toEqual(["velnad", "zvelnad"]);
  });

  it("scores a typo worse than a word that begins with the query word, and below 1", () => {
    const near = buildVocabulary(["velnadka", "velnaf"]);
    const [begun, typo] = ["velnadka", "velnaf"].map(
      (word) => matchWord(near, "velnad").find((hit) => near.words[hit.index] === word)?.score ?? Infinity,
    );
    expect(begun).toBeLessThanOrEqual(PREFIX_PENALTY);
    expect(typo).toBeGreaterThan(PREFIX_PENALTY);
    expect(typo).toBeLessThan(1);
  });
});
