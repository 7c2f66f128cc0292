/**
 * English number words, folded to numbers ("Article Five" = "Article 5").
 *
 * Hand-written rather than taken from compromise: its number parser skips
 * capitalised words inside names ("Article Five") and hyphenated forms
 * ("5-like"), and this table is small, closed and easy to test.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

/** Alternation of every number word, longest first, for building patterns. */
export const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(SCALES)]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Names of the scale words, for "1.5 million". */
export const SCALE_WORD = Object.keys(SCALES).join("|");

/** The value of a scale word ("million" → 1 000 000), or undefined. */
export const scaleValue = (word: string): number | undefined => SCALES[word.toLowerCase()];

/**
 * The value of a run of number words ("twenty-five", "two hundred and fifty
 * thousand", "a dozen"), or undefined when a word is not a number word.
 */
export function parseNumberWords(words: string): number | undefined {
  const tokens = words
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((token) => token !== "and" && token !== "");
  // "a hundred", "a dozen": the article counts one of the scale.
  if ((tokens[0] === "a" || tokens[0] === "an") && tokens.length > 1) tokens.shift();
  if (tokens.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const token of tokens) {
    const unit = UNITS[token];
    const scale = SCALES[token];
    if (unit !== undefined) current += unit;
    else if (scale !== undefined && scale < 1000) current = (current || 1) * scale;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A number as a comparison key: no grouping, no trailing zeros, no float noise ("1500000", "1.5"). */
export const canonicalNumber = (value: number): string => String(Number(value.toPrecision(12)));
