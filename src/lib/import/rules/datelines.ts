import { DATE_PATTERN, findStatedDate, type StatedDate } from "./dates.ts";

/** Upper-case place, possibly of several words: "KYIV", "NEW YORK", "SAN SEBASTIÁN". */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]*)*`;

/** Capitalised place, allowed only before a news agency or a date: "Kyiv (AFP)". */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;

/** Region after the place: "KYIV, Ukraine (AP)". */
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,2}`;

/** The agency in brackets: "(Reuters)", "(AP)", "(AFP)". */
const AGENCY = String.raw`\((?<agency>\p{Lu}[\p{L}&. ]{0,30})\)`;

/**
 * A dateline: place, optional region and date, optional agency, then a
 * dash. An upper-case place needs nothing more; a capitalised one needs an
 * agency or a date, so "Zelenskyy — who…" is not a dateline.
 */
const DATELINE = new RegExp(
  String.raw`^(?:(?<caps>${CAPS_PLACE})|(?<place>${PLACE}))(?:,\s*(?<region>${REGION}))?(?:,?\s*(?<date>${DATE_PATTERN}))?\s*(?:${AGENCY})?\s*[-–—]{1,2}(?=\s)`,
  "u",
);

/** Longest dateline, in characters. */
const MAX_DATELINE_LENGTH = 80;

/** The dateline opening a first paragraph. */
export interface Dateline {
  /** Verbatim, with its dash: "KYIV, Aug 17 (Reuters) -". */
  readonly text: string;
  /** The agency it names, if any: "Reuters". */
  readonly agency?: string;
  /** The date it states, if any (often without a year). */
  readonly date?: StatedDate;
}

/**
 * The dateline at the start of the first paragraph, if any:
 * "KYIV, Aug 17 (Reuters) - Russia said…", "KYIV, Ukraine (AP) — …",
 * "WASHINGTON, Aug. 17, 2025 — …". The paragraph itself is kept whole.
 */
export function findDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (match === null || match[0].length > MAX_DATELINE_LENGTH) return undefined;
  const groups = match.groups ?? {};
  const agency = groups["agency"]?.trim();
  const dateText = groups["date"];
  if (groups["caps"] === undefined && agency === undefined && dateText === undefined) return undefined;
  // A lone upper-case word of two letters ("US — …", "EU — …") is an acronym opening a sentence.
  if (groups["caps"] !== undefined && agency === undefined && dateText === undefined && groups["caps"].length < 3) {
    return undefined;
  }
  const date = dateText === undefined ? undefined : findStatedDate(dateText);
  return {
    text: match[0],
    ...(agency === undefined ? {} : { agency }),
    ...(date === undefined ? {} : { date }),
  };
}
