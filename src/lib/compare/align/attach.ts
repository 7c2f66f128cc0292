import type { UnitFeatures } from "./features.ts";
import type { ExistingClaim } from "./existing-claim.ts";

/**
 * Share of a unit's best claim score another claim must reach for the unit
 * to be proposed for it too: a sentence often carries two claims, but a
 * weaker third match is noise.
 */
export const NEAR_BEST = 0.8;

/** A unit proposed as a report's account of an existing claim. */
export interface Attachment {
  readonly claim: ExistingClaim;
  readonly unit: UnitFeatures;
  readonly score: number;
}

/**
 * Propose accounts for existing claims from reports that lack one (a third
 * report's sentence on Putin's agreement joins the claim on it).
 *
 * A unit's score against a claim is its weakest best match over the
 * claim's accounts (complete linkage, as in grouping): it must say what
 * every report already on the claim says. Each claim takes, per report, the
 * unit that scores best; each unit joins the claims it scores nearly as
 * well with as its best (a sentence may carry two claims). All must reach
 * `threshold`.
 */
export function attachToClaims(
  claims: readonly ExistingClaim[],
  candidates: readonly UnitFeatures[],
  /** The units that stand for a claim's account: its quotes, or the sentences they are in. */
  unitsOf: (claim: ExistingClaim, articleId: string) => readonly UnitFeatures[],
  score: (a: UnitFeatures, b: UnitFeatures) => number,
  threshold: number,
): Attachment[] {
  const scored: Attachment[] = [];
  for (const claim of claims) {
    const accounts = [...claim.accounts.keys()].map((articleId) => unitsOf(claim, articleId));
    for (const unit of candidates) {
      if (claim.accounts.has(unit.unit.articleId)) continue;
      const linkage = Math.min(...accounts.map((units) => Math.max(0, ...units.map((u) => score(unit, u)))));
      if (linkage >= threshold) scored.push({ claim, unit, score: linkage });
    }
  }
  const bestForUnit = new Map<UnitFeatures, number>();
  const bestForClaimReport = new Map<string, number>();
  const claimReport = (a: Attachment) => `${a.claim.id}\n${a.unit.unit.articleId}`;
  for (const a of scored) {
    bestForUnit.set(a.unit, Math.max(bestForUnit.get(a.unit) ?? 0, a.score));
    bestForClaimReport.set(claimReport(a), Math.max(bestForClaimReport.get(claimReport(a)) ?? 0, a.score));
  }
  return scored.filter(
    (a) => a.score >= (bestForUnit.get(a.unit) ?? 0) && a.score >= (bestForClaimReport.get(claimReport(a)) ?? 0),
  );
}
