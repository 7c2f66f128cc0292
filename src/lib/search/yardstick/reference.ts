/**
 * The plain Fuse design, kept as a yardstick for tests and the benchmark:
 * one Fuse instance over every claim field, quotes included, scanning every
 * record per query. The engine's word index must find at least what this
 * finds, far faster (see word-index.ts).
 */
import Fuse from "fuse.js/basic";
import { searchText } from "../shared/fold.ts";
import { normalizeQuery } from "../shared/query.ts";
import { CLAIM_KEYS, FUSE_OPTIONS, QUOTE_WEIGHT } from "../shared/keys.ts";
import type { SearchPayload } from "../shared/types.ts";
import { valueOf } from "../shared/fuse-record.ts";

/** A word a full scan found for a query word, with Fuse's score (0 = the word itself). */
export interface WordFound {
  readonly word: string;
  readonly score: number;
}

/** Fuse over all claim fields of a payload (the index records plus the folded quotes). */
export function fullScanFuse(payload: SearchPayload): Fuse<Record<string, unknown>> {
  const parsed = Fuse.parseIndex<Record<string, unknown>>(
    payload.index.claims as Parameters<typeof Fuse.parseIndex>[0],
  );
  const documents = payload.claims.map((claim, index) => {
    const record: Record<string, unknown> = { quotes: claim.quotes.map((quote) => searchText(quote.text)) };
    CLAIM_KEYS.forEach((key, position) => (record[key.name] = valueOf(parsed.records[index]?.$?.[position])));
    return record;
  });
  const keys = [...CLAIM_KEYS, { name: "quotes", weight: QUOTE_WEIGHT }].map((key) => ({ ...key }));
  return new Fuse(documents, { ...FUSE_OPTIONS, keys }, Fuse.createIndex(keys, documents));
}

/**
 * The word index's yardstick: claims containing, for every query word (or,
 * when none has them all, for any), a word that Fuse finds by scanning every
 * distinct word of every claim field, quotes included. No bigram shortcut and
 * no postings: what the engine must find at least. (A scan of whole fields,
 * fullScanFuse, also matches across word boundaries — "tuquidro" in
 * "T. Quidrobor" — which a word index does not, by design.)
 *
 * `within`, given a query word and every word Fuse finds for it (with its
 * score), returns the words to keep, or undefined to keep them all: the
 * engine stands a query word for its closest MATCH_LIMIT words
 * (vocabulary.ts), so for a word that begins or nearly spells more, the
 * yardstick is the claims of those words. The caller decides which are
 * closest, so a test can rank them without the engine's own code.
 */
export function fullWordScan(
  payload: SearchPayload,
  within?: (queryWord: string, found: readonly WordFound[]) => ReadonlySet<string> | undefined,
): (query: string) => number[] {
  const scan = fullScanFuse(payload);
  const claimsOf = new Map<string, Set<number>>();
  scan.getIndex().docs.forEach((document, claim) => {
    for (const value of Object.values(document as Record<string, string | string[]>))
      for (const text of [value].flat())
        for (const word of text.split(" "))
          if (word !== "") claimsOf.set(word, (claimsOf.get(word) ?? new Set()).add(claim));
  });
  const words = new Fuse([...claimsOf.keys()], FUSE_OPTIONS);
  return (query) => {
    const perWord = normalizeQuery(query).words.map((word) => {
      const all = words.search(word).map((result) => ({ word: result.item, score: result.score ?? 1 }));
      const kept = within?.(word, all);
      const found = all.filter((result) => kept === undefined || kept.has(result.word));
      return new Set(found.flatMap((result) => [...(claimsOf.get(result.word) ?? [])]));
    });
    const all = [...(perWord[0] ?? [])].filter((claim) => perWord.every((claims) => claims.has(claim)));
    return all.length > 0 ? all : [...new Set(perWord.flatMap((claims) => [...claims]))];
  };
}
