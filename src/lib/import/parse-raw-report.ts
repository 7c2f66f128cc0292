import { findStripRule, type StripRule } from "./strip-rules.ts";
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
  /** The line that occurs more than once, taken as the headline; undefined if none repeats. */
  readonly headline: string | undefined;
  /** Body blocks in input order. */
  readonly blocks: readonly Block[];
  /** Lines left out of the body, in input order. */
  readonly removed: readonly RemovedLine[];
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
 * The headline: the first line (by first occurrence) that occurs at least
 * twice. Scraped reports repeat the headline (page title plus article title),
 * and no other line of real copy repeats verbatim.
 */
function findHeadline(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return lines.find((line) => (counts.get(line) ?? 0) > 1);
}

/**
 * Turn a raw report (plain text, one paragraph per line) into blocks.
 *
 * Promotional lines (matched by `rules`) are removed first, so a repeated
 * "👉 Follow …" is never mistaken for the headline. Every occurrence of the
 * headline is then removed from the body; any text before it (a standfirst)
 * stays as the first paragraph(s). Short unpunctuated lines become headings.
 */
export function parseRawReport(text: string, rules: readonly StripRule[]): ParsedReport {
  const lines = splitLines(text).filter((line) => line !== "");
  const stripRules = lines.map((line) => findStripRule(line, rules));
  const headline = findHeadline(lines.filter((_, index) => stripRules[index] === undefined));

  const removed: RemovedLine[] = [];
  const blocks: Block[] = [];
  let headlineSeen = false;
  lines.forEach((line, index) => {
    const rule = stripRules[index];
    if (rule !== undefined) {
      removed.push({ text: line, reason: rule.reason });
    } else if (line === headline) {
      // The first occurrence becomes the title; recording it too keeps `removed` a full account.
      removed.push({ text: line, reason: headlineSeen ? REPEATED_HEADLINE_REASON : HEADLINE_REASON });
      headlineSeen = true;
    } else {
      blocks.push({ kind: isSubheading(line) ? "heading" : "paragraph", text: line });
    }
  });
  return { headline, blocks, removed };
}
