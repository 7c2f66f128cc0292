/**
 * What the sharded engine searches with, from the vocabulary: the people's
 * word index (complete), and word indexes of claims and reports whose
 * postings arrive shard by shard (claims' Fuse records come from their
 * fields files, claim-fields.ts).
 */
import Fuse from "fuse.js/basic";
import type { SearchSource } from "../shared/core.ts";
import { searchText } from "../shared/fold.ts";
import { CLAIM_KEYS, PERSON_KEYS, QUOTE_WEIGHT, REPORT_KEYS } from "../shared/keys.ts";
import { CLAIM_KEY_BITS, REPORT_KEY_BITS, shardRange, unpackPostings } from "../shared/shard-codec.ts";
import type { PostingsShard, SearchVocabulary } from "../shared/shard-types.ts";
import { buildVocabulary, MATCH_LIMIT, type Vocabulary } from "../shared/vocabulary.ts";
import { buildWordIndex, type WordIndex } from "../shared/word-index.ts";

/** Word indexes over the vocabulary: people complete, claims and reports filled shard by shard. */
export function vocabularySource(vocabulary: SearchVocabulary): {
  words: Vocabulary;
  search: Omit<SearchSource, "personClaims" | "claimRecord">;
  fill: (k: number, shard: PostingsShard) => void;
} {
  const folded = vocabulary.people.map((person) => ({
    names: [person.name, ...person.aliases].map(searchText),
    role: searchText(person.role),
  }));
  const keysOf = (keys: readonly { name: string; weight: number }[]) =>
    Fuse.createIndex(
      keys.map((key) => ({ ...key })),
      [],
    ).toJSON().keys;
  const peopleIndex = Fuse.createIndex(
    PERSON_KEYS.map((key) => ({ ...key })),
    folded,
  ).toJSON();
  const claimKeys = keysOf(CLAIM_KEYS);
  const words = buildVocabulary(vocabulary.words);
  const empty = (weights: readonly number[], size: number): WordIndex & { records: number[][]; keys: number[][] } => ({
    vocabulary: words,
    records: [],
    keys: [],
    weights,
    size,
    matchLimit: MATCH_LIMIT,
  });
  const claims = empty([...claimKeys.map((key) => key.weight), QUOTE_WEIGHT], vocabulary.statuses.length);
  const reports = empty(
    keysOf(REPORT_KEYS).map((key) => key.weight),
    vocabulary.reportCount,
  );
  return {
    words,
    search: {
      people: buildWordIndex(
        peopleIndex.records,
        peopleIndex.keys.map((key) => key.weight),
      ),
      claims,
      reports,
      namesKey: 1 << peopleIndex.keys.findIndex((key) => key.id === "names"),
      personNames: folded.map((person) => person.names),
      claimKeys,
    },
    fill: (k, shard) => {
      const [start] = shardRange(vocabulary, k);
      shard.c.forEach((packed, n) => {
        const unpacked = unpackPostings(packed, CLAIM_KEY_BITS);
        claims.records[start + n] = unpacked.records;
        claims.keys[start + n] = unpacked.keys;
      });
      shard.r.forEach((packed, n) => {
        const unpacked = unpackPostings(packed, REPORT_KEY_BITS);
        reports.records[start + n] = unpacked.records;
        reports.keys[start + n] = unpacked.keys;
      });
    },
  };
}
