import { MONTH_PATTERN, NUMERIC_DATE_PATTERN } from "./dates.ts";
import type { LineRule } from "./line-rule.ts";

/** Words that open a timestamp line. */
const KEYWORD = String.raw`(?:(?:Last|First)\s+)?(?:Updated|Published|Posted|Modified)(?:\s+on)?`;

/** Weekdays, full or abbreviated. */
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday)?\.?`;

/** Time zones news sites print after a time. */
const ZONE = String.raw`(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|BST|CEST|CET|EEST|EET|MSK|EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|IST|JST|AEST|AEDT|Z)`;

/** A clock time: "10:42", "10.42", "9 a.m.", "10:42 AM", "10:42:07". */
const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)`;

/** "2025-08-17T10:42:00Z" and friends. */
const ISO_DATE_TIME = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

/** Relative stamps: "2 hours ago", "35 min ago". */
const AGO = String.raw`\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago`;

/** Every token a timestamp line may consist of, besides separators. */
const TOKEN = new RegExp(
  [
    KEYWORD,
    AGO,
    ISO_DATE_TIME,
    NUMERIC_DATE_PATTERN,
    TIME,
    WEEKDAY,
    MONTH_PATTERN,
    ZONE,
    String.raw`\d{1,4}(?:st|nd|rd|th)?`,
    "at",
    "on",
  ]
    .map((source) => `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`)
    .join("|"),
  "giu",
);

/** A date or time proper, not just a number: at least one is required. */
const DATE_OR_TIME = new RegExp(
  `${ISO_DATE_TIME}|${NUMERIC_DATE_PATTERN}|${TIME}|${AGO}|(?<![\\p{L}])${MONTH_PATTERN}(?![\\p{L}])`,
  "iu",
);

/** Separators between the parts of a timestamp: "Published 9:05 AM EDT, Sun August 17, 2025 | Updated …". */
const SEPARATORS = /^[\s|·•,–—\-/:()]*$/u;

/**
 * True when the line is a timestamp: optionally "Updated", "Published",
 * "Posted" …, then nothing but dates, times, weekdays and time zones.
 * "Updated guidance was published on 17 August" has other words, so it stays.
 */
export function isTimestamp(line: string): boolean {
  if (!DATE_OR_TIME.test(line)) return false;
  return SEPARATORS.test(line.replace(TOKEN, ""));
}

/** True for a timestamp saying when the report was first published (not updated). */
export function isPublicationStamp(line: string): boolean {
  return /^(?:First\s+)?(?:Published|Posted)\b/iu.test(line);
}

/** True for a timestamp of a later update. */
export function isUpdateStamp(line: string): boolean {
  return /^(?:Last\s+)?(?:Updated|Modified)\b/iu.test(line);
}

/** Reason recorded for timestamps; the date is looked for in the lines removed with it. */
export const TIMESTAMP_REASON = "timestamp";

/** "Updated/Published …" timestamps and bare date-time lines. */
export const TIMESTAMP_RULES: readonly LineRule[] = [
  {
    name: "timestamp",
    reason: TIMESTAMP_REASON,
    description:
      'A line of only dates and times, optionally opened by "Updated", "Published" or "Posted"; it may give the publication date.',
    examples: [
      "Updated 10:42 AM GMT+2, August 17, 2025",
      "Published 9:05 AM EDT, Sun August 17, 2025 | Updated 2 hours ago",
      "Published: 17 Aug 2025 08:15 BST",
      "Last updated on August 17, 2025 at 10:42 a.m. ET",
      "Sunday 17 August 2025",
      "2025-08-17T10:42:00Z",
      "Updated 35 min ago",
      "Published: 17.08.2025, 19:43",
      "Last updated 2025/08/17",
    ],
    keeps: [
      "Updated guidance was published on 17 August.",
      "Published in 1998, the book was banned.",
      "2025",
      "Posted to Telegram at 10:42, the video spread fast.",
    ],
    matches: isTimestamp,
  },
];
