import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
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
  | { readonly kind: "inside-word"; readonly words: string };

/** An article's paragraphs, normalised once so many quotes can be looked up cheaply. */
export interface QuoteIndex {
  readonly blocks: readonly { block: BlockInfo; normalized: NormalizedText }[];
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

/** Prepare an article's body paragraphs for quote look-ups. */
export function indexForQuotes(blocks: readonly BlockInfo[]): QuoteIndex {
  return {
    blocks: blocks
      .filter((block) => block.kind === "paragraph")
      .map((block) => ({ block, normalized: foldForQuote(block.text) })),
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
