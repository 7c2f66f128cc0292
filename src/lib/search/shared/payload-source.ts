/**
 * What core.ts searches, built from a whole payload: word indexes from its
 * Fuse records. The build shards them (build/shard-build.ts); the whole-payload
 * yardstick searches them in memory (yardstick/engine.ts).
 */
import type { SearchSource } from "./core.ts";
import { searchText } from "./fold.ts";
import { QUOTE_WEIGHT } from "./keys.ts";
import type { SearchPayload, SerializedIndex } from "./types.ts";
import { buildVocabulary, MATCH_LIMIT } from "./vocabulary.ts";
import { buildWordIndex, onVocabulary, type ExtraField, type WordIndex } from "./word-index.ts";

/** Everything core.ts reads, from a whole payload. */
export function payloadSource(payload: SearchPayload): SearchSource {
  // Quotes are folded here from their display copy (see QUOTE_WEIGHT).
  const claims = wordIndex(payload.index.claims, {
    weight: QUOTE_WEIGHT,
    values: (record) => payload.claims[record]?.quotes.map((quote) => searchText(quote.text)) ?? [],
  });
  const reports = wordIndex(payload.index.reports);
  const shared = buildVocabulary(new Set([...claims.vocabulary.words, ...reports.vocabulary.words]));
  return {
    people: wordIndex(payload.index.people),
    claims: onVocabulary(claims, shared, MATCH_LIMIT),
    reports: onVocabulary(reports, shared, MATCH_LIMIT),
    namesKey: 1 << payload.index.people.keys.findIndex((key) => key.id === "names"),
    personNames: payload.people.map((person) => [person.name, ...person.aliases].map(searchText)),
    personClaims: (person) => payload.people[person]?.claims ?? [],
    claimKeys: payload.index.claims.keys,
    claimRecord: (claim) => payload.index.claims.records[claim],
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
