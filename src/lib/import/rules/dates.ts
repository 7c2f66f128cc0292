/**
 * Explicit calendar dates as news copy writes them: "August 17, 2025",
 * "Aug. 17", "17 August 2025", "Sun 17 Aug 2025", "2025-08-17", and in
 * figures where their order is certain: "17.08.2025" (day first, as dots
 * write it), "2025/08/17", and "17/08/2025" or "08/17/2025" only when one
 * part cannot be a month ("08/07/2025" is either, so it is no date).
 *
 * Written here rather than taken from a date library (chrono-node and the
 * like) because those also read "Friday" or "last week" relative to today,
 * and an import must take only a date the text states outright.
 */
import { MONTH_ALTERNATION, monthNumber } from "../../text/months.ts";

/** A month name or abbreviation (with an optional full stop), as a regular-expression source. */
export const MONTH_PATTERN = String.raw`(?:${MONTH_ALTERNATION})\.?`;

/** A date in words or ISO form, as a regular-expression source (no capture groups). */
export const DATE_PATTERN = String.raw`(?:${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})`;

/** A date the text states; the year is missing from datelines such as "Aug 17". */
export interface StatedDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, "iu");
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})(?:,?\s+(\d{4})\b)?`, "iu");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/u;
/** A date in figures, as a regular-expression source (no capture groups): "17.08.2025", "2025/08/17", "17/08/2025". */
export const NUMERIC_DATE_PATTERN = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4})`;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/u;
const YEAR_FIRST = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/u;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/u;

/** "17/08/2025" is day first and "08/17/2025" month first; "08/07/2025" could be either, so it is no date. */
function slashedDate(first: number, second: number, year: number): StatedDate | undefined {
  if (first > 12 && second <= 12) return { year, month: second, day: first };
  if (second > 12 && first <= 12) return { year, month: first, day: second };
  return undefined;
}

/**
 * The first explicit date in a piece of text, checked to exist on the
 * calendar (no 31 June); a missing year is left out.
 */
export function findStatedDate(text: string): StatedDate | undefined {
  const candidates: { at: number; date: StatedDate }[] = [];
  const iso = ISO.exec(text);
  if (iso !== null) candidates.push({ at: iso.index, date: { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! } });
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay !== null) candidates.push({ at: monthDay.index, date: build(monthDay[1]!, monthDay[2]!, monthDay[3]) });
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth !== null) candidates.push({ at: dayMonth.index, date: build(dayMonth[2]!, dayMonth[1]!, dayMonth[3]) });
  const dotted = DOTTED.exec(text);
  if (dotted !== null)
    candidates.push({ at: dotted.index, date: { year: +dotted[3]!, month: +dotted[2]!, day: +dotted[1]! } });
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null) {
    candidates.push({
      at: yearFirst.index,
      date: { year: +yearFirst[1]!, month: +yearFirst[2]!, day: +yearFirst[3]! },
    });
  }
  const slashed = SLASHED.exec(text);
  const slashedParts = slashed === null ? undefined : slashedDate(+slashed[1]!, +slashed[2]!, +slashed[3]!);
  if (slashed !== null && slashedParts !== undefined) candidates.push({ at: slashed.index, date: slashedParts });
  const first = candidates.filter((candidate) => exists(candidate.date)).sort((a, b) => a.at - b.at)[0];
  return first?.date;
}

/** YYYY-MM-DD for a date with a year. */
export function isoDate(date: StatedDate & { year: number }): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

function build(month: string, day: string, year: string | undefined): StatedDate {
  const number = monthNumber(month);
  return { month: number, day: Number(day), ...(year === undefined ? {} : { year: Number(year) }) };
}

/** True when the day exists in that month (in a leap year when the year is unknown, so 29 Feb passes). */
function exists(date: StatedDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const year = date.year ?? 2024;
  return date.day <= new Date(Date.UTC(year, date.month, 0)).getUTCDate();
}
