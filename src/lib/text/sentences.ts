/**
 * A small, deterministic English sentence splitter.
 *
 * Newswire text is full of traps for naive splitters: "U.S. special envoy",
 * "the U.K.’s Sir Keir Starmer", quotes that end in a comma ("…RUSSIA,"
 * writes Trump). A sentence ends at `.`, `!` or `?` (plus closing quotes or
 * brackets) only when whitespace and an upper-case letter, digit or opening
 * quote follow, and the word before is not a known abbreviation.
 */
import type { TextRange } from "./ranges.ts";

/**
 * One sentence: its text and where it stands in the input, from its first
 * character to just past its last (without the whitespace around it).
 */
export interface SentenceSpan extends TextRange {
  /** `input.slice(start, end)`. */
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "pres",
  "rev",
  "hon",
  "no",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

const TERMINATOR = /[.!?…]/u;
const CLOSERS = /["'\u201D\u2019)\]»]/u;
const STARTER = /[\p{Lu}\p{N}"'\u201C\u2018(\[«¿¡—–-]/u;

/** True when the word ending at `index` (a period) is an abbreviation or an initial. */
function isAbbreviation(input: string, index: number): boolean {
  let wordStart = index;
  while (wordStart > 0 && /[\p{L}.]/u.test(input[wordStart - 1] as string)) wordStart--;
  const word = input.slice(wordStart, index);
  if (word.length === 0) return false;
  // Initials and dotted acronyms: "J.", "U.S", "U.K"
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Split `input` into sentences. Every non-whitespace character of the input
 * belongs to exactly one sentence, so joining the spans loses nothing.
 */
export function splitSentences(input: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipWhitespace(input, 0);
  let index = start;
  while (index < input.length) {
    const char = input[index] as string;
    if (TERMINATOR.test(char)) {
      let end = index + 1;
      while (end < input.length && (TERMINATOR.test(input[end] as string) || CLOSERS.test(input[end] as string))) end++;
      const next = skipWhitespace(input, end);
      const boundary =
        next < input.length &&
        next > end &&
        STARTER.test(input[next] as string) &&
        !(char === "." && isAbbreviation(input, index));
      if (boundary) {
        spans.push({ start, end, text: input.slice(start, end) });
        start = next;
        index = next;
        continue;
      }
      index = end;
      continue;
    }
    index++;
  }
  const end = trimEnd(input, input.length);
  if (end > start) spans.push({ start, end, text: input.slice(start, end) });
  return spans;
}

function skipWhitespace(input: string, index: number): number {
  while (index < input.length && /\s/u.test(input[index] as string)) index++;
  return index;
}

function trimEnd(input: string, index: number): number {
  while (index > 0 && /\s/u.test(input[index - 1] as string)) index--;
  return index;
}
