import type { UnitDetail, UnitFeatures } from "./features.ts";

/**
 * How much a shared detail counts against a shared word of the same rarity.
 * Names of people, places and organisations identify what a sentence is
 * about better than any word; numbers and dates less so (two claims of one
 * story often share "Monday"). Chosen on the development set and checked in
 * `npm run bench align`, which prints the effect of turning them off.
 */
export const DETAIL_WEIGHTS: Readonly<Record<UnitDetail["kind"], number>> = Object.freeze({
  person: 1.5,
  place: 1.5,
  name: 1.5,
  number: 1,
  date: 1,
});

/**
 * Weight of a shared WordNet concept against a shared word: below one,
 * because senses are many and a shared hypernym is weaker evidence than the
 * same word. Chosen on the answer keys; the bench prints the engine without
 * concepts beside it.
 */
export const CONCEPT_WEIGHT = 0.5;

/**
 * Figures of about the same size (same quarter of a decade: 1,000 and
 * 1,200, 300 and 340) are evidence that two reports count the same thing,
 * even when they disagree on the count. Small numbers ("two", "one in
 * five") are too common to say so.
 */
export const NEAR_FIGURE = Object.freeze({ weight: 0.75, from: 10 });

/** The band of a figure: log10 rounded to a quarter (undefined below NEAR_FIGURE.from or for non-numbers). */
export function figureBand(key: string): string | undefined {
  const value = Number(key);
  if (!Number.isFinite(value) || value < NEAR_FIGURE.from) return undefined;
  return (Math.round(Math.log10(value) * 4) / 4).toFixed(2);
}

/**
 * Two denials share a term of their own: "No one was hurt", "There were no
 * casualties" and "Nobody needed treatment" say one thing with no content
 * word in common, and the word vectors put "hurt" and "casualties" only 0.25
 * apart. Weighs as a shared name (a denial is as telling of the claim);
 * chosen on the development keys (plant: +0.05 recall, no key lost).
 */
export const DENIAL_WEIGHT = 1.5;
const DENIAL = "\u0003denies";

/**
 * Share of the paraphrase stage (word vectors, paraphrase.ts) in the pair
 * score; the rest is the lexical cosine above. Half and half: the lexical
 * score is sure when reports share words, the vectors find what they say in
 * other words ("leisure centre" / "sports hall"). Chosen on the development
 * keys (flood, harbour, plant, talks: it leads the sweep); `npm run bench align` prints the sweep.
 */
export const PARAPHRASE_WEIGHT = 0.5;

/** The pair score: the lexical cosine and the paraphrase score, blended by `weight`, in [0, 1]. */
export const blendScores = (lexical: number, paraphrase: number, weight = PARAPHRASE_WEIGHT): number =>
  (1 - weight) * lexical + weight * paraphrase;

/** The evidence behind a score: editors trust what they can check. */
export interface PairEvidence {
  /** Content words (stems shown by one of their surface forms) both units use. */
  readonly sharedWords: readonly string[];
  /** Details both units name (by kind and key). */
  readonly sharedDetails: readonly UnitDetail[];
}

/** A weighted vector per unit: inverse document frequency over the story's sentences. */
export interface StoryVectors {
  readonly vector: (features: UnitFeatures) => ReadonlyMap<string, number>;
}

const detailTerm = (detail: UnitDetail): string => `\u0000${detail.kind}:${detail.key}`;

/**
 * IDF over the story: a word every report's every sentence uses ("Ukraine"
 * in a story on Ukraine) weighs little, a word two sentences share weighs
 * much. Smoothed (ln(1 + N/df)) so a story of two short reports still
 * gives every word some weight.
 */
export function storyVectors(all: readonly UnitFeatures[], conceptWeight = CONCEPT_WEIGHT): StoryVectors {
  const sentences = all.filter((features) => !features.unit.clause);
  const df = new Map<string, number>();
  for (const features of sentences) {
    for (const term of termsOf(features, conceptWeight).keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = Math.max(1, sentences.length);
  const idf = (term: string) => Math.log(1 + n / (df.get(term) ?? 1));
  const cache = new Map<UnitFeatures, Map<string, number>>();
  return {
    vector(features) {
      let vector = cache.get(features);
      if (vector === undefined) {
        vector = new Map();
        for (const [term, weight] of termsOf(features, conceptWeight)) vector.set(term, weight * idf(term));
        cache.set(features, vector);
      }
      return vector;
    },
  };
}

/** Raw term weights of a unit: content stems (log-scaled counts) and its details. */
function termsOf(features: UnitFeatures, conceptWeight: number): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [stem, count] of features.terms) terms.set(stem, 1 + Math.log(count));
  for (const detail of features.details) {
    terms.set(detailTerm(detail), DETAIL_WEIGHTS[detail.kind]);
    const band = detail.kind === "number" ? figureBand(detail.key) : undefined;
    if (band !== undefined) terms.set(`\u0002${band}`, NEAR_FIGURE.weight);
  }
  if (features.negated) terms.set(DENIAL, DENIAL_WEIGHT);
  if (conceptWeight > 0) {
    for (const [concept, share] of features.concepts) terms.set(`\u0001${concept}`, conceptWeight * share);
  }
  return terms;
}

/** Cosine similarity of two sparse vectors, in [0, 1]. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** What two units share: the words and details behind their score. */
export function pairEvidence(a: UnitFeatures, b: UnitFeatures): PairEvidence {
  const surface = (features: UnitFeatures, stem: string) =>
    features.unit.tokens.find((token) => token.stem === stem)?.text ?? stem;
  const sharedWords = [...a.terms.keys()].filter((stem) => b.terms.has(stem)).map((stem) => surface(a, stem));
  const keys = new Set(b.details.map(detailTerm));
  const seen = new Set<string>();
  const sharedDetails = a.details.filter((detail) => {
    const term = detailTerm(detail);
    if (!keys.has(term) || seen.has(term)) return false;
    seen.add(term);
    return true;
  });
  return { sharedWords, sharedDetails };
}
