import stopwordsEn from "stopwords-en/stopwords-en.json" with { type: "json" };

/**
 * Names that are also ordinary words. The mention counter matches names on
 * word boundaries, so an alias "May" counts the month, "A" the article in
 * "A deal followed.", "Will" the verb at the start of a sentence: mentions
 * credited to a person or place that the text never names.
 */

/** stopwords-en: a maintained list of 1 298 common English words ("may", "will", "new", "states"). */
const COMMON_WORDS: ReadonlySet<string> = new Set(stopwordsEn as string[]);

/** English month and weekday names, long and short ("March", "Mar", "Sunday", "Sun"), from the platform's calendar. */
function calendarNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const month of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat("en", { month, timeZone: "UTC" });
    for (let m = 0; m < 12; m++) names.set(format.format(Date.UTC(2025, m, 1)).toLowerCase(), "a month");
  }
  for (const weekday of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat("en", { weekday, timeZone: "UTC" });
    // 5–11 January 2025 run from Sunday to Saturday.
    for (let d = 5; d < 12; d++) names.set(format.format(Date.UTC(2025, 0, d)).toLowerCase(), "a weekday");
  }
  return names;
}
const CALENDAR = calendarNames();

/**
 * Why `name` is also an ordinary word ("a month", "a weekday", "a common
 * English word", "a single letter"), or undefined when it is not. An
 * acronym in capitals ("US", "EU") is not the word it spells: names are
 * matched with their capitals, so "US" never counts "us".
 */
export function ordinaryWordIn(name: string): string | undefined {
  const letters = name.match(/\p{L}/gu) ?? [];
  if (letters.length === 1) return "a single letter";
  const lower = name.toLowerCase();
  const calendar = CALENDAR.get(lower);
  if (calendar !== undefined) return calendar;
  const isAcronym = letters.length > 1 && name === name.toUpperCase();
  if (!isAcronym && COMMON_WORDS.has(lower)) return "a common English word";
  return undefined;
}
