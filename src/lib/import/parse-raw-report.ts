import { splitGluedWidgets, type Widget } from "./glued-widgets.ts";
import { findLineRule, type LineRule } from "./line-rules.ts";
import { BOX_LABEL_RULE_NAME } from "./rules/box-labels.ts";
import { bylineAddition } from "./rules/bylines.ts";
import { findDateline, type Dateline } from "./rules/datelines.ts";
import { DECK_REASON, deckIndices } from "./rules/decks.ts";
import { findHeadline, type Headline } from "./rules/headline.ts";
import {
  CAPTION_BEFORE_CREDIT_REASON,
  isLeadCaption,
  pairedCounters,
  PAIRED_COUNTER_REASON,
} from "./rules/neighbours.ts";
import { isSiteName, SITE_NAME_REASON, siteNames } from "./rules/site-names.ts";
import { isTimestamp, TIMESTAMP_REASON } from "./rules/timestamps.ts";
import { isSubheading } from "./subheading.ts";

/** One block of the article body, its text verbatim from one input line. */
export interface Block {
  readonly kind: "heading" | "paragraph";
  readonly text: string;
}

/** One input line left out of the body, and why (mirrors the front matter's `removed`). */
export interface RemovedLine {
  readonly text: string;
  readonly reason: string;
}

/** Reasons recorded for the headline's occurrences. */
export const HEADLINE_REASON = "headline, moved to title";
export const REPEATED_HEADLINE_REASON = "repeated headline";

/** A raw report split into its parts. */
export interface ParsedReport {
  /** The headline, if the text has one (see rules/headline.ts). */
  readonly headline: Headline | undefined;
  /** Body blocks in input order. */
  readonly blocks: readonly Block[];
  /** Lines left out of the body, in input order. */
  readonly removed: readonly RemovedLine[];
  /** The dateline opening the first paragraph, which stays in the text. */
  readonly dateline: Dateline | undefined;
  /** Every timestamp the page states, alone, glued to other widgets or after a byline, in input order. */
  readonly stamps: readonly string[];
}

/** What the parser may know besides the text. */
export interface ParseOptions {
  /** The editor's `--outlet`: a line of only that name is the site's name. */
  readonly outlet?: string;
}

/** Why a line is left out: a rule of the table, or the widgets glued on it. */
interface Claim {
  readonly reason: string;
  readonly widgets: readonly Widget[];
}

const PHOTO_CREDIT_RULE = "photo-credit";
const PICTURE_RULES = new Set([PHOTO_CREDIT_RULE, "photo-caption"]);
const BYLINE_RULE = "byline";

/** The claim on one line: a rule claiming it whole, or widgets glued together that rules claim one by one. */
function claimLine(line: string, rules: readonly LineRule[]): Claim | undefined {
  const rule = findLineRule(line, rules);
  if (rule !== undefined) return { reason: rule.reason, widgets: [{ text: line, rule }] };
  const widgets = splitGluedWidgets(line, (piece) => findLineRule(piece, rules));
  if (widgets === undefined) return undefined;
  const reasons = [...new Set(widgets.map((widget) => widget.rule.reason))];
  return { reason: `${reasons.join(" + ")} (glued on one line)`, widgets };
}

/** The timestamps a claimed line states: timestamp widgets, and a byline's timestamp after a bar. */
function stampsOf(claim: Claim): string[] {
  return claim.widgets.flatMap((widget) => {
    if (widget.rule.reason === TIMESTAMP_REASON) return [widget.text];
    if (widget.rule.name !== BYLINE_RULE) return [];
    const addition = bylineAddition(widget.text) ?? "";
    return addition.split(/\s*[|·•]\s*/u).filter((part) => part !== "" && isTimestamp(part));
  });
}

/**
 * Split raw text into trimmed lines. Surrounding whitespace is not part of
 * the text (Markdown would drop it anyway, and trailing double spaces would
 * turn into hard line breaks).
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).map((line) => line.trim());
}

/**
 * Turn a raw report (plain text, one paragraph per line) into blocks.
 *
 * 1. Every line a rule claims (byline, timestamp, credit, "Advertisement" …),
 *    or whose widgets glued together rules claim one by one, is removed with
 *    the reason, so a repeated "👉 Follow …" is never mistaken for the headline.
 * 2. Lines known by what surrounds them go too: a figure beside its counter
 *    label, the site's name alone.
 * 3. The headline is found among the remaining lines and every occurrence is
 *    removed; any text before it (a standfirst) stays in the body. A summary
 *    box's label ("Key points") is never the headline: when the text opens
 *    with one, the headline is the first headline-shaped line after the box.
 * 4. A deck repeating a paragraph without its stop goes, and so does the
 *    lead picture's caption when its credit is on the next line.
 * 5. A subheading is a short, unpunctuated line standing between two
 *    paragraphs; every other line is a paragraph.
 * 6. A dateline opening the first paragraph is recorded; the paragraph stays whole.
 */
export function parseRawReport(text: string, rules: readonly LineRule[], options: ParseOptions = {}): ParsedReport {
  const lines = splitLines(text).filter((line) => line !== "");
  // Identical lines are decided once: a report pasted many times costs no more per line.
  const decided = new Map<string, Claim | undefined>();
  const claims: (Claim | undefined)[] = lines.map((line) => {
    if (!decided.has(line)) decided.set(line, claimLine(line, rules));
    return decided.get(line);
  });
  const reasons: (string | undefined)[] = claims.map((claim) => claim?.reason);

  for (const index of pairedCounters(lines)) reasons[index] ??= PAIRED_COUNTER_REASON;
  const names = siteNames(lines, options.outlet);
  lines.forEach((line, index) => {
    if (reasons[index] === undefined && isSiteName(line, names)) reasons[index] = SITE_NAME_REASON;
  });

  const openIndex = (): number[] => lines.flatMap((_, index) => (reasons[index] === undefined ? [index] : []));
  const openedByBox = claims[0]?.widgets.some((widget) => widget.rule.name === BOX_LABEL_RULE_NAME) === true;
  const headline = findHeadline(
    openIndex().map((index) => lines[index] as string),
    { afterBox: openedByBox },
  );
  let headlineSeen = false;
  lines.forEach((line, index) => {
    if (reasons[index] !== undefined || line !== headline?.text) return;
    // The first occurrence becomes the title; recording it too keeps `removed` a full account.
    reasons[index] = headlineSeen ? REPEATED_HEADLINE_REASON : HEADLINE_REASON;
    headlineSeen = true;
  });

  const open = openIndex();
  for (const deck of deckIndices(open.map((index) => lines[index] as string)))
    reasons[open[deck] as number] = DECK_REASON;
  const firstBody = openIndex()[0];
  if (firstBody !== undefined) {
    const isPicture = (claim: Claim | undefined): boolean =>
      claim?.widgets.some((widget) => PICTURE_RULES.has(widget.rule.name)) === true;
    const next = claims[firstBody + 1]?.widgets;
    const nextIsCredit = next?.length === 1 && next[0]?.rule.name === PHOTO_CREDIT_RULE;
    // The lead picture is the page's first: once a picture has been credited above, the line is the report's.
    const pictureAbove = claims.slice(0, firstBody).some(isPicture);
    if (!pictureAbove && isLeadCaption(lines[firstBody] as string, nextIsCredit)) {
      reasons[firstBody] = CAPTION_BEFORE_CREDIT_REASON;
    }
  }

  const removed: RemovedLine[] = [];
  const body: string[] = [];
  const stamps: string[] = [];
  lines.forEach((line, index) => {
    const reason = reasons[index];
    const claim = claims[index];
    if (claim !== undefined) stamps.push(...stampsOf(claim));
    if (reason === undefined) body.push(line);
    else removed.push({ text: line, reason });
  });

  const short = body.map(isSubheading);
  const blocks: Block[] = body.map((line, index) => ({
    // Only between two paragraphs: a short line right after the headline, or a last "Next steps", is not a heading.
    kind: short[index] === true && short[index - 1] === false && short[index + 1] === false ? "heading" : "paragraph",
    text: line,
  }));
  const first = blocks.find((block) => block.kind === "paragraph");
  return {
    headline,
    blocks,
    removed,
    dateline: first === undefined ? undefined : findDateline(first.text),
    stamps,
  };
}
