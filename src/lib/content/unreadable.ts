/**
 * Ids per collection of content files that exist but could not be read or
 * validated. Their own problems are reported where they were read; the
 * model does not report references to them again as "unknown".
 */
export interface Unreadable {
  readonly stories: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();

/** Content read in full: nothing unreadable. */
export const NOTHING_UNREADABLE: Unreadable = { stories: none, articles: none, claims: none, people: none, places: none };
