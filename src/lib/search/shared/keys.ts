/**
 * Fuse keys and options, shared by the build (which writes the index) and the
 * browser (which reads it), so weights and thresholds cannot drift apart.
 */
import type { IFuseOptions } from "fuse.js/basic";

/**
 * Claim fields by weight: a hit in the title or on a person's name outranks
 * one inside a long quote. Fuse also lowers scores in long fields (field norm).
 */
export const CLAIM_KEYS = [
  { name: "title", weight: 3 },
  { name: "people", weight: 3 },
  { name: "topic", weight: 2 },
  { name: "places", weight: 1.5 },
  { name: "note", weight: 1 },
  { name: "summaries", weight: 1 },
] as const;

/**
 * Weight of the quotes, the lightest field. Quotes are not in the Fuse index:
 * records carry them exact for display, and their folded words go into the
 * word index (payload-source.ts; the build's postings shards). A folded
 * second copy would be the largest part of a record and compresses badly
 * against the first; Fuse would only use it to re-rank, where quotes weigh
 * least anyway.
 */
export const QUOTE_WEIGHT = 0.5;

/** Person fields: names decide; the role only breaks ties and finds "president". */
export const PERSON_KEYS = [
  { name: "names", weight: 3 },
  { name: "role", weight: 0.5 },
] as const;

/** Report fields: outlet and headline. */
export const REPORT_KEYS = [
  { name: "outlet", weight: 2 },
  { name: "title", weight: 1 },
] as const;

/**
 * Options for every Fuse instance. `ignoreLocation` because a name may stand
 * anywhere in a quote. A threshold of 0.2 allows no typo up to four letters,
 * one in five to nine ("Melonni"), two from ten: enough for a slip, too little
 * for "Dahl" to match "daily". Everything is folded already, so comparing
 * case-sensitively skips Fuse's own lower-casing. Match positions are not
 * asked for (no includeMatches, no minMatchCharLength): computing them costs a
 * buffer per string, and browser/highlight.ts marks quotes itself.
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  includeMatches: false,
  ignoreLocation: true,
  threshold: 0.2,
  isCaseSensitive: true,
} as const satisfies IFuseOptions<unknown>;

/** Best person score (0 = exact) that makes a query "about" that person. */
export const PERSON_THRESHOLD = 0.2;
