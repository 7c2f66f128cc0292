import { claimDetails, type Extract, type ReportIndex } from "../compare/account-details.ts";
import type { ResolvedClaim, SiteClaim } from "./types.ts";

/** Claims with their details, and whether an agree claim hides a difference in them. */
export function withDetails(
  claims: readonly ResolvedClaim[],
  extract: Extract,
  reports: ReadonlyMap<string, ReportIndex>,
): SiteClaim[] {
  return claims.map((claim) => {
    const details = claimDetails(claim, extract, reports);
    const detailsDiffer = claim.status === "agree" && Object.values(details).some((account) => account.only.length > 0);
    return { ...claim, details, detailsDiffer };
  });
}
