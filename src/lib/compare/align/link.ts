import type { UnitFeatures } from "./features.ts";

/** Two sentences of different reports, scored by their best-matching units (whole sentences or clauses). */
export interface ScoredPair {
  /** Sentence keys (`<articleId>#<sentenceId>`), `a` from the earlier report. */
  readonly a: string;
  readonly b: string;
  readonly score: number;
  /** The units that gave the score: the sentences themselves or one clause of either. */
  readonly unitA: UnitFeatures;
  readonly unitB: UnitFeatures;
}

/**
 * Thresholds on the pair score (cosine in [0, 1]). A pair at or above
 * `strong` is linked outright; a pair at or above `weak` is linked only when
 * each sentence is the other's best match in the other report (competitive
 * linking, as in word and sentence aligners: it keeps precision where scores
 * are low and paraphrase is all there is). Chosen on the development set
 * (`npm run bench align` prints a sweep of both) at a point where small
 * changes move recall and precision little.
 */
export const LINK_THRESHOLDS: LinkThresholds = Object.freeze({ strong: 0.4, weak: 0.18, oneWay: 0.3 });

/**
 * `oneWay`: a pair where only one sentence is the other's best match is
 * linked from this score up. News often says in one sentence what another
 * report spreads over two; mutual best alone would keep only one of them.
 */
export type LinkThresholds = { readonly strong: number; readonly weak: number; readonly oneWay: number };

const sentenceKey = (features: UnitFeatures) => `${features.unit.articleId}#${features.unit.sentenceId}`;

/**
 * Score the candidate pairs of units from different reports (each unit's
 * candidates, and the units that have it as one), keeping the best unit pair
 * per sentence pair.
 */
export function scorePairs(
  features: readonly UnitFeatures[],
  pairScore: (a: UnitFeatures, b: UnitFeatures) => number,
  reportOrder: readonly string[],
  candidates: (unit: UnitFeatures) => readonly UnitFeatures[] = (unit) =>
    features.filter((other) => other.unit.articleId !== unit.unit.articleId),
): ScoredPair[] {
  const rank = new Map(reportOrder.map((id, i) => [id, i]));
  const best = new Map<string, ScoredPair>();
  for (const x of features) {
    for (const y of candidates(x)) {
      if (x.unit.articleId === y.unit.articleId) continue;
      const [first, second] = (rank.get(x.unit.articleId) ?? 0) < (rank.get(y.unit.articleId) ?? 0) ? [x, y] : [y, x];
      const score = pairScore(first, second);
      const key = `${sentenceKey(first)}\n${sentenceKey(second)}`;
      const previous = best.get(key);
      if (
        previous === undefined ||
        score > previous.score + 1e-12 ||
        // The same score from the other direction: the earlier units win, so the result never depends on the order.
        (Math.abs(score - previous.score) <= 1e-12 &&
          (first.unit.order < previous.unitA.unit.order ||
            (first.unit.order === previous.unitA.unit.order && second.unit.order < previous.unitB.unit.order)))
      ) {
        best.set(key, { a: sentenceKey(first), b: sentenceKey(second), score, unitA: first, unitB: second });
      }
    }
  }
  return [...best.values()].sort(
    (p, q) => p.unitA.unit.order - q.unitA.unit.order || p.unitB.unit.order - q.unitB.unit.order,
  );
}

/** The pairs to link: strong ones, and mutual best matches above the weak threshold. */
export function selectPairs(pairs: readonly ScoredPair[], thresholds: LinkThresholds = LINK_THRESHOLDS): ScoredPair[] {
  // Best score per (sentence, other report): a sentence's best match in each other report.
  const bestFor = new Map<string, number>();
  const note = (sentence: string, otherReport: string, score: number) => {
    const key = `${sentence}\n${otherReport}`;
    bestFor.set(key, Math.max(bestFor.get(key) ?? 0, score));
  };
  const report = (sentence: string) => sentence.slice(0, sentence.indexOf("#"));
  for (const pair of pairs) {
    note(pair.a, report(pair.b), pair.score);
    note(pair.b, report(pair.a), pair.score);
  }
  const isBest = (sentence: string, other: string, score: number) =>
    score >= (bestFor.get(`${sentence}\n${report(other)}`) ?? Infinity) - 1e-12;
  return pairs
    .filter(
      (pair) =>
        pair.score >= thresholds.strong ||
        (pair.score >= thresholds.weak && isBest(pair.a, pair.b, pair.score) && isBest(pair.b, pair.a, pair.score)) ||
        (pair.score >= thresholds.oneWay && (isBest(pair.a, pair.b, pair.score) || isBest(pair.b, pair.a, pair.score))),
    )
    .sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
