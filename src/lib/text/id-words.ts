import { slugWords } from "../slug.ts";

/** A letter of any script but Latin: then the words are found by Unicode's word boundaries. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

const WORDS = new Intl.Segmenter("und", { granularity: "word" });

/**
 * The words an id is made of, in any script. Latin text gives the slug
 * words it always gave (ASCII, lower case, accents dropped), so ids of
 * existing articles never change. Text with letters of other scripts is
 * cut into words by Unicode's rules (`Intl.Segmenter`, which also finds the
 * words of Chinese and Japanese, written without spaces); a Latin word among
 * them is folded as above, any other word kept in its script, lower case.
 * Text without any word gives its characters' code points.
 */
export function idWords(text: string): string[] {
  const words = NON_LATIN_LETTER.test(text) ? wordsOfAnyScript(text) : slugWords(text);
  // A sentence of no word ("😀😀", "—") is named by its characters' code points, not by its position.
  return words.length > 0 ? words : codePoints(text);
}

/** Words by Unicode's boundaries, Latin ones folded to slug words, others kept lower case in their script. */
function wordsOfAnyScript(text: string): string[] {
  const words: string[] = [];
  for (const segment of WORDS.segment(text.normalize("NFC"))) {
    if (segment.isWordLike !== true) continue;
    if (NON_LATIN_LETTER.test(segment.segment)) words.push(segment.segment.toLowerCase());
    else words.push(...slugWords(segment.segment));
  }
  return words;
}

/** The hexadecimal code points of the characters that are not spaces: "😀!" → ["1f600", "21"]. */
function codePoints(text: string): string[] {
  return [...text].filter((char) => !/\s/u.test(char)).map((char) => (char.codePointAt(0) as number).toString(16));
}
