import { canonicalNumber, NUMBER_WORD, parseNumberWords, SCALE_WORD, scaleValue } from "./number-words.ts";
import type { TextRange } from "../text/ranges.ts";
import { claimSpans, type Detail } from "./types.ts";

/**
 * Numbers and quantities a text names, keyed by their value: "Article Five"
 * and "Article 5" are "5", "about 300" is "300", "1.5 million" and
 * "1,500,000" are "1500000", "two hours" is "2".
 *
 * The words around a number that say what it counts (a label such as
 * "Article", a qualifier such as "about", a unit of time, a percent sign)
 * belong to the detail's text, so the reader sees them marked, but not to
 * its key: two reports naming Article 5 agree whatever words they use.
 */
const B = "(?<![\\p{L}\\p{N}.,]|\\p{L}-)";
const E = "(?![\\p{L}\\p{N}]|[.,]\\d)";
const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const WORDS = `(?:an?\\s+(?:${SCALE_WORD})|(?:${NUMBER_WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${NUMBER_WORD}))*)`;
const QUALIFIER =
  "(?:about|around|some|nearly|almost|roughly|approximately|over|under|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to)";
const LABEL =
  "(?:Article|Section|Chapter|Clause|Paragraph|Resolution|Rule|Point|Phase|Stage|Level|Category|Number|No\\.)";
const UNIT = "(?:%|\\s?per\\s?cent|\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))";

const PATTERN = new RegExp(
  `${B}(?:(${QUALIFIER})\\s+)?(?:(${LABEL})\\s+)?(?:(${DIGITS})(?:\\s+(${SCALE_WORD}))?|(${WORDS}))${E}(${UNIT}${E})?`,
  "dgiu",
);

/** A capitalised word, then a space: what stands before "Nine" in "Channel Nine" (a name, not a count). */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;

/** A lone "one" is nearly always a pronoun or article ("one of them"), not a count. */
const PRONOUN_LIKE = /^(?:one|an?)$/iu;

/** Every number in a text, skipping the spans already taken (dates), in text order. */
export function findNumbers(text: string, taken: readonly TextRange[] = []): Detail[] {
  const candidates: Detail[] = [];
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
    const [, , label, digits, scale, words, unit] = match;
    // A label counts only capitalised ("Article 5"); the i flag is there for number words ("Five").
    const start =
      label !== undefined && !/^\p{Lu}/u.test(label)
        ? (match.indices?.[3] ?? match.indices?.[5] ?? [match.index])[0]
        : match.index;
    const end = match.index + match[0].length;
    if (words !== undefined && label === undefined && unit === undefined && PRONOUN_LIKE.test(words.trim())) continue;
    // A capitalised number word after a capitalised word is part of a name ("Channel Nine"), left to the names.
    if (words !== undefined && label === undefined && /^\p{Lu}/u.test(words) && NAME_BEFORE.test(text.slice(0, start)))
      continue;
    const value =
      digits !== undefined
        ? Number(digits.replaceAll(",", "")) * (scale ? (scaleValue(scale) ?? 1) : 1)
        : parseNumberWords(words ?? "");
    if (value === undefined || Number.isNaN(value)) continue;
    candidates.push({
      kind: "number",
      key: canonicalNumber(value),
      text: text.slice(start, end),
      start,
      end,
    });
  }
  return claimSpans(candidates, taken);
}
