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
 * suggestions got right: the suggestion that holds the most of the claim's
 * pairs speaks for it (none: a miss).
 */
export function statusAgreement(suggested: readonly ClaimSentences[], expected: readonly ClaimSentences[]): number {
  const shared = expected.filter((claim) => claim.accounts.size > 1);
  if (shared.length === 0) return 0;
  let right = 0;
  for (const claim of shared) {
    const want = claimPairs([claim]);
    let best: ClaimSentences | undefined;
    let bestOverlap = 0;
    for (const candidate of suggested) {
      const overlap = [...claimPairs([candidate])].filter((pair) => want.has(pair)).length;
      if (overlap > bestOverlap) [best, bestOverlap] = [candidate, overlap];
    }
    if (best?.status === claim.status) right++;
  }
  return right / shared.length;
}
