import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import type { AccountDetails, ResolvedClaim, SiteClaim, SiteDetail } from "../model/types.ts";
import { placeKeyedWords } from "./names.ts";
import { detailId, distinctDetails, oneSidedDetails } from "./one-sided.ts";
import type { Detail } from "./types.ts";
import { mergeRanges } from "../text/ranges.ts";

/** A detail extractor, as made by createDetailExtractor. */
export type Extract = (text: string) => readonly Detail[];

/** What a report's whole text names: to say whether a one-sided detail is "named elsewhere" in it. */
export interface ReportIndex {
  /** True when the report's text names the detail anywhere. */
  readonly names: (detail: Pick<Detail, "kind" | "key">) => boolean;
}

/**
 * Index one report block by block (a heading is not a sentence of the
 * paragraph after it), with an extractor that skips other proper names
 * (`{ names: false }`): a name counts as named when its words occur in the
 * text, which is both cheaper than tagging every report and more forgiving,
 * since a tagger may read a name differently in another sentence.
 *
 * @param adjectives the places' adjectives (placeAdjectives): read as their place, as name keys read them
 */
export function indexReport(
  blocks: readonly BlockInfo[],
  extract: Extract,
  adjectives: ReadonlyMap<string, string> = new Map(),
): ReportIndex {
  const ids = new Set(blocks.flatMap((block) => extract(block.text).map(detailId)));
  // Read as name keys are made (placeKeyedWords), so a name's key is a run of these words.
  const places = (text: string) => extract(text).filter((detail) => detail.kind === "place");
  const text = ` ${blocks.map((block) => placeKeyedWords(block.text, places(block.text), adjectives)).join(" ")} `;
  return {
    names: (detail) => ids.has(detailId(detail)) || (detail.kind === "name" && text.includes(` ${detail.key} `)),
  };
}

/**
 * The one-sided details of one claim, per account: extracted from each
 * account's quotes, compared across accounts by kind and key, and checked
 * against the other accounts' whole reports.
 */
export function claimDetails(
  claim: ResolvedClaim,
  extract: Extract,
  reports: ReadonlyMap<string, ReportIndex>,
): Record<string, AccountDetails> {
  if (claim.accounts.length < 2) return {};
  const perQuote = claim.accounts.map((account) => account.quotes.map((quote) => extract(quote.exact)));
  const oneSided = oneSidedDetails(
    new Map(claim.accounts.map((account, i) => [account.articleId, (perQuote[i] ?? []).flat()])),
  );
  const result: Record<string, AccountDetails> = {};
  claim.accounts.forEach((account, i) => {
    const own = oneSided.get(account.articleId);
    if (own === undefined) return;
    const others = claim.accounts.filter((other) => other !== account).map((other) => other.articleId);
    const details: SiteDetail[] = distinctDetails(own).map((detail) => ({
      kind: detail.kind,
      key: detail.key,
      text: detail.text,
      namedElsewhereBy: others.filter((id) => reports.get(id)?.names(detail) === true),
    }));
    const only = details.filter((detail) => detail.namedElsewhereBy.length === 0);
    const onlyIds = new Set(only.map(detailId));
    const marks = (perQuote[i] ?? []).map((found) => mergeRanges(found.filter((d) => onlyIds.has(detailId(d)))));
    result[account.articleId] = {
      details,
      only,
      elsewhere: details.filter((detail) => detail.namedElsewhereBy.length > 0),
      marks,
    };
  });
  return result;
}

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
