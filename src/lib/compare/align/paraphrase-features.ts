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

/** Least cosine of two nouns' vectors for a figure of one to count the same thing as a figure of the other. */
export const NOUNS_ALIKE = 0.5;

/** Whether two words are near in the vector space ("passengers", "travellers"); a word is always like itself. */
export function wordsAlike(a: string, b: string, floor = NOUNS_ALIKE): boolean {
  if (a === b) return true;
  const vectors = wordVectors();
  const x = vectors.vector(a);
  const y = vectors.vector(b);
  if (x === undefined || y === undefined) return false;
  let dot = 0;
  for (let i = 0; i < x.length; i++) dot += (x[i] as number) * (y[i] as number);
  return dot >= floor;
}
