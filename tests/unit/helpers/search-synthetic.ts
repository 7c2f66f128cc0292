/**
 * A synthetic search index of thousands of claims (the benchmark's seeded
 * generator), the plain Fuse scan every engine must find at least as much
 * as, and queries with many near-ties: names and aliases shared by dozens of
 * claims, their typos, and words most claims contain. An engine that kept
 * only its best RERANK_LIMIT candidates would miss claims on every one.
 */
import { syntheticSite } from "../../../scripts/bench/search-synthetic.ts";
import { buildSearchDocuments } from "../../../src/lib/search/build/documents.ts";
import { fullWordScan, type WordFound } from "../../../src/lib/search/yardstick/reference.ts";
import { toSearchPayload } from "../../../src/lib/search/build/serialize.ts";
import type { SearchPayload } from "../../../src/lib/search/shared/types.ts";
import { MATCH_LIMIT } from "../../../src/lib/search/shared/vocabulary.ts";

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
 * The words a query word stands for, as the README states the rule, written
 * here without the engine's code (its matchWord): of the words a full Fuse
 * scan finds, all when there are at most MATCH_LIMIT, else the closest
 * MATCH_LIMIT — the word itself, then the words it begins, shortest first,
 * then the others, lowest Fuse score first; ties in alphabetical order.
 */
export function closestWords(queryWord: string, found: readonly WordFound[]): ReadonlySet<string> | undefined {
  if (found.length <= MATCH_LIMIT) return undefined;
  const tier = (word: string): number => (word === queryWord ? 0 : word.startsWith(queryWord) ? 1 : 2);
  const closeness = (hit: WordFound): number => (tier(hit.word) === 1 ? hit.word.length : hit.score);
  const ranked = [...found].sort(
    (a, b) =>
      tier(a.word) - tier(b.word) || closeness(a) - closeness(b) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
  return new Set(ranked.slice(0, MATCH_LIMIT).map((hit) => hit.word));
}

/**
 * Claim indices a full Fuse scan of every word of every claim finds for each
 * query (see fullWordScan), through the words each query word stands for
 * (closestWords).
 */
export function fullScanHits(payload: SearchPayload, queries: readonly string[]): Map<string, number[]> {
  const scan = fullWordScan(payload, closestWords);
  return new Map(queries.map((query) => [query, scan(query)]));
}
