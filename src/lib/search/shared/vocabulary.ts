/**
 * The distinct words of an index, and which of them a query word matches:
 * the word itself, words it begins, or words one or two typos away. Typos are
 * checked by Fuse (bitap, the same threshold as everywhere) but only on the
 * few words that share most letter pairs with the query word, so a lookup
 * costs a binary search and a short list instead of a pass over every word.
 */
import Fuse from "fuse.js/basic";
import { FUSE_OPTIONS } from "./keys.ts";
import type { Hit } from "./rank.ts";

/** Sorted distinct words, with a bigram index for typo candidates. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly bigrams: ReadonlyMap<string, readonly number[]>;
  readonly fuse: Fuse<string>;
}

/** Score of a word that the query word begins, at most (a typo scores at least 0.11). */
export const PREFIX_PENALTY = 0.1;

/**
 * Index a set of words. A blank word (empty or whitespace only) is refused,
 * not skipped: no query word is blank, and a word's id is its position, which
 * the build's postings shards and the browser's vocabulary must agree on, so
 * dropping one silently on either side would shift every id after it.
 */
export function buildVocabulary(distinct: Iterable<string>): Vocabulary {
  const given = [...distinct];
  given.forEach((word, n) => {
    if (word.trim() === "")
      throw new Error(`search vocabulary: word ${n + 1} of ${given.length} is blank (${JSON.stringify(word)})`);
  });
  const words = given.sort();
  const bigrams = new Map<string, number[]>();
  words.forEach((word, id) => {
    for (const pair of pairsOf(word)) {
      const ids = bigrams.get(pair);
      if (ids === undefined) bigrams.set(pair, [id]);
      else ids.push(id);
    }
  });
  return { words, bigrams, fuse: new Fuse(words, FUSE_OPTIONS) };
}

/**
 * How many words of claims and reports a query word stands for at most: the
 * closest (the word itself, then the words it begins, shortest first, then
 * typos, closest first). A short or common stem ("borren…", "esnad") begins
 * or nearly spells hundreds of words scattered over as many postings shards;
 * the closest few are what a reader meant, and more letters narrow the rest.
 * Chosen with `npm run bench search` at 10 000 claims, 95th percentile of
 * bytes per later query: unlimited 38.1 KB, 8 words 30.7 KB; 16 words cost
 * about 3 KB more, 4 words saved under 1 KB (common words' postings and the
 * records shown are then the rest).
 * People's names are not capped: a person is found under any spelling.
 */
export const MATCH_LIMIT = 8;

/**
 * Words a query word matches, with Fuse-like scores (0 = the word itself),
 * at most `limit` of them: the word itself, then the words it begins
 * (shortest first), then the others (best Fuse score first); ties in word
 * order. A word that merely contains the query word ("borvelnad" for
 * "velnad") scores near 0 with Fuse, so the score alone would put it before
 * every word the query begins.
 */
export function matchWord(vocabulary: Vocabulary, query: string, limit = Infinity): Hit[] {
  const hits = matchAll(vocabulary, query);
  if (hits.length <= limit) return hits;
  const begins = (hit: Hit): number => ((vocabulary.words[hit.index] as string).startsWith(query) ? 0 : 1);
  return hits.sort((a, b) => begins(a) - begins(b) || a.score - b.score || a.index - b.index).slice(0, limit);
}

/**
 * Every word a query word matches. Up to four letters only exact words and
 * prefixes count; from five, Fuse's threshold allows one typo, from ten two.
 */
function matchAll(vocabulary: Vocabulary, query: string): Hit[] {
  const { words } = vocabulary;
  const hits: Hit[] = [];
  for (let id = lowerBound(words, query); id < words.length && (words[id] as string).startsWith(query); id++) {
    const word = words[id] as string;
    hits.push({ index: id, score: word === query ? 0 : PREFIX_PENALTY * (1 - query.length / word.length) });
  }
  const errors = Math.floor(FUSE_OPTIONS.threshold * query.length);
  if (errors === 0) return hits;
  const found = new Set(hits.map((hit) => hit.index));
  const pairs = pairsOf(query);
  // One typo changes at most two letter pairs.
  const needed = Math.max(1, pairs.size - 2 * errors);
  const shared = new Uint8Array(words.length);
  const candidates: number[] = [];
  for (const pair of pairs) {
    for (const id of vocabulary.bigrams.get(pair) ?? []) {
      shared[id] = (shared[id] ?? 0) + 1;
      if (shared[id] === needed && !found.has(id)) candidates.push(id);
    }
  }
  if (candidates.length === 0) return hits;
  // String records are stored one per word, in word order.
  const all = vocabulary.fuse.getIndex().records;
  const records = candidates.flatMap((id) => all[id] ?? []);
  const subset = new Fuse(words, vocabulary.fuse.options, Fuse.parseIndex<string>({ keys: [], records }));
  for (const result of subset.search(query)) hits.push({ index: result.refIndex, score: result.score ?? 1 });
  return hits;
}

/** Distinct letter pairs of a word. */
function pairsOf(word: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  return pairs;
}

/** First position in a sorted list whose word is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
