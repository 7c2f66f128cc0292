/**
 * A word index over Fuse index records, so a query is compared with a few
 * candidates instead of every string of every record.
 *
 * Fuse's bitap search is linear in the text it scans and costs a few
 * microseconds per string: over 10 000 synthetic claims (some 15 MB of
 * folded text) one query takes about a second. The word index finds the
 * records that contain a match for every query word (exact, prefix or typo,
 * see vocabulary.ts) in time proportional to those matches.
 */
import type { Hit } from "./rank.ts";
import { buildVocabulary, matchWord, type Vocabulary } from "./vocabulary.ts";

/** For each word of the vocabulary, the records containing it and in which keys. */
export interface WordIndex {
  readonly vocabulary: Vocabulary;
  /** `records[word]`: record indices, ascending. */
  readonly records: readonly (readonly number[])[];
  /** `keys[word][n]`: bit mask of the keys (by position) where word occurs in `records[word][n]`. */
  readonly keys: readonly (readonly number[])[];
  /** Weight of each key, by position. */
  readonly weights: readonly number[];
  /** One more than the highest record index. */
  readonly size: number;
  /** Words a query word stands for at most (vocabulary.ts MATCH_LIMIT); unlimited when absent. */
  readonly matchLimit?: number;
}

/** A record that matches the query words. */
export interface Candidate extends Hit {
  /** Sum over query words of the best key weight × match quality: how much the record is about the query. */
  readonly relevance: number;
  /** Keys (bit mask) in which every query word matched. */
  readonly keys: number;
  /** How many query words matched. */
  readonly matched: number;
}

/** A field indexed beside the Fuse keys: folded strings per record, and a weight. */
export interface ExtraField {
  readonly weight: number;
  readonly values: (record: number) => readonly string[];
}

/**
 * Index the words of Fuse index records (`FuseIndex.toJSON().records`) with
 * the keys' weights, plus an extra field (it takes the key position after
 * the last Fuse key).
 */
export function buildWordIndex(records: readonly unknown[], weights: readonly number[], extra?: ExtraField): WordIndex {
  let size = 0;
  const byWord = new Map<string, { records: number[]; keys: number[] }>();
  const add = (record: number, bit: number, text: string): void => {
    for (const word of text.split(" ")) {
      if (word === "") continue;
      let posting = byWord.get(word);
      if (posting === undefined) byWord.set(word, (posting = { records: [], keys: [] }));
      // Records arrive in order, so a repeat can only be the last entry.
      const last = posting.records.length - 1;
      if (posting.records[last] === record) posting.keys[last] = (posting.keys[last] ?? 0) | bit;
      else {
        posting.records.push(record);
        posting.keys.push(bit);
      }
    }
  };
  for (const record of records) {
    if (!isRecord(record)) continue;
    size = Math.max(size, record.i + 1);
    for (const [key, entry] of Object.entries(record.$)) {
      for (const { v } of Array.isArray(entry) ? entry : [entry]) add(record.i, 1 << Number(key), v);
    }
    for (const value of extra?.values(record.i) ?? []) add(record.i, 1 << weights.length, value);
  }
  const vocabulary = buildVocabulary(byWord.keys());
  const postings = vocabulary.words.map((word) => byWord.get(word) ?? { records: [], keys: [] });
  const allWeights = extra === undefined ? weights : [...weights, extra.weight];
  return {
    vocabulary,
    records: postings.map((p) => p.records),
    keys: postings.map((p) => p.keys),
    weights: allWeights,
    size,
  };
}

/**
 * Records matching every query word, most relevant first. With `orElseAny`,
 * when no record has them all, records matching any, most words first.
 *
 * Per-record tallies live in typed arrays and the final order is one native
 * numeric sort of packed keys: a broad query ("said") touches most records,
 * and object-per-record bookkeeping would cost more than the search.
 */
export function findCandidates(index: WordIndex, queryWords: readonly string[], orElseAny = false): Candidate[] {
  const size = index.size;
  const matched = new Uint8Array(size);
  const relevance = new Float64Array(size);
  const scoreSum = new Float64Array(size);
  const keys = new Int32Array(size).fill(-1);
  const touched: number[] = [];
  for (const word of queryWords) {
    const tally = tallyWord(index, word);
    for (const record of tally.records) {
      if (matched[record] === 0) touched.push(record);
      matched[record] = (matched[record] ?? 0) + 1;
      relevance[record] = (relevance[record] ?? 0) + (tally.relevance[record] ?? 0);
      scoreSum[record] = (scoreSum[record] ?? 0) + (tally.score[record] ?? 0);
      keys[record] = (keys[record] ?? 0) & (tally.keys[record] ?? 0);
    }
  }
  const words = queryWords.length;
  let kept = touched.filter((record) => matched[record] === words);
  if (kept.length === 0 && orElseAny && words > 1) kept = touched;
  // Pack (words missed, relevance short of the most possible, record index) into one exact float: ascending = best first.
  const most = words * Math.max(...index.weights);
  const pack = (record: number): number =>
    ((words - (matched[record] ?? 0)) * 1e8 + Math.round(((most - (relevance[record] ?? 0)) / most) * 1e7)) * 2 ** 20 +
    record;
  const order = new Float64Array(kept.map(pack)).sort();
  return Array.from(order, (packed) => {
    const record = packed % 2 ** 20;
    const count = matched[record] ?? 1;
    return {
      index: record,
      score: (scoreSum[record] ?? 0) / count,
      relevance: relevance[record] ?? 0,
      keys: keys[record] ?? 0,
      matched: count,
    };
  });
}

/**
 * The same index over a larger vocabulary (words it lacks have no records),
 * with a match limit: claims and reports share one vocabulary, as in the
 * sharded index, so a capped match picks the same words in both engines.
 */
export function onVocabulary(index: WordIndex, vocabulary: Vocabulary, matchLimit: number): WordIndex {
  const ids = new Map(index.vocabulary.words.map((word, id) => [word, id]));
  const idOf = (word: string): number => ids.get(word) ?? -1;
  return {
    ...index,
    vocabulary,
    records: vocabulary.words.map((word) => index.records[idOf(word)] ?? []),
    keys: vocabulary.words.map((word) => index.keys[idOf(word)] ?? []),
    matchLimit,
  };
}

/** One query word's best match per record (typed arrays indexed by record, plus the records touched). */
function tallyWord(
  index: WordIndex,
  word: string,
): { records: number[]; relevance: Float64Array; score: Float64Array; keys: Int32Array } {
  const records: number[] = [];
  const relevance = new Float64Array(index.size);
  const score = new Float64Array(index.size).fill(2);
  const keys = new Int32Array(index.size);
  for (const hit of matchWord(index.vocabulary, word, index.matchLimit)) {
    const ids = index.records[hit.index] ?? [];
    const masks = index.keys[hit.index] ?? [];
    for (let n = 0; n < ids.length; n++) {
      const record = ids[n] as number;
      const mask = masks[n] as number;
      if ((score[record] ?? 2) === 2) records.push(record);
      relevance[record] = Math.max(relevance[record] ?? 0, heaviest(index.weights, mask) * (1 - hit.score));
      score[record] = Math.min(score[record] ?? 2, hit.score);
      keys[record] = (keys[record] ?? 0) | mask;
    }
  }
  return { records, relevance, score, keys };
}

/** Weight of the heaviest key in a mask. */
function heaviest(weights: readonly number[], mask: number): number {
  let best = 0;
  for (let key = 0; key < weights.length; key++) if (mask & (1 << key)) best = Math.max(best, weights[key] ?? 0);
  return best;
}

interface IndexRecord {
  readonly i: number;
  readonly $: Readonly<Record<string, { readonly v: string } | readonly { readonly v: string }[]>>;
}

/** A Fuse object record (`{ i, $: { keyIndex: { v } | [{ v }] } }`). */
function isRecord(value: unknown): value is IndexRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { i?: unknown }).i === "number" &&
    typeof (value as { $?: unknown }).$ === "object"
  );
}
