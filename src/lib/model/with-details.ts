import { claimDetails, type Extract, type ReportIndex } from "../compare/account-details.ts";
import type { ResolvedClaim, SiteClaim } from "./types.ts";

/**
 * Claims with their details, and whether an agree claim hides a difference in them. Details are checked
 * against every report of the claim's story (`storyReports`: article ids per story), not only its accounts.
 */
export function withDetails(
  claims: readonly ResolvedClaim[],
  extract: Extract,
  reports: ReadonlyMap<string, ReportIndex>,
  storyReports: ReadonlyMap<string, readonly string[]>,
): SiteClaim[] {
  return claims.map((claim) => {
    const details = claimDetails({ ...claim, storyReports: storyReports.get(claim.story) ?? [] }, extract, reports);
    const detailsDiffer = claim.status === "agree" && Object.values(details).some((account) => account.only.length > 0);
    return { ...claim, details, detailsDiffer };
  });
}
