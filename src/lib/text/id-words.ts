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
 */
export function idWords(text: string): string[] {
  if (!NON_LATIN_LETTER.test(text)) return slugWords(text);
  const words: string[] = [];
  for (const segment of WORDS.segment(text.normalize("NFC"))) {
    if (segment.isWordLike !== true) continue;
    if (NON_LATIN_LETTER.test(segment.segment)) words.push(segment.segment.toLowerCase());
    else words.push(...slugWords(segment.segment));
  }
  return words;
}
