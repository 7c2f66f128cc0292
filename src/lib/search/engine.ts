/**
 * Search over a payload, in two stages: people (names and aliases) decide
 * whom the query is about, and claims are found by their words; rank.ts
 * merges them so a person query lists the person, then every claim involving
 * them. Candidates come from word indexes built from the Fuse records
 * (word-index.ts); Fuse scores the best of them. Runs in the browser and in
 * tests alike (no DOM).
 */
import Fuse from "fuse.js/basic";
import { searchText } from "./fold.ts";
import { FUSE_OPTIONS, QUOTE_WEIGHT } from "./keys.ts";
import { normalizeQuery, type NormalizedQuery } from "./query.ts";
import { detectPeople, mergeReranked, rankClaims, type Hit, type RankedClaim } from "./rank.ts";
import type { SearchClaim, SearchPayload, SerializedIndex } from "./types.ts";
import { matchWord, PREFIX_PENALTY } from "./vocabulary.ts";
import { buildWordIndex, findCandidates, type ExtraField, type WordIndex } from "./word-index.ts";

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

export interface SearchEngine {
  readonly payload: SearchPayload;
  search: (input: string) => SearchResults;
}

/** Prepare a payload for searching: word indexes from its Fuse records (no re-indexing by Fuse). */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const people = wordIndex(payload.index.people);
  // Quotes are folded here from their display copy (see QUOTE_WEIGHT).
  const claims = wordIndex(payload.index.claims, {
    weight: QUOTE_WEIGHT,
    values: (record) => payload.claims[record]?.quotes.map((quote) => searchText(quote.text)) ?? [],
  });
  const reports = wordIndex(payload.index.reports);
  const namesKey = 1 << payload.index.people.keys.findIndex((key) => key.id === "names");
  const personNames = payload.people.map((person) => [person.name, ...person.aliases].map(searchText));

  /** People every given word names; the rest of the people those words match (by role). */
  const peopleFor = (words: readonly string[]): { named: Hit[]; other: Hit[] } => {
    const found = findCandidates(people, words);
    return {
      named: detectPeople(found.filter((hit) => hit.keys & namesKey)),
      other: found.filter((hit) => !(hit.keys & namesKey)),
    };
  };

  /** The whole query names someone, or else each longer word does ("Meloni Starmer"). */
  const detect = (query: NormalizedQuery): { named: Hit[]; other: Hit[] } => {
    const whole = peopleFor(query.words);
    if (whole.named.length > 0 || query.words.length < 2) return whole;
    const perWord = query.words.filter((word) => word.length >= 4).flatMap((word) => peopleFor([word]).named);
    return { named: [...new Map(perWord.map((hit) => [hit.index, hit])).values()], other: whole.other };
  };

  /** Claims by their words, the best RERANK_LIMIT scored again by Fuse over those records only. */
  const claimHits = (query: NormalizedQuery): Hit[] => {
    const candidates = findCandidates(claims, query.words, true);
    const top = candidates.slice(0, RERANK_LIMIT).map((hit) => payload.index.claims.records[hit.index]);
    const index = Fuse.parseIndex<SearchClaim>({ keys: payload.index.claims.keys, records: top } as Parameters<
      typeof Fuse.parseIndex
    >[0]);
    const reranked = new Fuse(payload.claims, FUSE_OPTIONS, index)
      .search(query.text)
      .map((result) => ({ index: result.refIndex, score: result.score ?? 1 }));
    return mergeReranked(candidates, reranked);
  };

  /** Words of the claims that query words match only with a typo ("agred" → "agreed"), for marking. */
  const typoWords = (query: NormalizedQuery): string[] =>
    query.words
      .flatMap((word) => matchWord(claims.vocabulary, word).filter((hit) => hit.score > PREFIX_PENALTY))
      .slice(0, 12)
      .flatMap((hit) => claims.vocabulary.words[hit.index] ?? []);

  return {
    payload,
    search: (input) => {
      const query = normalizeQuery(input);
      if (!query.searchable || query.words.length === 0)
        return { query, people: [], reports: [], claims: [], terms: [] };
      const { named, other } = detect(query);
      const ranked = rankClaims(
        named.map((hit) => ({ index: hit.index, claims: payload.people[hit.index]?.claims ?? [] })),
        claimHits(query),
      );
      return {
        query,
        people: [
          ...named.map((hit) => ({ ...hit, detected: true })),
          ...other.map((hit) => ({ ...hit, detected: false })),
        ],
        reports: findCandidates(reports, query.words),
        claims: ranked,
        terms: [
          ...new Set([
            query.text,
            ...named.flatMap((hit) => personNames[hit.index] ?? []),
            ...query.words.filter((word) => word.length >= 3),
            ...typoWords(query),
          ]),
        ],
      };
    },
  };
}

/** A word index over one serialised Fuse index. */
function wordIndex(index: SerializedIndex, extra?: ExtraField): WordIndex {
  return buildWordIndex(
    index.records,
    index.keys.map((key) => key.weight),
    extra,
  );
}
