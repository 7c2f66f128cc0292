/**
 * The query normaliser: the same fold as the index (searchText), a length cap
 * (Fuse's bitap search is linear in pattern length, and nobody types 200
 * characters into a site search), and the words used for highlighting.
 */
import { searchText } from "./fold.ts";

/** Longest query searched; the rest is ignored. */
export const MAX_QUERY_LENGTH = 80;

/** Shortest folded query that searches at all: one letter matches everything. */
export const MIN_QUERY_LENGTH = 2;

export interface NormalizedQuery {
  /** What the reader typed, trimmed and capped. */
  readonly raw: string;
  /** The folded query, compared with the folded index. */
  readonly text: string;
  /** Distinct folded words of two or more characters, in the order typed. */
  readonly words: readonly string[];
  /** False when the query is too short to search. */
  readonly searchable: boolean;
}

/** Fold a typed query for searching ("  Zelenskyj’s " → "zelenskyjs"). */
export function normalizeQuery(input: string): NormalizedQuery {
  const raw = input.trim().slice(0, MAX_QUERY_LENGTH);
  const text = searchText(raw);
  const words = [...new Set(text.split(" "))].filter((word) => word.length >= MIN_QUERY_LENGTH);
  return { raw, text, words, searchable: text.length >= MIN_QUERY_LENGTH };
}
