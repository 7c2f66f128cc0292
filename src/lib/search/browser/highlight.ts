/**
 * Which characters of a quote to mark for a query: wherever a term (the
 * folded query, its words, a detected person's names) starts a word of the
 * folded quote, mapped back to the quote's own characters. Pure: the DOM
 * code turns the ranges into <mark> elements.
 */
import { foldWithOffsets } from "../shared/fold.ts";
import type { SearchClaim, SearchQuote } from "../shared/types.ts";
import { mergeRanges, type TextRange } from "../../text/ranges.ts";

/** Ranges of `text` that the folded `terms` match at the start of a word, merged and in order. */
export function findMarks(text: string, terms: readonly string[]): TextRange[] {
  const folded = foldWithOffsets(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
      if (at > 0 && folded.text[at - 1] !== " ") continue;
      ranges.push({ start: folded.starts[at] ?? 0, end: folded.ends[at + term.length - 1] ?? text.length });
    }
  }
  return mergeRanges(ranges);
}

/** The quote to show for a claim, with its marks. */
export interface QuoteMatch {
  readonly quote: SearchQuote;
  readonly marks: readonly TextRange[];
}

/** The claim's quote with the most marked characters (the first quote when none matches). */
export function pickQuote(claim: SearchClaim, terms: readonly string[]): QuoteMatch | undefined {
  let best: QuoteMatch | undefined;
  let bestLength = -1;
  for (const quote of claim.quotes) {
    const marks = findMarks(quote.text, terms);
    const length = marks.reduce((sum, mark) => sum + mark.end - mark.start, 0);
    if (length > bestLength) {
      best = { quote, marks };
      bestLength = length;
    }
  }
  return best;
}

/** Longest quote shown whole in results; longer ones are cut around the first mark. */
export const EXCERPT_LENGTH = 240;

/**
 * A window of at most `max` characters around the first mark, cut at spaces,
 * with "…" where text is left out; marks are shifted to the window.
 */
export function excerpt(
  text: string,
  marks: readonly TextRange[],
  max = EXCERPT_LENGTH,
): { text: string; marks: TextRange[] } {
  if (text.length <= max) return { text, marks: [...marks] };
  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max));
  let end = Math.min(text.length, start + max);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const prefix = start > 0 ? "…" : "";
  const shifted = marks
    .filter((mark) => mark.end > start && mark.start < end)
    .map((mark) => ({
      start: Math.max(mark.start, start) - start + prefix.length,
      end: Math.min(mark.end, end) - start + prefix.length,
    }));
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? "…" : ""}`, marks: shifted };
}
