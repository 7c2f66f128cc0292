/**
 * The steps of a search, over any source of word indexes and records: people
 * (names and aliases) decide whom the query is about, claims are found by
 * their words, and rank.ts merges them so a person query lists the person,
 * then every claim involving them. The whole-payload engine
 * (yardstick/engine.ts) runs the steps in one go; the sharded engine
 * (browser/sharded-engine.ts) loads what each step needs between them. Runs
 * in the browser and in tests (no DOM).
 */
import Fuse from "fuse.js/basic";
import { FUSE_OPTIONS } from "./keys.ts";
import type { NormalizedQuery } from "./query.ts";
import { detectPeople, mergeReranked, rankClaims, type Hit, type RankedClaim } from "./rank.ts";
import type { SerializedIndex } from "./types.ts";
import { matchWord, PREFIX_PENALTY } from "./vocabulary.ts";
import { findCandidates, type Candidate, type WordIndex } from "./word-index.ts";

/**
 * How many of the best candidate claims Fuse scores again per query (on the
 * indexed fields; quotes weigh least and are not among them): phrase- and
 * field-length-aware order where it shows, the top of the list, at a
 * bounded cost.
 */
export const RERANK_LIMIT = 20;

/** Everything a query found, ready to render. */
export interface SearchResults {
  readonly query: NormalizedQuery;
  /** People the query names (detected), then people matched otherwise (e.g. by role). */
  readonly people: readonly PersonResult[];
  readonly reports: readonly Hit[];
  readonly claims: readonly RankedClaim[];
  /** Folded strings to mark in quotes: the query, its words and the detected people's names. */
  readonly terms: readonly string[];
}

/** A person hit; `detected` when the query names them (then all their claims are listed). */
export interface PersonResult extends Hit {
  readonly detected: boolean;
}

/** What the steps read. The sharded engine fills `claims`, `reports` and the records as it loads them. */
export interface SearchSource {
  readonly people: WordIndex;
  readonly claims: WordIndex;
  readonly reports: WordIndex;
  /** Bit of the people index's "names" key. */
  readonly namesKey: number;
  /** Folded name and aliases of each person. */
  readonly personNames: readonly (readonly string[])[];
  /** Claims involving a person (SearchPerson.claims); must be loaded for detected people. */
  readonly personClaims: (person: number) => readonly number[];
  /** Keys of the claims' Fuse index. */
  readonly claimKeys: SerializedIndex["keys"];
  /** A claim's Fuse index record (`{ i, $ }`); must be loaded for the candidates Fuse re-scores. */
  readonly claimRecord: (claim: number) => unknown;
}

/** People a query names, and people it matches otherwise (by role). */
export interface Detected {
  readonly named: readonly Hit[];
  readonly other: readonly Hit[];
}

/** The empty result of a query too short to search. */
export const emptyResults = (query: NormalizedQuery): SearchResults => ({
  query,
  people: [],
  reports: [],
  claims: [],
  terms: [],
});

/** People every given word names; the rest of the people those words match (by role). */
function peopleFor(source: SearchSource, words: readonly string[]): { named: Hit[]; other: Hit[] } {
  const found = findCandidates(source.people, words);
  return {
    named: detectPeople(found.filter((hit) => hit.keys & source.namesKey)),
    other: found.filter((hit) => !(hit.keys & source.namesKey)),
  };
}

/** The whole query names someone, or else each longer word does ("Meloni Starmer"). */
export function detect(source: SearchSource, query: NormalizedQuery): Detected {
  const whole = peopleFor(source, query.words);
  if (whole.named.length > 0 || query.words.length < 2) return whole;
  const perWord = query.words.filter((word) => word.length >= 4).flatMap((word) => peopleFor(source, [word]).named);
  return { named: [...new Map(perWord.map((hit) => [hit.index, hit])).values()], other: whole.other };
}

/** Claims matching the query words (all of them, or else any), most relevant first. */
export const claimCandidates = (source: SearchSource, query: NormalizedQuery): Candidate[] =>
  findCandidates(source.claims, query.words, true);

/** The candidates Fuse scores again: the first RERANK_LIMIT. */
export const toRerank = (candidates: readonly Candidate[]): number[] =>
  candidates.slice(0, RERANK_LIMIT).map((hit) => hit.index);

/** Candidates with the best RERANK_LIMIT scored again by Fuse over those records only. */
export function rerank(source: SearchSource, query: NormalizedQuery, candidates: readonly Candidate[]): Hit[] {
  const top = toRerank(candidates).map(source.claimRecord);
  const index = Fuse.parseIndex<unknown>({ keys: source.claimKeys, records: top } as Parameters<
    typeof Fuse.parseIndex
  >[0]);
  // Fuse returns refIndex = the record's own `i`; the document list is never read (no includeMatches).
  const reranked = new Fuse<unknown>([], FUSE_OPTIONS, index)
    .search(query.text)
    .map((result) => ({ index: result.refIndex, score: result.score ?? 1 }));
  return mergeReranked(candidates, reranked);
}

/** Words of the claims that query words match only with a typo ("agred" → "agreed"), for marking. */
function typoWords(source: SearchSource, query: NormalizedQuery): string[] {
  const vocabulary = source.claims.vocabulary;
  return query.words
    .flatMap((word) => matchWord(vocabulary, word).filter((hit) => hit.score > PREFIX_PENALTY))
    .slice(0, 12)
    .flatMap((hit) => vocabulary.words[hit.index] ?? []);
}

/** Put the steps' findings together (detected people's claims must be loaded). */
export function finish(
  source: SearchSource,
  query: NormalizedQuery,
  detected: Detected,
  textHits: readonly Hit[],
): SearchResults {
  const { named, other } = detected;
  return {
    query,
    people: [...named.map((hit) => ({ ...hit, detected: true })), ...other.map((hit) => ({ ...hit, detected: false }))],
    reports: findCandidates(source.reports, query.words),
    claims: rankClaims(
      named.map((hit) => ({ index: hit.index, claims: source.personClaims(hit.index) })),
      textHits,
    ),
    terms: [
      ...new Set([
        query.text,
        ...named.flatMap((hit) => source.personNames[hit.index] ?? []),
        ...query.words.filter((word) => word.length >= 3),
        ...typoWords(source, query),
      ]),
    ],
  };
}
