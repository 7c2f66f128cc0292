import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import { indexForQuotes, locateQuote } from "./locate-quote.ts";
import { slugify } from "../slug.ts";
import { DRAFT_TOPIC, draftPlaceholder } from "./draft-placeholders.ts";
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
    accounts: Record<string, { quotes: string[]; summary: string; speaker?: string; direct: boolean }>;
  };
  /** Accounts left out because a quote is not found exactly once in its report: the editor places them. */
  readonly unplaced: readonly { readonly articleId: string; readonly quote: string; readonly problem: string }[];
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
/** Words in a drafted summary: one line. */
const SUMMARY_WORDS = 25;

/**
 * Prove a quote against its article: the unit's text if it occurs once, else
 * the sentences it comes from (a clause can repeat words elsewhere).
 * Undefined, with the reason, when neither occurs exactly once (a deck that
 * repeats a paragraph of the body).
 */
function provenQuote(
  index: ReturnType<typeof indexForQuotes>,
  blocks: readonly BlockInfo[],
  quote: string,
  sentenceIds: readonly string[],
): { quote: string } | { problem: string } {
  const found = locateQuote(index, quote);
  if (found.kind === "found") return { quote };
  for (const block of blocks) {
    const sentences = block.sentences.filter((s) => sentenceIds.includes(s.id));
    if (sentences.length === 0) continue;
    const text = block.text.slice((sentences[0] as { start: number }).start, (sentences.at(-1) as { end: number }).end);
    if (locateQuote(index, text).kind === "found") return { quote: text };
  }
  return {
    problem:
      found.kind === "ambiguous" ? `occurs ${found.count} times in the report` : "is not in the report as written",
  };
}

/** Words, at most `limit`, cut at a word, without a closing stop; "…" when cut. */
function cut(text: string, limit: number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const kept = words
    .slice(0, limit)
    .join(" ")
    .replace(/[.,;:!?]+$/u, "");
  return words.length > limit ? `${kept} …` : kept;
}

/** Quotation marks and the spaces they leave, out of drafted prose (apostrophes stay: "Witkoff’s"). */
const unquoted = (text: string) =>
  text
    .replace(/["“”]|(?<![\p{L}])['‘’]|['‘’](?![\p{L}])/gu, "")
    .replace(/\s+([,.;:!?])/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();

/** Function words that open a sentence and are lower-cased after "X says" (a name keeps its capital). */
const ARTICLES = /^(The|A|An|It|Its|They|Their|We|Our|He|His|She|Her|This|These|There|No|Some|All|Only)\b/u;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A neutral working title from an account's words without its attribution
 * ("Council leader Aisha Okafor said the barrier…" → "The barrier had been
 * installed only last spring …"): what is claimed, not who says it.
 */
export function draftTitle(content: string): string {
  return capitalised(cut(unquoted(content).replace(/^that\s+/iu, ""), TITLE_WORDS));
}

/**
 * A one-line summary: who says it (the attribution's name, when there is
 * one) and what, shortened: "Steve Witkoff says Putin has agreed to security
 * guarantees for Ukraine."
 */
export function draftSummary(content: string, speaker?: string): string {
  const said = cut(unquoted(content).replace(/^that\s+/iu, ""), SUMMARY_WORDS);
  if (speaker === undefined) return `${capitalised(said)}.`;
  return `${speaker} says ${ARTICLES.test(said) ? said.charAt(0).toLowerCase() + said.slice(1) : said}.`;
}

/**
 * Turn a suggestion into a claim file an editor can review and move to
 * content/claims/: verbatim quotes proven by the build's locator, a drafted
 * title, topic and summaries marked "To review" (the proof refuses them
 * until rewritten), people and places from the accounts' details. For an existing
 * claim, the draft is that claim with the proposed accounts added; the
 * editor's own file is never touched.
 */
export function draftClaim(suggestion: Suggestion, context: DraftContext): DraftClaim {
  const accounts: DraftClaim["data"]["accounts"] = {};
  const unplaced: DraftClaim["unplaced"][number][] = [];
  const people = new Set<string>();
  const places = new Set<string>();
  let title = "";
  for (const [articleId, account] of suggestion.accounts) {
    const blocks = context.blocks.get(articleId) ?? [];
    const index = indexForQuotes(blocks);
    const proven = account.quotes.map((quote, i) => ({
      quote,
      result: provenQuote(index, blocks, quote, account.quoteSentences[i] ?? []),
    }));
    const problems = proven.flatMap(({ quote, result }) =>
      "problem" in result ? [{ articleId, quote, problem: result.problem }] : [],
    );
    unplaced.push(...problems);
    // The quotes that are placed stay; an account with none is left out.
    const quotes = [...new Set(proven.flatMap(({ result }) => ("quote" in result ? [result.quote] : [])))];
    if (quotes.length === 0) continue;
    // The speaker: a person of content/ named in the attribution.
    const speaker = account.speakers.find((d) => d.kind === "person");
    const named = account.speakers.find((d) => d.kind === "person" || d.kind === "name")?.text;
    accounts[articleId] = {
      quotes,
      summary: draftPlaceholder(draftSummary(account.content, named)),
      ...(speaker === undefined ? {} : { speaker: speaker.key }),
      direct: account.direct,
    };
    title ||= draftTitle(account.content);
    for (const detail of [...account.details, ...account.speakers]) {
      if (detail.kind === "person") people.add(detail.key);
      if (detail.kind === "place" && detail.unlisted !== true) places.add(detail.key);
    }
  }
  const status = suggestion.status === "only" ? {} : { status: suggestion.status };
  const note = suggestion.note === undefined ? {} : { note: suggestion.note };
  if (suggestion.claim !== null) {
    const base = context.existing.get(suggestion.claim);
    if (base !== undefined) {
      // The editor's claim, the new accounts, and the status the engine proposes once they join.
      const { status: _old, note: _oldNote, ...rest } = base;
      return {
        id: suggestion.claim,
        data: { ...rest, ...status, ...note, accounts: { ...base.accounts, ...accounts } },
        unplaced,
      };
    }
  }
  return {
    id: uniqueId(slugify(title, ID_WORDS) || "claim", context.takenIds),
    data: {
      story: context.story,
      title: draftPlaceholder(title || "write the claim's statement"),
      topic: DRAFT_TOPIC,
      people: [...people].sort(),
      places: [...places].sort(),
      ...(Object.keys(accounts).length > 1 ? status : {}),
      ...(Object.keys(accounts).length > 1 ? note : {}),
      accounts,
    },
    unplaced,
  };
}

/** `base`, or `base-2`, `base-3`… : the first id not taken. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
