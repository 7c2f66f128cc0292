/**
 * The weekdays of a story's dates. One report writes "on Sunday", another
 * "on 3 June": without a year nothing says whether they are one day. But a
 * story is usually dated somewhere in full ("the night of Monday, 3 June"),
 * and one such anchor gives every date of the story its weekday, so "3 June"
 * meets "Monday" and differs from "Sunday".
 */
import type { UnitDetail } from "./features.ts";
import { dateGrain, WEEKDAY_KEYS } from "../dates.ts";

/** The weekdays in their cycle (Monday first): only the distance between two days counts. */
const WEEKDAYS = [...WEEKDAY_KEYS];
/** What may stand between a weekday and its date in one phrase: "Monday, 3 June", "Tuesday the 8th of October". */
const JOINER = /^,?\s*(?:the\s+)?$/u;
/** A year for keys that give none: a common year (day counts within one year never need a leap day). */
const SOME_YEAR = 2001;

const DAY_MS = 86_400_000;

/**
 * Day number of a "MM-DD" or "YYYY-MM-DD" key. Without a year of the anchor's
 * own, every date counts in one common year: a story happens within weeks.
 */
function dayNumber(key: string, anchorYear: number | undefined): number {
  const parts = key.split("-").map(Number);
  const [y, m, d] = parts.length === 3 ? parts : [anchorYear, ...parts];
  return Date.UTC(anchorYear === undefined ? SOME_YEAR : (y as number), (m as number) - 1, d as number) / DAY_MS;
}

/**
 * From the units' texts and date details, a function giving a day-of-month
 * key's weekday; undefined when the story has no anchor or its anchors
 * disagree (a typo in one report must not redate the others).
 */
export function storyCalendar(
  units: readonly { readonly text: string; readonly details: readonly UnitDetail[] }[],
): (key: string) => string | undefined {
  const anchors: { key: string; weekday: number }[] = [];
  for (const { text, details } of units) {
    const dates = details.filter((d) => d.kind === "date").sort((a, b) => a.start - b.start);
    dates.forEach((date, i) => {
      const next = dates[i + 1];
      if (next === undefined || dateGrain(date.key) !== "weekday" || dateGrain(next.key) !== "day") return;
      if (!JOINER.test(text.slice(date.end, next.start))) return;
      anchors.push({ key: next.key, weekday: WEEKDAYS.indexOf(date.key) });
    });
  }
  const first = anchors[0];
  if (first === undefined) return () => undefined;
  const year = /^\d{4}-/u.test(first.key) ? Number(first.key.slice(0, 4)) : undefined;
  const weekdayOf = (key: string) =>
    WEEKDAYS[(((first.weekday + dayNumber(key, year) - dayNumber(first.key, year)) % 7) + 7) % 7] as string;
  if (anchors.some((a) => weekdayOf(a.key) !== WEEKDAYS[a.weekday])) return () => undefined;
  return (key) => (dateGrain(key) === "day" ? weekdayOf(key) : undefined);
}

/**
 * The details with, beside each date of a month whose weekday the calendar
 * knows, that weekday as a date of its own (same words, same slot): status
 * and differences then compare it with the weekdays other reports give.
 */
export function withWeekdays(
  details: readonly UnitDetail[],
  weekdayOf: (key: string) => string | undefined,
): UnitDetail[] {
  return details.flatMap((detail) => {
    const weekday = detail.kind === "date" ? weekdayOf(detail.key) : undefined;
    if (weekday === undefined || details.some((d) => d.kind === "date" && d.key === weekday)) return [detail];
    return [detail, { ...detail, key: weekday }];
  });
}
