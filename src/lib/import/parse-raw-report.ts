import { findLineRule, type LineRule } from "./line-rules.ts";
import { findDateline, type Dateline } from "./rules/datelines.ts";
import { findHeadline, type Headline } from "./rules/headline.ts";
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
 * 1. Every line a rule claims (byline, timestamp, credit, "Advertisement" …)
 *    is removed with the rule's reason, so a repeated "👉 Follow …" is never
 *    mistaken for the headline.
 * 2. The headline is found among the remaining lines and every occurrence is
 *    removed; any text before it (a standfirst) stays in the body.
 * 3. A subheading is a short, unpunctuated line standing between two
 *    paragraphs; every other line is a paragraph.
 * 4. A dateline opening the first paragraph is recorded; the paragraph stays whole.
 */
export function parseRawReport(text: string, rules: readonly LineRule[]): ParsedReport {
  const lines = splitLines(text).filter((line) => line !== "");
  const claimedBy = lines.map((line) => findLineRule(line, rules));
  const headline = findHeadline(lines.filter((_, index) => claimedBy[index] === undefined));

  const removed: RemovedLine[] = [];
  const body: string[] = [];
  let headlineSeen = false;
  lines.forEach((line, index) => {
    const rule = claimedBy[index];
    if (rule !== undefined) {
      removed.push({ text: line, reason: rule.reason });
    } else if (line === headline?.text) {
      // The first occurrence becomes the title; recording it too keeps `removed` a full account.
      removed.push({ text: line, reason: headlineSeen ? REPEATED_HEADLINE_REASON : HEADLINE_REASON });
      headlineSeen = true;
    } else {
      body.push(line);
    }
  });

  const short = body.map(isSubheading);
  const blocks: Block[] = body.map((line, index) => ({
    // Only between two paragraphs: a short line right after the headline, or a last "Next steps", is not a heading.
    kind: short[index] === true && short[index - 1] === false && short[index + 1] === false ? "heading" : "paragraph",
    text: line,
  }));
  const first = blocks.find((block) => block.kind === "paragraph");
  return { headline, blocks, removed, dateline: first === undefined ? undefined : findDateline(first.text) };
}
