import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import { codePoints } from "../text/code-points.ts";
import { normalizeWithOffsets, type NormalizedText } from "../text/normalize.ts";

/** Where a quote stands in an article. */
export interface QuoteLocation {
  readonly blockId: string;
  /** Offsets in the block's text. */
  readonly start: number;
  readonly end: number;
  /** The article's own words for the quote (curly quotes as printed). */
  readonly exact: string;
  /** Ids of the sentences the quote overlaps, in order. */
  readonly sentenceIds: readonly string[];
}

export type QuoteResult =
  | { readonly kind: "found"; readonly location: QuoteLocation }
  | { readonly kind: "missing"; readonly closest: string }
  | { readonly kind: "ambiguous"; readonly count: number }
  /** Found only as part of a longer word ("workable." in "unworkable."): `words` is the article's text around it. */
  | { readonly kind: "inside-word"; readonly words: string }
  /** Nothing visible to look for: the quote is empty once invisible characters are dropped. */
  | { readonly kind: "empty" }
  /** The text of a heading, which is no sentence of the report. */
  | { readonly kind: "heading"; readonly heading: string }
  /** Found only across the end of one paragraph and the start of the next. */
  | { readonly kind: "spans-paragraphs"; readonly end: string; readonly start: string }
  /** Found once both sides are composed alike (NFC): an accented letter is written two ways. */
  | {
      readonly kind: "normalisation";
      readonly letter: string;
      readonly quoteForm: string;
      readonly articleForm: string;
    };

/** An article's quotable blocks, normalised once so many quotes can be looked up cheaply. */
export interface QuoteIndex {
  readonly blocks: readonly { block: BlockInfo; normalized: NormalizedText }[];
  /** Headings, folded alike: only to explain why a heading's text is no quote. */
  readonly headings?: readonly { block: BlockInfo; normalized: NormalizedText }[];
}

/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner,
 * word joiner, soft hyphen, byte order mark, bidi marks, variation selectors
 * (Unicode's Default_Ignorable_Code_Point). Copied text carries them
 * invisibly on one side only, so a quote that looks identical would not match.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Fold text for quote matching: invisible characters dropped, then quote
 * marks and whitespace folded (normalizeWithOffsets). Offsets still point
 * into the original text, so a match is cut from the article exactly.
 */
export function foldForQuote(input: string): NormalizedText {
  let visible = "";
  const origin: number[] = [];
  for (let index = 0; index < input.length; index++) {
    const char = input[index] as string;
    if (INVISIBLE.test(char)) continue;
    visible += char;
    origin.push(index);
  }
  origin.push(input.length);
  const normalized = normalizeWithOffsets(visible);
  return { text: normalized.text, offsets: normalized.offsets.map((offset) => origin[offset] as number) };
}

/** Prepare an article's blocks with sentences for quote look-ups (headings kept apart, for messages). */
export function indexForQuotes(blocks: readonly BlockInfo[]): QuoteIndex {
  const folded = (block: BlockInfo) => ({ block, normalized: foldForQuote(block.text) });
  return {
    blocks: blocks.filter((block) => block.kind !== "heading").map(folded),
    headings: blocks.filter((block) => block.kind === "heading").map(folded),
  };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when the folded text at `at` and at `at - 1` are both word characters: a cut inside a word. */
const cutsWord = (text: string, at: number): boolean =>
  at > 0 && at < text.length && WORD_CHAR.test(text[at - 1] as string) && WORD_CHAR.test(text[at] as string);

/** The whole words of `text` around the range [start, end). */
function wordsAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1] as string)) from--;
  while (to < text.length && WORD_CHAR.test(text[to] as string)) to++;
  return text.slice(from, to);
}

/**
 * Find a quote in an article, after folding quote marks, whitespace and
 * invisible characters only (the same folding on both sides).
 * A quote must occur exactly once, lie within one paragraph, and begin and
 * end on word boundaries ("workable." is not a quote of "unworkable.").
 */
export function locateQuote(index: QuoteIndex, quote: string): QuoteResult {
  const needle = foldForQuote(quote).text;
  const hits: QuoteLocation[] = [];
  let insideWord: string | undefined;
  for (const { block, normalized } of index.blocks) {
    for (
      let at = normalized.text.indexOf(needle);
      at >= 0 && needle.length > 0;
      at = normalized.text.indexOf(needle, at + 1)
    ) {
      const start = normalized.offsets[at] as number;
      const end = (normalized.offsets[at + needle.length - 1] as number) + 1;
      if (cutsWord(normalized.text, at) || cutsWord(normalized.text, at + needle.length)) {
        insideWord ??= wordsAround(block.text, start, end);
        continue;
      }
      hits.push({
        blockId: block.id,
        start,
        end,
        exact: block.text.slice(start, end),
        sentenceIds: block.sentences.filter((s) => s.start < end && s.end > start).map((s) => s.id),
      });
    }
  }
  if (hits.length === 1) return { kind: "found", location: hits[0] as QuoteLocation };
  if (hits.length > 1) return { kind: "ambiguous", count: hits.length };
  if (insideWord !== undefined) return { kind: "inside-word", words: insideWord };
  return whyMissing(index, needle);
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The first accented letter of `needle` that the article writes only in the other form. */
function formMismatch(needle: string, article: string): QuoteResult | undefined {
  for (const { segment } of graphemes.segment(needle)) {
    const composed = segment.normalize("NFC");
    const decomposed = segment.normalize("NFD");
    if (composed === decomposed) continue;
    const other = segment === composed ? decomposed : composed;
    if (article.includes(segment) || !article.includes(other)) continue;
    const form = (text: string): string => `${text === composed ? "composed" : "decomposed"} (${codePoints(text)})`;
    return { kind: "normalisation", letter: composed, quoteForm: form(segment), articleForm: form(other) };
  }
  return undefined;
}

/** Why a quote with no match is missing, when a likely reason can be named; else the closest sentence. */
function whyMissing(index: QuoteIndex, needle: string): QuoteResult {
  if (needle.trim() === "") return { kind: "empty" };
  const heading = index.headings?.find(({ normalized }) => normalized.text.includes(needle));
  if (heading !== undefined) return { kind: "heading", heading: heading.block.text };
  for (let i = 1; i < index.blocks.length; i++) {
    const before = (index.blocks[i - 1] as (typeof index.blocks)[number]).normalized.text;
    const after = (index.blocks[i] as (typeof index.blocks)[number]).normalized.text;
    const at = `${before} ${after}`.indexOf(needle);
    if (at >= 0 && at < before.length && at + needle.length > before.length + 1) {
      return {
        kind: "spans-paragraphs",
        end: before.slice(at),
        start: after.slice(0, at + needle.length - before.length - 1),
      };
    }
  }
  const composed = needle.normalize("NFC");
  if (index.blocks.some(({ normalized }) => normalized.text.normalize("NFC").includes(composed))) {
    const mismatch = formMismatch(needle, index.blocks.map(({ block }) => block.text).join("\n"));
    if (mismatch !== undefined) return mismatch;
  }
  return { kind: "missing", closest: closestSentence(index, needle) };
}

/** The sentence sharing the most words with the quote: shown to help fix a typo. */
function closestSentence(index: QuoteIndex, needle: string): string {
  const words = new Set(needle.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best = { score: -1, text: "" };
  for (const { block } of index.blocks) {
    for (const sentence of block.sentences) {
      const sentenceWords = sentence.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const score =
        sentenceWords.filter((word) => words.has(word)).length / Math.max(1, Math.sqrt(sentenceWords.length));
      if (score > best.score) best = { score, text: sentence.text };
    }
  }
  return best.text;
}
