import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import { indexForQuotes, locateQuote } from "./locate-quote.ts";
import { slugify } from "../slug.ts";
import type { Suggestion } from "../compare/align/suggest.ts";

/** A claim file's content, as an editor would write it (src/schemas/claim.ts). */
export interface DraftClaim {
  readonly id: string;
  readonly data: {
    story: string;
    title: string;
    topic: string;
    people: string[];
    places: string[];
    status?: "agree" | "differ";
    note?: string;
    accounts: Record<string, { quotes: string[]; summary: string; direct: boolean }>;
  };
}

/** What drafting needs to know of the story. */
export interface DraftContext {
  readonly story: string;
  /** Each report's paragraphs, to prove every quote with the build's own locator. */
  readonly blocks: ReadonlyMap<string, readonly BlockInfo[]>;
  /** Ids already taken (existing claims, earlier drafts): a draft never reuses one. */
  readonly takenIds: ReadonlySet<string>;
  /** Existing claims' data, for drafts that add accounts to them. */
  readonly existing: ReadonlyMap<string, DraftClaim["data"]>;
}

/** Words in a drafted title and id: enough to recognise the claim, short enough to rewrite. */
const TITLE_WORDS = 12;
const ID_WORDS = 6;
const QUOTE_MARKS = /["“”]/u;

/**
 * Prove a quote against its article: the unit's text if it occurs once, else
 * the whole sentence it comes from (a clause can repeat words elsewhere).
 */
function provenQuote(blocks: readonly BlockInfo[], quote: string, sentenceId: string): string {
  const index = indexForQuotes(blocks);
  if (locateQuote(index, quote).kind === "found") return quote;
  const sentence = blocks.flatMap((block) => block.sentences).find((s) => s.id === sentenceId);
  if (sentence !== undefined && locateQuote(index, sentence.text).kind === "found") return sentence.text;
  throw new Error(`quote not found once in its report: "${quote}"`);
}

/** A neutral working title from the first account: its words, without the attribution or quote marks. */
export function draftTitle(text: string): string {
  const words = text
    .replace(/[“”"‘’]/gu, "")
    .replace(/,?\s+(according to|said|says|tells|told)\b.*$/iu, "")
    .split(/\s+/u)
    .filter(Boolean);
  const title = words
    .slice(0, TITLE_WORDS)
    .join(" ")
    .replace(/[.,;:!?]+$/u, "");
  return words.length > TITLE_WORDS ? `${title} …` : title;
}

/**
 * Turn a suggestion into a claim file an editor can review and move to
 * content/claims/: verbatim quotes proven by the build's locator, a drafted
 * title, people and places from the accounts' details. For an existing
 * claim, the draft is that claim with the proposed accounts added; the
 * editor's own file is never touched.
 */
export function draftClaim(suggestion: Suggestion, context: DraftContext): DraftClaim {
  const accounts: DraftClaim["data"]["accounts"] = {};
  const people = new Set<string>();
  const places = new Set<string>();
  for (const [articleId, account] of suggestion.accounts) {
    const blocks = context.blocks.get(articleId) ?? [];
    const quotes = account.quotes.map((quote, i) => provenQuote(blocks, quote, account.sentenceIds[i] ?? ""));
    accounts[articleId] = {
      quotes,
      summary: `The report says: ${quotes.join(" ")}`,
      direct: quotes.some((quote) => QUOTE_MARKS.test(quote)),
    };
    for (const detail of account.details) {
      if (detail.kind === "person") people.add(detail.key);
      if (detail.kind === "place") places.add(detail.key);
    }
  }
  if (suggestion.claim !== null) {
    const base = context.existing.get(suggestion.claim);
    if (base !== undefined)
      return { id: suggestion.claim, data: { ...base, accounts: { ...base.accounts, ...accounts } } };
  }
  const first = [...suggestion.accounts.values()][0]?.quotes[0] ?? "";
  const title = draftTitle(first);
  const status = suggestion.status === "only" ? {} : { status: suggestion.status };
  const note = suggestion.note === undefined ? {} : { note: suggestion.note };
  return {
    id: uniqueId(slugify(title, ID_WORDS) || "claim", context.takenIds),
    data: {
      story: context.story,
      title,
      topic: "To review",
      people: [...people].sort(),
      places: [...places].sort(),
      ...status,
      ...note,
      accounts,
    },
  };
}

/** `base`, or `base-2`, `base-3`… : the first id not taken. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
