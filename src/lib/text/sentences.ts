/**
 * A deterministic sentence splitter for news copy in any script.
 *
 * Where letters have case (Latin, Cyrillic, Greek …) the case of the next
 * word is the signal, and newswire text is full of traps for naive
 * splitters: "U.S. special envoy", "the U.K.’s Sir Keir Starmer", quotes
 * that end in a comma ("…RUSSIA," writes Trump). There a sentence ends at
 * `.`, `!`, `?` or `…` (plus closing quotes or brackets) only when
 * whitespace and an upper-case letter, digit or opening quote (also „ and
 * ‚, as German opens quotes) follow, and the word before is not a known
 * abbreviation.
 *
 * Where letters have no case (Arabic, Hebrew, Chinese, Japanese, Hindi …)
 * that signal is missing, so the boundaries are Unicode's (UAX #29, through
 * `Intl.Segmenter`): after "。", "؟", "।" and the like, also without a space.
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
// “ and ‘ close German quotes („…“, ‚…‘); in English they open, after a space, where they are starters.
const CLOSERS = /["'\u201C\u201D\u2018\u2019)\]»]/u;
const STARTER = /[\p{Lu}\p{N}"'\u201C\u2018\u201E\u201A(\[«¿¡—–-]/u;

/** Ends a sentence in any script: the Latin marks, and "。", "！", "？", "؟", "۔", "।", "॥" and their kin. */
const ANY_TERMINATOR = /[.!?…。！？｡؟۔।॥፧፨။។]/u;
/** Closing quotes and brackets of any script, after a terminator. */
const ANY_CLOSER = /[\p{Pe}\p{Pf}"'»」』]/u;
/** Full-width terminators: the next sentence follows without a space. */
const FULL_WIDTH_TERMINATOR = /[。！？｡]/u;
/** What opens a sentence of a caseless script: a letter without case, or an opening bracket or quote of CJK. */
const CASELESS_OPENING = /[\p{Lo}「『（《〈【〔]/u;
/** Text that has a caseless letter or a terminator of another script: only then are Unicode's boundaries needed. */
const NEEDS_UNICODE_RULES = /[\p{Lo}。！？｡؟۔।॥፧፨။។]/u;

const SENTENCES = new Intl.Segmenter("und", { granularity: "sentence" });

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
  const starts = new Set([...casedBoundaries(input), ...caselessBoundaries(input), ...fullWidthBoundaries(input)]);
  const spans: SentenceSpan[] = [];
  let start = skipWhitespace(input, 0);
  for (const next of [...starts].sort((a, b) => a - b)) {
    if (next <= start) continue;
    const end = trimEnd(input, next);
    spans.push({ start, end, text: input.slice(start, end) });
    start = next;
  }
  const end = trimEnd(input, input.length);
  if (end > start) spans.push({ start, end, text: input.slice(start, end) });
  return spans;
}

/** Where a sentence starts by the rule for cased scripts (see above). */
function casedBoundaries(input: string): number[] {
  const starts: number[] = [];
  let index = skipWhitespace(input, 0);
  while (index < input.length) {
    const char = input[index] as string;
    if (!TERMINATOR.test(char)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < input.length && (TERMINATOR.test(input[end] as string) || CLOSERS.test(input[end] as string))) end++;
    const next = skipWhitespace(input, end);
    const boundary =
      next < input.length &&
      next > end &&
      STARTER.test(input[next] as string) &&
      !(char === "." && isAbbreviation(input, index));
    if (boundary) starts.push(next);
    index = boundary ? next : end;
  }
  return starts;
}

/**
 * Where a sentence starts by Unicode's rules, kept only where the next
 * sentence opens with a letter without case or a CJK opening bracket (so
 * the cased rule is never overruled): after a terminator of any script and
 * closers, with a space, or none after a full-width terminator. Text with no
 * caseless letter and no terminator of another script is not segmented.
 */
function caselessBoundaries(input: string): number[] {
  const starts: number[] = [];
  if (!NEEDS_UNICODE_RULES.test(input)) return starts;
  for (const { index } of SENTENCES.segment(input)) {
    const next = skipWhitespace(input, index);
    if (index === 0 || next >= input.length) continue;
    const opening = String.fromCodePoint(input.codePointAt(next) as number);
    if (!CASELESS_OPENING.test(opening)) continue;
    let end = trimEnd(input, next);
    while (end > 0 && ANY_CLOSER.test(input[end - 1] as string)) end--;
    const terminator = input[end - 1] ?? "";
    if (!ANY_TERMINATOR.test(terminator)) continue;
    const spaced = next > trimEnd(input, next) || FULL_WIDTH_TERMINATOR.test(terminator);
    if (spaced && !(terminator === "." && isAbbreviation(input, end - 1))) starts.push(next);
  }
  return starts;
}

/** After "。", "！" or "？" and any closers, a sentence starts, with or without a space ("…した。「よかった」…"). */
function fullWidthBoundaries(input: string): number[] {
  const starts: number[] = [];
  for (let index = 0; index < input.length; index++) {
    if (!FULL_WIDTH_TERMINATOR.test(input[index] as string)) continue;
    let end = index + 1;
    while (end < input.length && (ANY_CLOSER.test(input[end] as string) || ANY_TERMINATOR.test(input[end] as string)))
      end++;
    const next = skipWhitespace(input, end);
    if (next < input.length) starts.push(next);
    index = end - 1;
  }
  return starts;
}

function skipWhitespace(input: string, index: number): number {
  while (index < input.length && /\s/u.test(input[index] as string)) index++;
  return index;
}

function trimEnd(input: string, index: number): number {
  while (index > 0 && /\s/u.test(input[index - 1] as string)) index--;
  return index;
}
