import { findStatedDate, isoDate } from "./rules/dates.ts";
import type { Dateline } from "./rules/datelines.ts";
import { isPublicationStamp, isUpdateStamp } from "./rules/timestamps.ts";

/** Where a publication date was read in the text. */
export interface DateEvidence {
  readonly kind: "dateline" | "timestamp";
  /** The dateline or timestamp line, verbatim. */
  readonly text: string;
}

/** What the text says about its date. */
export type StatedPublication =
  | { readonly kind: "date"; readonly date: string; readonly from: DateEvidence }
  /** A dateline with day and month but no year, and no timestamp to complete it. */
  | { readonly kind: "no-year"; readonly dateline: string }
  | { readonly kind: "none" };

/**
 * The publication date the text states, from the best evidence first,
 * among the timestamps the page states (alone, glued to other widgets, or
 * after a byline) and the dateline:
 * 1. a "Published"/"Posted" timestamp;
 * 2. a dateline with a full date;
 * 3. a bare timestamp;
 * 4. an "Updated" timestamp (later than publication, but on a wire story
 *    usually the same day, and better than nothing; the front matter says so).
 */
export function statedPublication(stamps: readonly string[], dateline: Dateline | undefined): StatedPublication {
  const ranked: DateEvidence[] = [
    ...stamps.filter(isPublicationStamp).map((text) => ({ kind: "timestamp" as const, text })),
    ...(dateline === undefined ? [] : [{ kind: "dateline" as const, text: dateline.text }]),
    ...stamps
      .filter((text) => !isPublicationStamp(text) && !isUpdateStamp(text))
      .map((text) => ({ kind: "timestamp" as const, text })),
    ...stamps.filter(isUpdateStamp).map((text) => ({ kind: "timestamp" as const, text })),
  ];
  for (const evidence of ranked) {
    const date = findStatedDate(evidence.text);
    if (date?.year !== undefined) return { kind: "date", date: isoDate({ ...date, year: date.year }), from: evidence };
  }
  if (dateline?.date !== undefined) return { kind: "no-year", dateline: dateline.text };
  return { kind: "none" };
}
