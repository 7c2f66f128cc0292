/** Dates as readers expect them, independent of the build machine's locale and time zone. */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export const formatDate = (date: Date): string => DATE.format(date);

/** ISO day, for `<time datetime>`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const PLURAL = new Intl.PluralRules("en");

/**
 * A count and its noun, agreeing: "1 report", "2 reports", "0 claims".
 * @param many The plural when it is not `one` + "s" ("people").
 */
export const countOf = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${PLURAL.select(count) === "one" ? one : many}`;

/** "the 1 claim that involves it", "the 3 claims that involve them": a person's or place's page description. */
export const theClaimsInvolving = (count: number, whom: string): string =>
  `the ${countOf(count, "claim")} that ${count === 1 ? "involves" : "involve"} ${whom}`;

/** Longest `<title>` we emit: search results and tabs cut longer ones anyway. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: "Page · Site" when it fits, else the page's own words,
 * shortened at a word boundary with an ellipsis. Headings and social cards
 * keep the full text; only `<title>` is shortened.
 */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const suffixed = `${title} · ${siteName}`;
  if (suffixed.length <= max) return suffixed;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), Math.floor(max / 2)));
  return `${atWord.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
