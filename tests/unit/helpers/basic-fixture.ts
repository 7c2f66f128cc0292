import { loadContent } from "../../../src/lib/content/load-content.ts";
import type { SiteInput } from "../../../src/lib/model/input.ts";
import type { ClaimData } from "../../../src/schemas/claim.ts";

export const BASIC_DIR = "tests/fixtures/content/basic";

/** The basic fixture corpus, with one claim replaced: a fixture with exactly one mistake. */
export function basicWith(claimId: string, change: (claim: ClaimData) => ClaimData): SiteInput {
  const input = loadContent(BASIC_DIR);
  return {
    ...input,
    claims: input.claims.map((entry) =>
      entry.id === claimId ? { ...entry, data: change(structuredClone(entry.data)) } : entry,
    ),
  };
}
