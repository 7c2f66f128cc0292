import type { Detail } from "./types.ts";

/** A detail's identity for comparison: its kind and key ("place:alaska", "date:friday"). */
export const detailId = (detail: Pick<Detail, "kind" | "key">): string => `${detail.kind}:${detail.key}`;

/** The first occurrence of each kind+key, in the given order. */
export function distinctDetails(details: readonly Detail[]): Detail[] {
  const seen = new Set<string>();
  return details.filter((detail) => {
    const id = detailId(detail);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Per account (article id → that account's details), the details no other
 * account of the claim names (by kind+key), every occurrence in the given
 * order so each can be marked. Accounts with none are absent, and a claim
 * with a single account has none: there is nothing to differ from.
 */
export function oneSidedDetails(accounts: ReadonlyMap<string, readonly Detail[]>): Map<string, Detail[]> {
  const result = new Map<string, Detail[]>();
  if (accounts.size < 2) return result;
  const namedBy = new Map<string, Set<string>>();
  for (const [articleId, details] of accounts) {
    for (const detail of details) {
      const id = detailId(detail);
      namedBy.set(id, (namedBy.get(id) ?? new Set()).add(articleId));
    }
  }
  for (const [articleId, details] of accounts) {
    const own = details.filter((detail) => namedBy.get(detailId(detail))?.size === 1);
    if (own.length > 0) result.set(articleId, own);
  }
  return result;
}
