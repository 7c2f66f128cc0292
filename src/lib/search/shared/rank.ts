/**
 * Ranking and grouping, free of Fuse and the DOM: which people a query is
 * about, and the order claims are listed in.
 */

/** A scored hit on record `index` (Fuse-like scores: 0 is exact, 1 is no match). */
export interface Hit {
  readonly index: number;
  readonly score: number;
}

/** A claim in the result list, and the detected people it is listed for. */
export interface RankedClaim extends Hit {
  /** Indices of the detected people the claim involves (empty for text-only hits). */
  readonly people: readonly number[];
}

/** A detected person and the claims involving them. */
export interface DetectedPerson {
  readonly index: number;
  readonly claims: readonly number[];
}

/**
 * Claims for a query: every claim of the detected people first (claims
 * involving more of them first, then by the first person, then as the text
 * search ranks them), then the remaining text hits in their given order.
 */
export function rankClaims(detected: readonly DetectedPerson[], textHits: readonly Hit[]): RankedClaim[] {
  const position = new Map(textHits.map((hit, rank) => [hit.index, rank]));
  const score = new Map(textHits.map((hit) => [hit.index, hit.score]));
  const viaPeople = new Map<number, number[]>();
  detected.forEach((person, rank) => {
    for (const claim of person.claims) viaPeople.set(claim, [...(viaPeople.get(claim) ?? []), rank]);
  });
  const rankOf = (claim: number): number => position.get(claim) ?? Number.MAX_SAFE_INTEGER;
  const byPerson = [...viaPeople]
    .sort(
      ([a, pa], [b, pb]) =>
        pb.length - pa.length || Math.min(...pa) - Math.min(...pb) || rankOf(a) - rankOf(b) || a - b,
    )
    .map(([index, ranks]) => ({
      index,
      score: score.get(index) ?? 1,
      people: ranks.map((rank) => detected[rank]?.index ?? -1),
    }));
  const rest = textHits
    .filter((hit) => !viaPeople.has(hit.index))
    .map((hit) => ({ index: hit.index, score: hit.score, people: [] }));
  return [...byPerson, ...rest];
}

/**
 * Put hits that a finer scorer (Fuse, over the first candidates) matched
 * first, in its order, then every other candidate in its original order.
 */
export function mergeReranked(candidates: readonly Hit[], reranked: readonly Hit[]): Hit[] {
  const seen = new Set(reranked.map((hit) => hit.index));
  return [...reranked, ...candidates.filter((hit) => !seen.has(hit.index))];
}

/**
 * Which close name matches count as "the query is about this person": no
 * worse than the best by more than `spread`, so "Anna" names every Anna but a
 * typo-level match does not ride along with an exact one.
 */
export function detectPeople(nameHits: readonly Hit[], spread = 0.1): Hit[] {
  const sorted = [...nameHits].sort((a, b) => a.score - b.score || a.index - b.index);
  const best = sorted[0]?.score ?? 0;
  return sorted.filter((hit) => hit.score <= best + spread);
}
