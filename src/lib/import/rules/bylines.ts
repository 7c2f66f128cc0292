import { SENTENCE_END, wordsOf, type LineRule } from "./line-rule.ts";

/** A capitalised name part: "Jane", "O’Neill", "J.", "DOE", "Al-Amin". */
const NAME_PART = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;

/** Lower-case words names may contain: "and", "de", "van der" … */
const NAME_JOINER = String.raw`(?:and|&|de|del|della|da|van|von|der|den|la|le|du|bin|al|el)`;

/** "By", "Written by", "Words by" … then at least one capitalised name part. */
const BYLINE_START = new RegExp(
  String.raw`^(?:By|BY|Written by|Words by|Story by|Analysis by|Text by)\s+${NAME_PART}(?:\s+(?:${NAME_PART}|${NAME_JOINER})(?![\p{L}\p{M}]))*`,
  "u",
);

/** What a byline may add after its names: an outlet, a place or a timestamp (capitalised), or a role. */
const ROLE =
  /\b(?:correspondents?|reporters?|editors?|writers?|staff|contributors?|columnists?|analysts?|producers?|photographers?|bureau|chief|desk|team)\b/iu;

/** Longest addition after the names, in words: "Europe correspondent, Reuters", not a clause. */
const MAX_ADDITION_WORDS = 8;

/** Longest byline, in words: names, an outlet and a role, not a sentence. */
const MAX_WORDS = 14;

/** Abbreviations a name may end with although they end in a full stop. */
const NAME_ABBREVIATION = /\b(?:Jr|Sr|Jnr|Snr)\.$/u;

/**
 * True for a byline: "By Jane Doe", "By JANE DOE and John Roe, Reuters",
 * "By Jane Doe | Updated 10:42 AM EDT". After the names may come a role or
 * outlet after a comma, bar or dash, but not the rest of a sentence: "By
 * Friday, talks had collapsed." ends like one and stays. Decided on the
 * line's shape, not its first word: the names are two parts or more, or one
 * in capitals ("By REUTERS"), so "By Monday, talks had collapsed twice" has
 * no name; and what follows them is capitalised (an outlet, a place,
 * "Updated …") or names a role, so a clause after a comma is not a byline.
 */
export function isByline(line: string): boolean {
  const start = BYLINE_START.exec(line);
  if (start === null || wordsOf(line).length > MAX_WORDS) return false;
  if (SENTENCE_END.test(line) && !NAME_ABBREVIATION.test(line)) return false;
  const names = wordsOf(start[0]).slice(1);
  if (names.length < 2 && !/^\p{Lu}[\p{Lu}\p{M}.&-]+$/u.test(names[0] ?? "")) return false;
  const rest = line.slice(start[0].length);
  if (rest === "") return true;
  const separator = /^\s*[,|–—-]\s*/u.exec(rest);
  if (separator === null) return false;
  const addition = rest.slice(separator[0].length);
  return wordsOf(addition).length <= MAX_ADDITION_WORDS && (/^[\p{Lu}\p{N}]/u.test(addition) || ROLE.test(addition));
}

/** The timestamp a byline carries after its names ("By Jane Doe | Updated 10:42 AM, August 17, 2025"), if any. */
export function bylineAddition(line: string): string | undefined {
  const start = BYLINE_START.exec(line);
  if (start === null) return undefined;
  const separator = /^\s*[,|–—-]\s*/u.exec(line.slice(start[0].length));
  return separator === null ? undefined : line.slice(start[0].length + separator[0].length);
}

/** Bylines naming the authors. */
export const BYLINE_RULES: readonly LineRule[] = [
  {
    name: "byline",
    reason: "byline",
    description: '"By" and the authors\' names, perhaps with an outlet, role or timestamp; never a sentence.',
    examples: [
      "By Jane Doe",
      "By JANE DOE and John Roe, Reuters",
      "By Jane Doe, Europe correspondent",
      "By Anna van der Berg | Updated 10:42 AM EDT",
      "Written by Jane Doe Jr.",
    ],
    keeps: [
      "By Friday, talks had collapsed.",
      "By then it was too late.",
      "By Sunday evening the troops had withdrawn from the city.",
      "Bystanders filmed the convoy.",
      "By Monday, talks had collapsed twice",
      "By New Year, prices had risen by a third",
    ],
    matches: isByline,
  },
];
