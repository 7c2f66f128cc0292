/** The vocabulary's word matching on small hand-made word lists, where the expected words can be counted by eye. */
import { describe, expect, it } from "vitest";
import { buildVocabulary, matchWord, type Vocabulary } from "../../src/lib/search/shared/vocabulary.ts";

const wordsOf = (vocabulary: Vocabulary, query: string, limit?: number): string[] =>
  matchWord(vocabulary, query, limit).map((hit) => vocabulary.words[hit.index] ?? "?");

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
});
