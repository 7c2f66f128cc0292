import type { UnitFeatures } from "./features.ts";
import type { ExistingClaim } from "./existing-claim.ts";

/**
 * Share of a unit's best claim score another claim must reach for the unit
 * to join it too (a lead sentence often carries two or three claims), and
 * share of a claim's best unit from one report another unit of that report
 * must reach to join beside it (one report may spread over two sentences
 * what another says in one). A weaker match is noise.
 */
export const NEAR_BEST = 0.75;

/** A unit proposed as a report's account of an existing claim. */
export interface Attachment {
  readonly claim: ExistingClaim;
  readonly unit: UnitFeatures;
  readonly score: number;
  /** Per account of the claim (article id), the unit's best score with it: which account it is closest to. */
  readonly byAccount: ReadonlyMap<string, number>;
}

/**
 * How well a unit matches a claim's accounts together: the mean over them.
 * Two claims may quote one sentence ("340 people had been moved to a sports
 * hall" carries a head count and a shelter); a new sentence that matches that
 * sentence and no other account belongs with the claim it matches as a whole.
 */
const support = (a: Attachment) =>
  [...a.byAccount.values()].reduce((sum, s) => sum + s, 0) / Math.max(1, a.byAccount.size);

/**
 * Every unit scored against every claim it could join (a claim with no
 * account from the unit's report): its best score over the claim's accounts.
 */
export function scoreAgainstClaims(
  claims: readonly ExistingClaim[],
  candidates: readonly UnitFeatures[],
  /** The units that stand for a claim's account: its quotes, or the sentences they are in. */
  unitsOf: (claim: ExistingClaim, articleId: string) => readonly UnitFeatures[],
  score: (a: UnitFeatures, b: UnitFeatures) => number,
): Attachment[] {
  const scored: Attachment[] = [];
  for (const claim of claims) {
    const accounts = [...claim.accounts.keys()].map((articleId) => [articleId, unitsOf(claim, articleId)] as const);
    for (const unit of candidates) {
      if (claim.accounts.has(unit.unit.articleId)) continue;
      const byAccount = new Map(
        accounts.map(([articleId, units]) => [articleId, Math.max(0, ...units.map((u) => score(unit, u)))]),
      );
      scored.push({ claim, unit, score: Math.max(0, ...byAccount.values()), byAccount });
    }
  }
  return scored;
}

/**
 * Propose accounts for existing claims from reports that lack one (a third
 * report's sentence on Putin's agreement joins the claim on it).
 *
 * A unit's score against a claim is its best match over the claim's
 * accounts: a claim whose accounts differ ("2 million euros" / "1.5 million
 * euros") still gains a third account that sides with one of them. A unit
 * joins every claim it scores at least `threshold` with and within
 * `NEAR_BEST` of its best claim; a claim takes, per report, the units within
 * `NEAR_BEST` of that report's best.
 */
export function attachToClaims(scored: readonly Attachment[], threshold: number): Attachment[] {
  scored = scored.filter((a) => a.score >= threshold);
  const bestForUnit = new Map<UnitFeatures, number>();
  const bestSupport = new Map<UnitFeatures, number>();
  const bestForClaimReport = new Map<string, number>();
  const claimReport = (a: Attachment) => `${a.claim.id}\n${a.unit.unit.articleId}`;
  for (const a of scored) {
    bestForUnit.set(a.unit, Math.max(bestForUnit.get(a.unit) ?? 0, a.score));
    bestSupport.set(a.unit, Math.max(bestSupport.get(a.unit) ?? 0, support(a)));
    bestForClaimReport.set(claimReport(a), Math.max(bestForClaimReport.get(claimReport(a)) ?? 0, a.score));
  }
  const kept = scored.filter(
    (a) =>
      a.score >= NEAR_BEST * (bestForUnit.get(a.unit) ?? 0) &&
      support(a) >= NEAR_BEST * (bestSupport.get(a.unit) ?? 0) &&
      a.score >= NEAR_BEST * (bestForClaimReport.get(claimReport(a)) ?? 0),
  );
  // A sentence and its clause both match a claim: the sentence's best unit speaks for it.
  const bySentence = new Map<string, Attachment>();
  for (const a of kept) {
    const key = `${a.claim.id}\n${a.unit.unit.articleId}#${a.unit.unit.sentenceId}`;
    const current = bySentence.get(key);
    if (current === undefined || a.score > current.score) bySentence.set(key, a);
  }
  return [...bySentence.values()];
}
