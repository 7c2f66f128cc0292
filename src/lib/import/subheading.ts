/** Longest line, in words and in characters, still taken for a subheading. */
const MAX_WORDS = 8;
const MAX_LENGTH = 60;

/** Ends a sentence: . ! ? or …, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'\u201D\u2019»)\]]*$/u;

/** A trailing comma or semicolon means the line is a clause cut short, not a heading. */
const CLAUSE_END = /[,;]$/u;

/**
 * True when a (trimmed) line of a raw report reads as a subheading: short
 * (at most 8 words and 60 characters), containing a letter, and not closed
 * like a sentence. A trailing colon ("Zelenskyj:") counts as a heading
 * marker, since reports use it to introduce a section about that person.
 * The parser makes such a line a heading only between two paragraphs.
 */
export function isSubheading(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > MAX_WORDS || line.length > MAX_LENGTH) return false;
  // "2025" or "—" on its own line is data or decoration, not a title.
  if (!/\p{L}/u.test(line)) return false;
  return !SENTENCE_END.test(line) && !CLAUSE_END.test(line);
}
