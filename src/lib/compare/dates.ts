import { canonicalNumber, NUMBER_WORD, parseNumberWords } from "./number-words.ts";
import { MONTH_ABBREVIATION_ALTERNATION, MONTH_ALTERNATION, MONTH_NAMES, monthNumber } from "../text/months.ts";
import { claimSpans, type Detail } from "./types.ts";

/**
 * Dates and times a text names, with normalised keys: weekdays ("friday"),
 * days of a month ("08-15", "2025-08-15"), months ("august", "2025-08"),
 * years ("2025"), seasons ("last spring"), relative days ("yesterday",
 * "last week"), spans back in time ("2 years ago") and clock times ("10:42").
 *
 * Hand-written patterns: compromise's date parser is a separate plugin we do
 * not install, and core compromise tags date words without normalising them.
 * Every pattern is anchored on words that only dates use (weekday and month
 * names, "ago", a colon between two clock digits), so prose does not match.
 */
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** Full names and the usual abbreviations; "May" alone is left to the patterns with a day or year. */
const MONTH = MONTH_ALTERNATION;
/** The full stop of an abbreviated month ("Aug. 15"); a sentence's own full stop after "June" is not the date's. */
const ABBREVIATION_DOT = `(?:(?<=${MONTH_ABBREVIATION_ALTERNATION})\\.)?`;
/** Months alone: full names only ("Jan" may be a person) and never "May" (a verb). */
const FULL_MONTH = MONTH.split("|")
  .filter((name) => name.length > 4 || ["June", "July"].includes(name))
  .join("|");
/** Any month name or abbreviation, case-sensitive: the hint for the month patterns. */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:1[89]|20)\\d\\d)";

const pad = (n: number): string => String(n).padStart(2, "0");
const monthDay = (month: string, day: string, year?: string): string | undefined => {
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return `${year ? `${year}-` : ""}${pad(monthNumber(month))}-${pad(d)}`;
};
const collapse = (text: string): string => text.toLowerCase().replace(/\s+/gu, " ");

interface DatePattern {
  /** A cheap test that must pass before the full pattern runs (most sentences name no date). */
  readonly hint: RegExp;
  readonly pattern: RegExp;
  /** The key for a match, or undefined to reject it. */
  readonly key: (match: RegExpExecArray) => string | undefined;
}

const PATTERNS: readonly DatePattern[] = [
  {
    hint: /\d-\d/u,
    pattern: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, "gu"),
    key: (m) => `${m[1]}-${m[2]}-${m[3]}`,
  },
  {
    hint: MONTH_HINT,
    pattern: new RegExp(`${B}${DAY}\\s+(?:of\\s+)?(${MONTH})${ABBREVIATION_DOT}(?:,?\\s+${YEAR})?${E}`, "gu"),
    key: (m) => monthDay(m[2] as string, m[1] as string, m[3]),
  },
  {
    hint: MONTH_HINT,
    pattern: new RegExp(`${B}(${MONTH})${ABBREVIATION_DOT}\\s+${DAY}(?!\\d)(?:,?\\s+${YEAR})?${E}`, "gu"),
    key: (m) => monthDay(m[1] as string, m[2] as string, m[3]),
  },
  {
    hint: MONTH_HINT,
    pattern: new RegExp(`${B}(${MONTH})${ABBREVIATION_DOT},?\\s+(?:of\\s+)?${YEAR}${E}`, "gu"),
    key: (m) => `${m[2]}-${pad(monthNumber(m[1] as string))}`,
  },
  {
    hint: MONTH_HINT,
    pattern: new RegExp(`${B}(?:(?:early|mid-|late|last|next|this)\\s*)?(${FULL_MONTH})${E}`, "gu"),
    key: (m) => MONTH_NAMES[monthNumber(m[1] as string) - 1],
  },
  {
    hint: /day/u,
    pattern: new RegExp(`${B}(?:(?:last|next|this)\\s+)?(${WEEKDAY})s?${E}`, "gu"),
    key: (m) => (m[1] as string).toLowerCase(),
  },
  {
    hint: /\d{4}/u,
    pattern: new RegExp(
      `${B}(?:in|since|by|until|till|from|to|before|after|during|early|late|mid-|of)\\s+${YEAR}${E}`,
      "giu",
    ),
    key: (m) => m[1],
  },
  {
    hint: /spring|summer|autumn|fall|winter/iu,
    pattern: new RegExp(
      `${B}(?:(last|next|this)|(?:early|late|in|during)(?:\\s+the)?)\\s+(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR})?${E}`,
      "giu",
    ),
    key: (m) =>
      [m[1], m[2], m[3]]
        .filter(Boolean)
        .map((w) => (w as string).toLowerCase())
        .join(" "),
  },
  {
    hint: /today|yesterday|tomorrow|tonight|this|last|next/iu,
    pattern: new RegExp(
      `${B}(?:today|yesterday|tomorrow|tonight|(?:(?:earlier|later)\\s+)?(?:this|last|next)\\s+(?:morning|afternoon|evening|night|week|weekend|month|year))${E}`,
      "giu",
    ),
    key: (m) => collapse(m[0]),
  },
  {
    hint: /ago|earlier|later/iu,
    pattern: new RegExp(
      `${B}(\\d+|an?|several|a\\s+few|(?:${NUMBER_WORD})(?:[\\s-]+(?:${NUMBER_WORD}))*)\\s+(second|minute|hour|day|week|month|year|decade)s?\\s+(ago|earlier|later)${E}`,
      "giu",
    ),
    key: (m) => {
      const amount = m[1] as string;
      const value = /^\d+$/u.test(amount) ? Number(amount) : /^an?$/iu.test(amount) ? 1 : parseNumberWords(amount);
      const count = value === undefined ? collapse(amount) : canonicalNumber(value);
      return `${count} ${(m[2] as string).toLowerCase()}${value === 1 ? "" : "s"} ${(m[3] as string).toLowerCase()}`;
    },
  },
  {
    hint: /\d:\d/u,
    pattern: new RegExp(`${B}([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s?([ap])(?:\\.m\\.|m${E}))?(?![\\p{N}])`, "giu"),
    key: (m) => clock(Number(m[1]), m[2] as string, m[3]),
  },
  {
    hint: /\d\s?[ap]\.?m/iu,
    pattern: new RegExp(`${B}(1[0-2]|0?[1-9])\\s?([ap])(?:\\.m\\.|m${E})`, "giu"),
    key: (m) => clock(Number(m[1]), "00", m[2]),
  },
  {
    hint: /noon|midday|midnight/iu,
    pattern: new RegExp(`${B}(?:noon|midday|midnight)${E}`, "giu"),
    key: (m) => (/night/iu.test(m[0]) ? "00:00" : "12:00"),
  },
];

function clock(hour: number, minute: string, half?: string): string {
  const h = half === undefined ? hour : (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  return `${pad(h)}:${minute}`;
}

/** Every date and time in a text, longest first where two patterns overlap, in text order. */
export function findDates(text: string): Detail[] {
  const candidates: Detail[] = [];
  for (const { hint, pattern, key } of PATTERNS) {
    if (!hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = key(match);
      if (value === undefined) continue;
      const end = match.index + match[0].length;
      candidates.push({ kind: "date", key: value, text: match[0], start: match.index, end });
    }
  }
  return claimSpans(candidates);
}

/** How fine a date key is: values of two grains never conflict ("Tuesday" and "8 October" may be one day). */
export type DateGrain = "weekday" | "day" | "month" | "year" | "time" | "other";

/** The weekdays' keys ("monday" … "sunday"). */
export const WEEKDAY_KEYS: ReadonlySet<string> = new Set(WEEKDAY.toLowerCase().split("|"));

/** The grain of a key `findDates` gave. */
export function dateGrain(key: string): DateGrain {
  if (WEEKDAY_KEYS.has(key)) return "weekday";
  if (/^(?:\d{4}-)?\d{2}-\d{2}$/u.test(key)) return "day";
  if (/^\d{4}-\d{2}$/u.test(key) || (MONTH_NAMES as readonly string[]).includes(key)) return "month";
  if (/^\d{4}$/u.test(key)) return "year";
  if (/^\d{2}:\d{2}$/u.test(key)) return "time";
  return "other";
}
