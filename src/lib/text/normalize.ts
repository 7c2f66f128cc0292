/**
 * Text normalisation for matching quotes against article text.
 *
 * Only typographic quote variants and whitespace are folded, as the claims
 * contract promises: a quote must otherwise be verbatim.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const WHITESPACE = /\s/u;

/** A normalised string plus, for each of its characters, the offset it came from. */
export interface NormalizedText {
  /** Text with quotes straightened and whitespace runs folded to one space. */
  readonly text: string;
  /** `offsets[i]` is the offset in the original of normalised character `i`; one extra entry marks the end. */
  readonly offsets: readonly number[];
}

/**
 * Fold curly quotes to straight ones and whitespace runs to one space, keeping
 * a map back to the original offsets so a match can be located in the source.
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  let text = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let index = 0; index < input.length; index++) {
    const char = input[index] as string;
    if (WHITESPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = index;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += " ";
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    text += SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : char;
    offsets.push(index);
  }
  offsets.push(pendingSpace >= 0 ? pendingSpace : input.length);
  return { text, offsets };
}

/** Normalise for comparison only (no offset map). */
export function normalizeText(input: string): string {
  return normalizeWithOffsets(input).text;
}

/** Lower-case, strip diacritics and fold quotes: the key used for name matching and search. */
export function foldForSearch(input: string): string {
  return normalizeText(input.normalize("NFKD").replace(/\p{M}+/gu, "")).toLowerCase();
}
