/**
 * A synthetic search index of thousands of claims (the benchmark's seeded
 * generator), the plain Fuse scan every engine must find at least as much
 * as, and queries with many near-ties: names and aliases shared by dozens of
 * claims, their typos, and words most claims contain. An engine that kept
 * only its best RERANK_LIMIT candidates would miss claims on every one.
 */
import { syntheticSite } from "../../../scripts/bench/search-synthetic.ts";
import { buildSearchDocuments } from "../../../src/lib/search/build/documents.ts";
import { payloadSource } from "../../../src/lib/search/shared/payload-source.ts";
import { fullWordScan } from "../../../src/lib/search/yardstick/reference.ts";
import { toSearchPayload } from "../../../src/lib/search/build/serialize.ts";
import type { SearchPayload } from "../../../src/lib/search/shared/types.ts";
import { MATCH_LIMIT, matchWord } from "../../../src/lib/search/shared/vocabulary.ts";

/** Claims in the synthetic index: enough for near-ties, few enough for a full scan per query in a test. */
export const SYNTHETIC_CLAIMS = 2_000;

/** The synthetic payload and the queries of the proof. */
export function syntheticSearch(): { payload: SearchPayload; queries: string[] } {
  const site = syntheticSite(SYNTHETIC_CLAIMS);
  const payload = toSearchPayload(buildSearchDocuments(site));
  const people = [...site.people.values()].slice(0, 3);
  const slip = (word: string): string => word.slice(0, -1) + word.slice(-2);
  const queries = [
    ...people.flatMap((person) => [person.aliases[0] ?? person.name, slip(person.aliases[0] ?? person.name)]),
    people[0]?.name ?? "",
    "ceasefire",
    "agred",
    "velnad",
  ];
  return { payload, queries };
}

/**
 * Claim indices a full Fuse scan of every word of every claim finds for each
 * query (see fullWordScan); for a query word that matches more than
 * MATCH_LIMIT words, through the closest MATCH_LIMIT only, the words the
 * engine stands it for.
 */
export function fullScanHits(payload: SearchPayload, queries: readonly string[]): Map<string, number[]> {
  const { vocabulary } = payloadSource(payload).claims;
  const within = (word: string): ReadonlySet<string> | undefined =>
    matchWord(vocabulary, word).length > MATCH_LIMIT
      ? new Set(matchWord(vocabulary, word, MATCH_LIMIT).map((hit) => vocabulary.words[hit.index] ?? ""))
      : undefined;
  const scan = fullWordScan(payload, within);
  return new Map(queries.map((query) => [query, scan(query)]));
}
