/**
 * The pair score of a story's units, and the pairs worth scoring.
 *
 * Scoring every pair fully costs the word alignment of every two sentences
 * of the story (quadratic in sentences, with a large factor). Instead, every
 * pair from different reports is ranked by a cheap estimate (the lexical
 * cosine through an inverted index, and one dot product of centred mean
 * vectors), and only each unit's `CANDIDATES_PER_REPORT` best per other
 * report are scored fully. The full score of any other pair is computed on
 * demand and remembered.
 */
import type { UnitFeatures } from "./features.ts";
import { blendScores, cosine, type StoryVectors } from "./score.ts";
import { recallsEarlierEvent } from "./time-frame.ts";

/**
 * Partners per unit and other report scored fully: the claim's sentence is
 * almost always among a unit's five closest by the cheap estimate (the
 * bench prints the top-3 candidate recall of the full score).
 */
export const CANDIDATES_PER_REPORT = 5;

/**
 * Share of the pair score left when one unit recalls an earlier event and
 * the other does not ("The leaders last met in March" / "The leaders met on
 * Tuesday"): background shares the words of the news it explains. Mild, so
 * a strong match still links; chosen on the development keys (plant, talks:
 * precision +0.02, recall kept).
 */
export const BACKGROUND_FACTOR = 0.8;

/** The story's pair scores. */
export interface PairScores {
  /** The full pair score of two units, remembered. */
  readonly score: (a: UnitFeatures, b: UnitFeatures) => number;
  /** For each unit, the units of other reports worth scoring fully. */
  readonly candidates: (unit: UnitFeatures) => readonly UnitFeatures[];
}

/** What the pair score is made of: the lexical vectors and the paraphrase stage. */
export interface ScoreParts {
  readonly vectors: StoryVectors;
  readonly paraphrase: (a: UnitFeatures, b: UnitFeatures) => number;
  /** A unit's centred mean word vector (paraphrase.ts): the cheap estimate's dot product. */
  readonly centred: (unit: UnitFeatures) => Float32Array | undefined;
  readonly weight: number;
}

/** Rank every cross-report pair cheaply; score the best fully. */
export function storyPairScores(features: readonly UnitFeatures[], parts: ScoreParts): PairScores {
  const index = new Map<UnitFeatures, number>(features.map((f, i) => [f, i]));
  const memo = new Map<string, number>();
  const earlier = new Map<UnitFeatures, boolean>();
  const recalls = (f: UnitFeatures) => {
    let known = earlier.get(f);
    if (known === undefined) earlier.set(f, (known = recallsEarlierEvent(f.unit.tokens)));
    return known;
  };
  const score = (a: UnitFeatures, b: UnitFeatures) => {
    const [i, j] = [index.get(a) ?? -1, index.get(b) ?? -1];
    const key = i >= 0 && j >= 0 ? (i < j ? `${i} ${j}` : `${j} ${i}`) : undefined;
    const known = key === undefined ? undefined : memo.get(key);
    if (known !== undefined) return known;
    const value =
      blendScores(cosine(parts.vectors.vector(a), parts.vectors.vector(b)), parts.paraphrase(a, b), parts.weight) *
      (recalls(a) !== recalls(b) ? BACKGROUND_FACTOR : 1);
    if (key !== undefined) memo.set(key, value);
    return value;
  };

  // Lexical dot products through an inverted index: only pairs that share a term cost anything.
  const postings = new Map<string, { unit: number; weight: number }[]>();
  const norms = features.map((f) => {
    let sum = 0;
    for (const [term, weight] of parts.vectors.vector(f)) {
      sum += weight * weight;
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push({ unit: index.get(f) as number, weight });
    }
    return Math.sqrt(sum);
  });
  // Centred mean vectors in one matrix: the cheap estimate is one dot product per pair, no allocation.
  const dims = features.reduce((d, f) => d || (parts.centred(f)?.length ?? 0), 0);
  const matrix = new Float32Array(features.length * dims);
  const hasVector = features.map((f, i) => {
    const vector = parts.centred(f);
    if (vector !== undefined) matrix.set(vector, i * dims);
    return vector !== undefined;
  });
  const reportIds = [...new Set(features.map((f) => f.unit.articleId))];
  const reportOf = Int32Array.from(features, (f) => reportIds.indexOf(f.unit.articleId));
  const lexical = new Float64Array(features.length);
  const candidates = new Map<UnitFeatures, UnitFeatures[]>();
  features.forEach((unit, i) => {
    lexical.fill(0);
    for (const [term, weight] of parts.vectors.vector(unit)) {
      for (const other of postings.get(term) ?? [])
        lexical[other.unit] = (lexical[other.unit] as number) + weight * other.weight;
    }
    // The best few per other report, kept in order as they come (a short insertion list, not a sort of all).
    const best = reportIds.map(() => [] as { j: number; estimate: number }[]);
    for (let j = 0; j < features.length; j++) {
      if (reportOf[j] === reportOf[i]) continue;
      let mean = 0;
      if (hasVector[i] === true && hasVector[j] === true) {
        for (let d = 0, a = i * dims, b = j * dims; d < dims; d++)
          mean += (matrix[a + d] as number) * (matrix[b + d] as number);
      }
      const cosineEstimate =
        lexical[j] === 0 ? 0 : (lexical[j] as number) / ((norms[i] as number) * (norms[j] as number));
      const estimate = blendScores(cosineEstimate, Math.max(0, mean), parts.weight);
      const list = best[reportOf[j] as number] as { j: number; estimate: number }[];
      if (list.length === CANDIDATES_PER_REPORT && estimate <= (list[list.length - 1] as { estimate: number }).estimate)
        continue;
      let at = list.length;
      while (at > 0 && (list[at - 1] as { estimate: number }).estimate < estimate) at--;
      list.splice(at, 0, { j, estimate });
      if (list.length > CANDIDATES_PER_REPORT) list.pop();
    }
    candidates.set(
      unit,
      best.flatMap((list) => list.map(({ j }) => features[j] as UnitFeatures)),
    );
  });
  return { score, candidates: (unit) => candidates.get(unit) ?? [] };
}
