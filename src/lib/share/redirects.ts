import type { SiteClaim } from "../model/types.ts";

/** A former claim id and the claim that now answers for it. */
export interface ClaimRedirect {
  readonly former: string;
  readonly claim: SiteClaim;
}

/**
 * Every former id (`redirectFrom`) with its claim, sorted by former id so
 * the build output is stable. The model has already proven that former ids
 * clash neither with each other nor with current ids.
 */
export function claimRedirects(claims: Iterable<SiteClaim>): ClaimRedirect[] {
  return [...claims]
    .flatMap((claim) => claim.redirectFrom.map((former) => ({ former, claim })))
    .sort((a, b) => a.former.localeCompare(b.former));
}

/**
 * The `<meta http-equiv="refresh">` value for a redirect. The target is the
 * site path, not the absolute URL, so a preview or mirror of the site stays
 * on its own origin; the canonical link carries the absolute URL.
 */
export const refreshContent = (path: string): string => `0; url=${path}`;
