/**
 * Search over the sharded index (shard-types.ts), loading only what a query
 * needs: the vocabulary once, then the postings shards of the words the query
 * matches, the records of detected people and of the candidates Fuse scores
 * again, and finally the records of the results shown. The steps themselves
 * are core.ts's, so it finds what the whole-payload engine finds.
 */
import { CLAIM_STATUSES, type ClaimStatus } from "../../status.ts";
import {
  claimCandidates,
  detect,
  type Detected,
  emptyResults,
  finish,
  rerank,
  toRerank,
  type SearchResults,
  type SearchSource,
} from "../shared/core.ts";
import { normalizeQuery } from "../shared/query.ts";
import { BUNDLE_MAX_CLAIMS, languagesByReport, shardOf } from "../shared/shard-codec.ts";
import { vocabularySource } from "./shard-source.ts";
import { claimIndexRecord, fieldsOf } from "../shared/claim-fields.ts";
import type {
  CitedReport,
  ClaimBundleFile,
  ClaimFieldsFile,
  ClaimRecordFile,
  PersonRecordFile,
  PostingsShard,
  SearchVocabulary,
} from "../shared/shard-types.ts";
import type { SearchClaim, SearchPerson, SearchReport } from "../shared/types.ts";
import { toResultsView, type ResultsView } from "./view.ts";
import { MATCH_LIMIT, matchWord } from "../shared/vocabulary.ts";

/** Fetch and parse one JSON file (the browser's fetch, or files in memory for tests and the benchmark). */
export type FetchJson = (url: string) => Promise<unknown>;

/** People and reports a view shows at most (claims have their own limit, the page size). */
export const LIST_LIMIT = 20;

/** A search that loads its index piece by piece. */
export interface ShardedSearch {
  readonly vocabulary: SearchVocabulary;
  /** Results of a query, with what ranking them needed loaded. */
  search: (input: string) => Promise<SearchResults>;
  /** What the page shows for results: loads the records of at most `limit` claims and `listLimit` people and reports. */
  view: (
    results: SearchResults,
    statuses: readonly ClaimStatus[],
    limit: number,
    listLimit?: number,
  ) => Promise<ResultsView>;
}

/**
 * Called between the steps of a search (matching words, ranking, the view)
 * and before indexing the vocabulary: the page passes one that yields to the
 * browser, so no step blocks it for long; tests and benchmarks pass none.
 */
export type Pause = () => Promise<void>;

/** Fetch the vocabulary at `url` and prepare a sharded search over the files beside it. */
export async function openShardedSearch(url: string, fetchJson: FetchJson, pause?: Pause): Promise<ShardedSearch> {
  const vocabulary = (await fetchJson(url)) as Partial<SearchVocabulary>;
  if (vocabulary.version !== 3 || !Array.isArray(vocabulary.words))
    throw new Error("the search index has an unknown format");
  // Parsing the vocabulary was one task; indexing it is the next.
  await pause?.();
  return createShardedSearch(vocabulary as SearchVocabulary, url, fetchJson, pause);
}

/** A sharded search over a vocabulary; other files are resolved against `url` (the vocabulary's own). */
export function createShardedSearch(
  vocabulary: SearchVocabulary,
  url: string,
  fetchJson: FetchJson,
  pause: Pause = async () => {},
): ShardedSearch {
  const resolve = (file: string): string => {
    const slash = url.lastIndexOf("/");
    return `${url.slice(0, slash + 1)}${file}`;
  };
  const statusOf = (claim: number): ClaimStatus | undefined =>
    CLAIM_STATUSES[Number(vocabulary.statuses.charAt(claim))];
  const once = memo((file: string) => fetchJson(resolve(file)));
  const source = vocabularySource(vocabulary);
  const languageOf = languagesByReport(vocabulary.languages);
  const claims: (SearchClaim | undefined)[] = [];
  const claimIndexRecords: unknown[] = [];
  const people: (SearchPerson | undefined)[] = [];
  const reports: (SearchReport | undefined)[] = [];
  const searchSource: SearchSource = {
    ...source.search,
    personClaims: (person) => people[person]?.claims ?? [],
    claimRecord: (claim) => claimIndexRecords[claim],
  };

  /** Load the postings shards of the given words. */
  const loadWords = async (ids: Iterable<number>): Promise<void> => {
    const needed = [...new Set([...ids].map((id) => shardOf(vocabulary.shards, id)))];
    await Promise.all(
      needed.map(async (k) => {
        const shard = (await once(`${vocabulary.postings}${k}.json`)) as PostingsShard;
        source.fill(k, shard);
      }),
    );
  };
  /**
   * Reports whose whole record is loaded (cited ones carry only outlet, and headline for people's mentions);
   * every report's language and direction come from the vocabulary.
   */
  const wholeReports = new Set<number>();
  const keepReport = (index: number, report: SearchReport): void => {
    reports[index] = { ...report, ...languageOf.get(index) };
  };
  const keepReports = (cited: Readonly<Record<number, CitedReport>>): void => {
    for (const [index, report] of Object.entries(cited))
      if (!wholeReports.has(Number(index))) keepReport(Number(index), { id: "", url: "", ...report });
  };
  const keepOutlets = (outlets: Readonly<Record<number, string>>): void => {
    for (const [index, outlet] of Object.entries(outlets))
      if (reports[Number(index)] === undefined) keepReport(Number(index), { id: "", url: "", outlet, title: "" });
  };
  type Kind = "b" | "c" | "f" | "p" | "r";
  const bundles = new Set<number>();
  const loaded = (kind: Kind, index: number): boolean => {
    if (kind === "b") return bundles.has(index);
    if (kind === "c") return claims[index] !== undefined;
    if (kind === "f") return claimIndexRecords[index] !== undefined;
    return kind === "p" ? people[index] !== undefined : wholeReports.has(index);
  };
  const keepClaim = (index: number, file: ClaimRecordFile): void => {
    // The id is never shown; the status is the vocabulary's.
    claims[index] = { id: "", status: statusOf(index) as ClaimStatus, ...file.claim };
    claimIndexRecords[index] ??= claimIndexRecord(index, fieldsOf(file.claim, file.fields), searchSource.personNames);
    keepOutlets(file.outlets);
  };
  const loadRecords = async (kind: Kind, indices: Iterable<number>): Promise<void> => {
    const missing = [...new Set(indices)].filter((index) => !loaded(kind, index));
    await Promise.all(
      missing.map(async (index) => {
        const record = await once(`${vocabulary.records}${kind}${index}.json`);
        if (kind === "c") keepClaim(index, record as ClaimRecordFile);
        else if (kind === "b") {
          for (const [claim, file] of Object.entries(record as ClaimBundleFile)) keepClaim(Number(claim), file);
          bundles.add(index);
        } else if (kind === "f") {
          claimIndexRecords[index] = claimIndexRecord(index, record as ClaimFieldsFile, searchSource.personNames);
        } else if (kind === "p") {
          const file = record as PersonRecordFile;
          // The id is never shown; name, aliases and role are the vocabulary's.
          const { name = "", aliases = [], role = "" } = vocabulary.people[index] ?? {};
          people[index] = { id: "", name, aliases, role, ...file.person };
          keepReports(file.reports);
        } else {
          keepReport(index, record as SearchReport);
          wholeReports.add(index);
        }
      }),
    );
  };
  /**
   * Load what Fuse re-scores of the candidates. A person query lists the
   * detected people's claims first, so other candidates are seldom shown:
   * they get their fields alone; the rest their whole record, which the page
   * will show. A detected person whose claims fit on one page has them all
   * in one file (build/shard-build.ts, BUNDLE_MAX_CLAIMS).
   */
  const loadCandidates = async (detected: Detected, candidates: readonly number[]): Promise<void> => {
    await loadRecords(
      "p",
      detected.named.map((hit) => hit.index),
    );
    const listedFirst = new Set(detected.named.flatMap((hit) => people[hit.index]?.claims ?? []));
    const bundled = detected.named
      .map((hit) => hit.index)
      .filter(
        (person) =>
          (people[person]?.claims.length ?? 0) > 0 && (people[person]?.claims.length ?? 0) <= BUNDLE_MAX_CLAIMS,
      );
    const inBundles = new Set(bundled.flatMap((person) => people[person]?.claims ?? []));
    const rest = candidates.filter((claim) => !inBundles.has(claim));
    const whole = (claim: number): boolean => detected.named.length === 0 || listedFirst.has(claim);
    await Promise.all([
      loadRecords("b", bundled),
      loadRecords("c", rest.filter(whole)),
      loadRecords(
        "f",
        rest.filter((claim) => !whole(claim)),
      ),
    ]);
  };

  return {
    vocabulary,
    search: async (input) => {
      const query = normalizeQuery(input);
      if (!query.searchable || query.words.length === 0) return emptyResults(query);
      await loadWords(
        query.words.flatMap((word) => matchWord(source.words, word, MATCH_LIMIT).map((hit) => hit.index)),
      );
      await pause();
      const detected = detect(searchSource, query);
      const candidates = claimCandidates(searchSource, query);
      await loadCandidates(detected, toRerank(candidates));
      await pause();
      const reranked = rerank(searchSource, query, candidates);
      await pause();
      return finish(searchSource, query, detected, reranked);
    },
    view: async (results, statuses, limit, listLimit = LIST_LIMIT) => {
      const shown = results.claims
        .filter((hit) => statuses.length === 0 || statuses.includes(statusOf(hit.index) as ClaimStatus))
        .slice(0, limit);
      const listed = {
        ...results,
        people: results.people.slice(0, listLimit),
        reports: results.reports.slice(0, listLimit),
      };
      await Promise.all([
        loadRecords(
          "c",
          shown.map((hit) => hit.index),
        ),
        loadRecords(
          "p",
          listed.people.map((hit) => hit.index),
        ),
        loadRecords(
          "r",
          listed.reports.map((hit) => hit.index),
        ),
      ]);
      await pause();
      return toResultsView(results, { claims, people, reports, statusOf }, statuses, limit, listLimit);
    },
  };
}

/** A function whose result is kept per argument; a rejected promise is forgotten so the next call retries. */
function memo(load: (key: string) => Promise<unknown>): (key: string) => Promise<unknown> {
  const cache = new Map<string, Promise<unknown>>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = load(key);
      cache.set(key, value);
      value.catch(() => cache.delete(key));
    }
    return value;
  };
}
