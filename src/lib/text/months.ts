/**
 * The one month table of the project: English month names, their usual
 * abbreviations, and their numbers. Read by the importer's stated dates
 * (src/lib/import/rules/dates.ts), the engine's date details
 * (src/lib/compare/dates.ts) and the synthetic corpus's sentences
 * (scripts/lib/synthetic/text.ts).
 */

/** Full month names, lower case, January first. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Each month's abbreviations, lower case, in month order ("sept" beside "sep"; May has none). */
const ABBREVIATIONS: readonly (readonly string[])[] = [
  ["jan"],
  ["feb"],
  ["mar"],
  ["apr"],
  [],
  ["jun"],
  ["jul"],
  ["aug"],
  ["sept", "sep"],
  ["oct"],
  ["nov"],
  ["dec"],
];

const capitalised = (name: string): string => `${name[0]?.toUpperCase()}${name.slice(1)}`;

/**
 * Every month name, then every abbreviation, capitalised and joined by "|"
 * ("January|…|December|Jan|…|Sept|Sep|…|Dec"): a regular-expression
 * alternation with no group. Longer spellings come first, so "Sept" wins over "Sep".
 */
export const MONTH_ALTERNATION = [...MONTH_NAMES, ...ABBREVIATIONS.flat()].map(capitalised).join("|");

/** The abbreviations alone, capitalised and joined by "|": what a full stop may follow ("Aug."; never "June."). */
export const MONTH_ABBREVIATION_ALTERNATION = ABBREVIATIONS.flat().map(capitalised).join("|");

const NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, index) => [name, ...(ABBREVIATIONS[index] ?? [])].map((n) => [n, index + 1] as const)),
);

/**
 * The number (1–12) of a month name or abbreviation in any case, with or
 * without a trailing full stop ("Aug." → 8); 0 for anything else.
 */
export function monthNumber(name: string): number {
  return NUMBERS.get(name.toLowerCase().replace(/\.$/u, "")) ?? 0;
}
