import { concepts } from "./wordnet.ts";
import { isContent, type UnitFeatures } from "./features.ts";
import { paraphraseScorer, type ParaphraseInput } from "./paraphrase.ts";
import { wordVectors } from "./word-vectors.ts";

/**
 * The words of a unit the paraphrase stage compares: content words that are
 * not names (names are details, compared by identity: "Brussels" and
 * "Washington" lie close in a word space and name different places) and not
 * numbers.
 */
export function paraphraseInput(features: UnitFeatures): ParaphraseInput {
  const inDetail = (start: number, end: number) => features.details.some((d) => start < d.end && d.start < end);
  return {
    sentence: !features.unit.clause,
    words: features.unit.tokens
      .filter(
        (t, i) =>
          features.attributed[i] !== true &&
          t.kind === "word" &&
          t.pos !== "PROPN" &&
          isContent(t) &&
          !inDetail(t.start, t.end),
      )
      .map((t) => [...new Set([t.text.toLowerCase(), t.lemma])]),
  };
}

/** The paraphrase score of a story's units (see paraphrase.ts), each unit's words read once. */
export function storyParaphrase(features: readonly UnitFeatures[]): {
  readonly score: (a: UnitFeatures, b: UnitFeatures) => number;
  readonly mean: (a: UnitFeatures, b: UnitFeatures) => number;
  readonly centred: (unit: UnitFeatures) => Float32Array | undefined;
} {
  const inputs = new Map(features.map((f) => [f, paraphraseInput(f)]));
  const scorer = paraphraseScorer([...inputs.values()], wordVectors());
  const inputOf = (f: UnitFeatures) => {
    let input = inputs.get(f);
    if (input === undefined) {
      input = paraphraseInput(f);
      inputs.set(f, input);
    }
    return input;
  };
  return {
    score: (a, b) => scorer.score(inputOf(a), inputOf(b)),
    mean: (a, b) => scorer.mean(inputOf(a), inputOf(b)),
    centred: (unit) => scorer.centred(inputOf(unit)),
  };
}

/**
 * Least cosine of two nouns' vectors for a figure of one to count the same
 * thing as a figure of the other, for nouns WordNet does not know. High:
 * word vectors put related words close, not only synonyms ("jobs" and
 * "years" are 0.64 apart, "passengers" and "travellers" only 0.23).
 */
export const NOUNS_ALIKE = 0.65;

/**
 * Whether two counted nouns name one thing ("passengers", "travellers"): a
 * word is like itself; nouns WordNet knows are alike when they share a sense
 * or a sense's direct hypernym; others when their vectors are close.
 */
export function wordsAlike(a: string, b: string, floor = NOUNS_ALIKE): boolean {
  if (a === b) return true;
  const senses = [concepts(a, "n"), concepts(b, "n")] as const;
  if (senses[0].length > 0 && senses[1].length > 0) {
    const first = new Set(senses[0]);
    return senses[1].some((concept) => first.has(concept));
  }
  const vectors = wordVectors();
  const x = vectors.vector(a);
  const y = vectors.vector(b);
  if (x === undefined || y === undefined) return false;
  let dot = 0;
  for (let i = 0; i < x.length; i++) dot += (x[i] as number) * (y[i] as number);
  return dot >= floor;
}
