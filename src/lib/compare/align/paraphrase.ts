/**
 * Paraphrase evidence from word vectors: two sentences that say one thing in
 * other words ("Fuel was not leaking" / "no oil had escaped into the sea")
 * share no word and often no WordNet sense, but their words lie close in a
 * word-vector space.
 *
 * Two measures, both over the content words of a unit, each word weighted by
 * its inverse document frequency over the story's sentences:
 * - the cosine of the units' weighted mean vectors, **centred on the story**
 *   (the story's mean is taken out: every sentence of a flood story leans
 *   towards "water", which says nothing about which claim it carries);
 * - a **greedy one-to-one word alignment**: the closest pair of words is
 *   matched first, then the next among the words left, as long as they are
 *   at least `WORD_FLOOR` alike; the matched similarity, weighted, over the
 *   units' weights (an IDF cosine where "fuel" half-meets "oil").
 * The paraphrase score is their mean, in [0, 1].
 */
import type { WordVectors } from "./word-vectors.ts";

/** A unit as the stage reads it: its content words (lower-case surface forms, lemma as a fallback). */
export interface ParaphraseInput {
  /** Per content word, the spellings to look up, best first ("crossings", then "crossing"). */
  readonly words: readonly (readonly string[])[];
  /** Whole sentences count for IDF and the story's centre; clauses do not (they would count twice). */
  readonly sentence: boolean;
}

/**
 * Least similarity of two word vectors for the alignment to match them:
 * below it, words of one story are alike only by topic ("ship" and "budget"
 * are 0.2 apart).
 */
export const WORD_FLOOR = 0.45;

/** Scores the paraphrase evidence of two units of one story. */
export interface ParaphraseScore {
  /** The paraphrase score in [0, 1]: the mean of the centred-vector cosine and the word alignment. */
  readonly score: (a: ParaphraseInput, b: ParaphraseInput) => number;
  /**
   * The centred-vector cosine alone (at least 0): cheap (one dot product), so
   * every pair of a story can be ranked by it before the alignment is run on
   * the closest ones.
   */
  readonly mean: (a: ParaphraseInput, b: ParaphraseInput) => number;
  /** A unit's centred mean vector (unit length), for callers that rank many pairs at once; undefined without words. */
  readonly centred: (unit: ParaphraseInput) => Float32Array | undefined;
}

interface Prepared {
  /** The words that have a vector, with their IDF weight. */
  readonly vectors: readonly Float32Array[];
  readonly weights: readonly number[];
  readonly keys: readonly string[];
  /** Weighted mean, centred on the story, unit length; undefined when no word has a vector. */
  readonly centred: Float32Array | undefined;
  readonly squaredWeight: number;
}

/**
 * Build the scorer for one story. IDF and the centre come from the story's
 * sentences; a unit's prepared form is computed once.
 */
export function paraphraseScorer(units: readonly ParaphraseInput[], vectors: WordVectors): ParaphraseScore {
  const lookup = (spellings: readonly string[]) => {
    for (const spelling of spellings) {
      const vector = vectors.vector(spelling);
      if (vector !== undefined) return { key: spelling, vector };
    }
    return undefined;
  };
  const sentences = units.filter((unit) => unit.sentence);
  const df = new Map<string, number>();
  for (const unit of sentences) {
    const seen = new Set(unit.words.flatMap((spellings) => lookup(spellings)?.key ?? []));
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = Math.max(1, sentences.length);
  const idf = (key: string) => Math.log(1 + n / (df.get(key) ?? 1));
  const dims = vectors.dimensions;

  const meanOf = (found: readonly { key: string; vector: Float32Array }[]) => {
    const mean = new Float32Array(dims);
    for (const { key, vector } of found) {
      const weight = idf(key);
      for (let i = 0; i < dims; i++) mean[i] = (mean[i] as number) + weight * (vector[i] as number);
    }
    return normalised(mean);
  };
  const found = (unit: ParaphraseInput) => unit.words.flatMap((spellings) => lookup(spellings) ?? []);
  const centre = new Float32Array(dims);
  for (const unit of sentences) {
    const mean = meanOf(found(unit));
    if (mean !== undefined) for (let i = 0; i < dims; i++) centre[i] = (centre[i] as number) + (mean[i] as number) / n;
  }

  const prepared = new Map<ParaphraseInput, Prepared>();
  const prepare = (unit: ParaphraseInput): Prepared => {
    let result = prepared.get(unit);
    if (result === undefined) {
      const words = found(unit);
      const mean = meanOf(words);
      const weights = words.map(({ key }) => idf(key));
      result = {
        vectors: words.map(({ vector }) => vector),
        weights,
        keys: words.map(({ key }) => key),
        centred: mean === undefined ? undefined : normalised(mean.map((v, i) => v - (centre[i] as number))),
        squaredWeight: weights.reduce((sum, w) => sum + w * w, 0),
      };
      prepared.set(unit, result);
    }
    return result;
  };

  const mean = (x: Prepared, y: Prepared) =>
    x.centred === undefined || y.centred === undefined ? 0 : Math.max(0, dot(x.centred, y.centred));
  return {
    score(a, b) {
      const x = prepare(a);
      const y = prepare(b);
      if (x.centred === undefined || y.centred === undefined) return 0;
      return (mean(x, y) + alignment(x, y)) / 2;
    },
    mean: (a, b) => mean(prepare(a), prepare(b)),
    centred: (unit) => prepare(unit).centred,
  };
}

/** Greedy one-to-one alignment of two units' words, as an IDF-weighted cosine in [0, 1]. */
function alignment(x: Prepared, y: Prepared): number {
  const candidates: { i: number; j: number; similarity: number }[] = [];
  for (let i = 0; i < x.vectors.length; i++) {
    for (let j = 0; j < y.vectors.length; j++) {
      const similarity = x.keys[i] === y.keys[j] ? 1 : dot(x.vectors[i] as Float32Array, y.vectors[j] as Float32Array);
      if (similarity >= WORD_FLOOR) candidates.push({ i, j, similarity });
    }
  }
  // Closest first; ties by position, so the result never depends on the sort's stability.
  candidates.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  let matched = 0;
  for (const { i, j, similarity } of candidates) {
    if (usedX.has(i) || usedY.has(j)) continue;
    usedX.add(i);
    usedY.add(j);
    matched += (x.weights[i] as number) * (y.weights[j] as number) * similarity;
  }
  const norm = Math.sqrt(x.squaredWeight * y.squaredWeight);
  return norm === 0 ? 0 : Math.min(1, matched / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** The vector at unit length; undefined for the zero vector. */
function normalised(vector: Float32Array): Float32Array | undefined {
  const norm = Math.sqrt(dot(vector, vector));
  if (norm === 0) return undefined;
  return vector.map((v) => v / norm);
}
