import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import { placeKeyedWords, withoutNameFragments } from "./names.ts";
import { detailId, distinctDetails, oneSidedDetails } from "./one-sided.ts";
import type { Detail, DetailKind } from "./types.ts";
import { mergeRanges, type TextRange } from "../text/ranges.ts";

/** A detail only one account of a claim names (see details.ts). */
export interface OneSidedDetail {
  readonly kind: DetailKind;
  /** Comparison key: person/place id, normalised date, canonical number or folded name. */
  readonly key: string;
  /** The account's own words for it (its first occurrence). */
  readonly text: string;
  /** The story's other reports (with an account on the claim or not) whose text names it; empty when none does. */
  readonly namedElsewhereBy: readonly string[];
}

/** What one account names that no other account of its claim does, and where to mark it. */
export interface AccountDetails {
  /** Every detail of this account's quotes that the other accounts' quotes do not name. */
  readonly details: readonly OneSidedDetail[];
  /** Of those, the ones no other report of the story names anywhere in its text: "Only Republic Policy names". */
  readonly only: readonly OneSidedDetail[];
  /** The rest: some other report of the story names them, outside its quotes on this claim. */
  readonly elsewhere: readonly OneSidedDetail[];
  /** Per quote, in the account's quote order: character ranges of the quote's exact text naming an `only` detail. */
  readonly marks: readonly (readonly TextRange[])[];
}

/** What the comparison reads of a claim: each account's report and the exact words of its quotes. */
export interface ClaimQuotes {
  /**
   * Every report of the claim's story, with an account on the claim or not: a detail is "only" this
   * account's when none of them names it, so a report that joins the story later is checked too.
   */
  readonly storyReports: readonly string[];
  readonly accounts: readonly {
    readonly articleId: string;
    readonly quotes: readonly { readonly exact: string }[];
  }[];
}

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
 * against the whole text of every other report of the story.
 */
export function claimDetails(
  claim: ClaimQuotes,
  extract: Extract,
  reports: ReadonlyMap<string, ReportIndex>,
): Record<string, AccountDetails> {
  if (claim.accounts.length < 2) return {};
  const perQuote = claim.accounts.map((account) => account.quotes.map((quote) => extract(quote.exact)));
  // A fragment of a longer name in another quote of the account ("The Ally …" after "a NATO Ally") is that name.
  const oneSided = oneSidedDetails(
    new Map(claim.accounts.map((account, i) => [account.articleId, withoutNameFragments((perQuote[i] ?? []).flat())])),
  );
  const result: Record<string, AccountDetails> = {};
  claim.accounts.forEach((account, i) => {
    const own = oneSided.get(account.articleId);
    if (own === undefined) return;
    const others = claim.storyReports.filter((id) => id !== account.articleId);
    const details: OneSidedDetail[] = distinctDetails(own).map((detail) => ({
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
