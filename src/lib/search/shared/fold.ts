/**
 * The one text key search compares: built on foldForSearch (case, diacritics,
 * quotes, whitespace), then letters the Unicode decomposition leaves alone
 * (ø, ł, ß …) and punctuation. Index records and queries both go through it,
 * so "Zelenskyj’s", "ZELENSKYJ" and "zelenskyj" meet on one spelling.
 */
import { foldForSearch } from "../../text/normalize.ts";

/** Letters NFKD does not decompose, written as a reader without them would type them. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ı: "i",
};
const LETTER = /[ßøđðłæœþı]/gu;
/** Apostrophes join ("Berg's" → "bergs"), so a name still prefixes its possessive. */
const APOSTROPHE = /'/gu;
/** What foldForSearch straightens to an apostrophe, one character at a time. */
const APOSTROPHE_CHAR = /^['\u2018\u2019\u201A\u201B\u2032\u02BC]$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Fold text for search: lower case, no diacritics, no punctuation, single spaces. */
export function searchText(input: string): string {
  return foldForSearch(input)
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter)
    .replace(APOSTROPHE, "")
    .replace(NOT_WORD, " ")
    .trim();
}

/** Folded text plus, for each of its characters, the span of the original it came from. */
export interface FoldedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Fold like `searchText`, one code point at a time, keeping where each folded
 * character came from so a match found in folded text can be marked in the
 * original. Combining marks fold to nothing and stay inside the previous span.
 */
export function foldWithOffsets(input: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of input) {
    const end = index + char.length;
    const piece = searchPiece(char);
    if (piece === "" && ends.length > 0 && ends[ends.length - 1] === index) ends[ends.length - 1] = end;
    for (const folded of piece) {
      if (folded === " " && (text === "" || text.endsWith(" "))) continue;
      text += folded;
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text, starts, ends };
}

/** One code point, folded: "" for marks and apostrophes, " " for other punctuation. */
function searchPiece(char: string): string {
  if (APOSTROPHE_CHAR.test(char)) return "";
  const folded = char
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.replace(LETTER, (letter) => LETTERS[letter] ?? letter).replace(NOT_WORD, " ");
}
