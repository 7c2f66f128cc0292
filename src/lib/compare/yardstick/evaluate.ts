/**
 * Scoring an aligner the way the project's answer keys do: the cross-report
 * sentence pairs that share a claim are the answer.
 */

/** A claim as sentences per report: from an answer key, or from suggestions. */
export interface ClaimSentences {
  readonly accounts: ReadonlyMap<string, readonly string[]>;
  readonly status?: string;
}

/** Precision, recall and F1 of suggested pairs against the answer's. */
export interface PairScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly suggested: number;
  readonly expected: number;
  readonly correct: number;
}

/** Every unordered pair of sentences from different reports that share a claim, as `a\nb` (sorted). */
export function claimPairs(claims: readonly ClaimSentences[]): Set<string> {
  const pairs = new Set<string>();
  for (const claim of claims) {
    const sentences = [...claim.accounts.entries()].flatMap(([report, ids]) => ids.map((id) => `${report}#${id}`));
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) {
        const a = sentences[i] as string;
        const b = sentences[j] as string;
        if (a.slice(0, a.indexOf("#")) === b.slice(0, b.indexOf("#"))) continue;
        pairs.add(a < b ? `${a}\n${b}` : `${b}\n${a}`);
      }
    }
  }
  return pairs;
}

/** Compare suggested pairs with expected ones. */
export function scorePairSets(suggested: ReadonlySet<string>, expected: ReadonlySet<string>): PairScores {
  const correct = [...suggested].filter((pair) => expected.has(pair)).length;
  const precision = suggested.size === 0 ? 0 : correct / suggested.size;
  const recall = expected.size === 0 ? 0 : correct / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, suggested: suggested.size, expected: expected.size, correct };
}

/**
 * Share of expected claims with two or more accounts whose status the
 * suggestions got right. Each expected claim is matched to the suggestion
 * that holds the most of its pairs, one to one: an editor who splits "they
 * met" (agree) from "where they met" (differ) over the same sentences is
 * answered by two suggestions over those sentences, so where overlaps tie,
 * the one of the same status answers. A claim left without a suggestion of
 * its own falls back to the one holding most of its pairs; none is a miss.
 */
export function statusAgreement(suggested: readonly ClaimSentences[], expected: readonly ClaimSentences[]): number {
  const shared = expected.filter((claim) => claim.accounts.size > 1);
  if (shared.length === 0) return 0;
  const suggestedPairs = suggested.map((candidate) => claimPairs([candidate]));
  const options = shared.flatMap((claim, e) => {
    const want = claimPairs([claim]);
    return suggestedPairs.flatMap((pairs, s) => {
      const overlap = [...pairs].filter((pair) => want.has(pair)).length;
      return overlap === 0 ? [] : [{ e, s, overlap, same: suggested[s]?.status === claim.status }];
    });
  });
  // Greedy assignment, largest overlap first, then same status, then order (deterministic).
  options.sort((x, y) => y.overlap - x.overlap || Number(y.same) - Number(x.same) || x.e - y.e || x.s - y.s);
  const answer = new Map<number, number>();
  const taken = new Set<number>();
  for (const { e, s } of options) {
    if (answer.has(e) || taken.has(s)) continue;
    answer.set(e, s);
    taken.add(s);
  }
  let right = 0;
  shared.forEach((claim, e) => {
    const s = answer.get(e) ?? options.find((o) => o.e === e)?.s;
    if (s !== undefined && suggested[s]?.status === claim.status) right++;
  });
  return right / shared.length;
}
