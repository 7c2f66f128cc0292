import { wordsOf } from "./line-rule.ts";

/** Longest first line still taken for a headline, in words and characters. */
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_LENGTH = 200;

/**
 * Ends like a paragraph, not a headline: a full stop, ellipsis, colon, comma
 * or semicolon, perhaps before closing quotes. Headlines may end with "?" or
 * "!" or a quotation ("… ‘game-changing’").
 */
const PARAGRAPH_END = /[.…:,;]["'\u201D\u2019»)\]]*$/u;

/** Most points a summary box above the headline holds. */
const MAX_BOX_POINTS = 8;

/** True when a line has a headline's shape: short, with a letter, not closed like a sentence. */
export function isHeadlineShaped(line: string): boolean {
  const words = wordsOf(line).length;
  return (
    words > 0 &&
    words <= MAX_HEADLINE_WORDS &&
    line.length <= MAX_HEADLINE_LENGTH &&
    /\p{L}/u.test(line) &&
    !PARAGRAPH_END.test(line)
  );
}

/** The headline, and whether the text repeats it. */
export interface Headline {
  readonly text: string;
  readonly repeated: boolean;
}

/**
 * Find the headline among the lines no rule claimed.
 *
 * 1. A headline-shaped line that occurs more than once (scraped pages repeat
 *    the headline as page title and article title), even after a standfirst.
 *    A paragraph pasted twice is not a headline: it stays, twice.
 * 2. Otherwise the first line, if it has a headline's shape and more text
 *    follows it. When the text opens with a summary box (`afterBox`), its
 *    points come first and end like sentences: then the headline is the first
 *    headline-shaped line among the next few.
 */
export function findHeadline(lines: readonly string[], options: { afterBox?: boolean } = {}): Headline | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  const repeated = lines.find((line) => (counts.get(line) ?? 0) > 1 && isHeadlineShaped(line));
  if (repeated !== undefined) return { text: repeated, repeated: true };
  const at = options.afterBox === true ? lines.slice(0, MAX_BOX_POINTS + 1).findIndex(isHeadlineShaped) : 0;
  const first = lines[at];
  if (first !== undefined && lines.length > at + 1 && isHeadlineShaped(first)) return { text: first, repeated: false };
  return undefined;
}
