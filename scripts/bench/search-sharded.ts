/**
 * What the sharded index costs a reader: the files a sequence of queries
 * fetches (gzipped bytes, as a static host precompresses them) and how long
 * each query takes, for a payload split by the site's own code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { toSearchFiles } from "../../src/lib/search/build/shard-assets.ts";
import { buildSearchShards } from "../../src/lib/search/build/shard-build.ts";
import { openShardedSearch, type FetchJson, type ShardedSearch } from "../../src/lib/search/browser/sharded-engine.ts";
import type { SearchPayload } from "../../src/lib/search/shared/types.ts";

/** Claims a query shows at first on the search page (src/lib/search/browser/dom/search-page.ts PAGE_SIZE). */
export const SHOWN_CLAIMS = 20;

/** Figures for one index and one sequence of queries. */
export interface ShardedFigures {
  /** Gzipped bytes of the vocabulary. */
  readonly vocabularyGz: number;
  readonly shardCount: number;
  /** Gzipped bytes and files the first query fetches after the vocabulary. */
  readonly firstQuery: { readonly gz: number; readonly files: number };
  /** Gzipped bytes each later query fetches (what earlier ones fetched is cached). */
  readonly laterGz: readonly number[];
  readonly laterFiles: readonly number[];
  /** Per query, its files already parsed: the search (what a keystroke costs before anything is shown). */
  readonly warmMs: readonly number[];
  /** Per query, its files already parsed: building the first page of results (quotes marked and cut). */
  readonly viewMs: readonly number[];
  /** Per query on first run: the same plus parsing the files it fetched (network excluded). */
  readonly coldMs: readonly number[];
}

/** A fetcher over files in memory or on disk, recording the URLs it serves. */
export interface RecordingFetch {
  readonly fetch: FetchJson;
  readonly fetched: string[];
  readonly gzipOf: (url: string) => number;
}

/** Serve files from a map of URL → JSON text. */
export function memoryFetch(files: ReadonlyMap<string, string>): RecordingFetch {
  return recording((url) => files.get(url));
}

/** Serve files from a built site folder. */
export function diskFetch(dist: string): RecordingFetch {
  return recording((url) => readFileSync(join(dist, url), "utf8"));
}

function recording(read: (url: string) => string | undefined): RecordingFetch {
  const fetched: string[] = [];
  const sizes = new Map<string, number>();
  const gzipOf = (url: string): number => {
    let size = sizes.get(url);
    if (size === undefined) sizes.set(url, (size = gzipSync(read(url) ?? "", { level: 9 }).length));
    return size;
  };
  return {
    fetched,
    gzipOf,
    fetch: (url) => {
      fetched.push(url);
      const text = read(url);
      return text === undefined ? Promise.reject(new Error(`no file ${url}`)) : Promise.resolve(JSON.parse(text));
    },
  };
}

/** Split a payload with the site's code and measure a sequence of queries over it. */
export async function measureSharded(payload: SearchPayload, queries: readonly string[]): Promise<ShardedFigures> {
  const built = toSearchFiles(buildSearchShards(payload));
  const source = memoryFetch(new Map(built.files.map((file) => [file.url, file.json])));
  const search = await openShardedSearch(built.vocabulary.url, source.fetch);
  const figures = await measureQueries(search, source, queries);
  return {
    ...figures,
    vocabularyGz: source.gzipOf(built.vocabulary.url),
    shardCount: built.files.filter((file) => file.file.startsWith("s.")).length,
  };
}

/** Run the queries in order (search, then the first page of results), recording bytes, files and time. */
export async function measureQueries(
  search: ShardedSearch,
  source: RecordingFetch,
  queries: readonly string[],
): Promise<Omit<ShardedFigures, "vocabularyGz" | "shardCount">> {
  const bytes: number[] = [];
  const files: number[] = [];
  const coldMs: number[] = [];
  const run = async (query: string): Promise<void> => {
    await search.view(await search.search(query), [], SHOWN_CLAIMS);
  };
  for (const query of queries) {
    const before = source.fetched.length;
    const started = performance.now();
    await run(query);
    coldMs.push(performance.now() - started);
    const fetched = source.fetched.slice(before);
    bytes.push(fetched.reduce((total, url) => total + source.gzipOf(url), 0));
    files.push(fetched.length);
  }
  // Best of three per query: the machine is shared, and a neighbour's burst is not the query's cost.
  const warmMs = queries.map(() => Infinity);
  const viewMs = queries.map(() => Infinity);
  for (let round = 0; round < 3; round++) {
    for (const [n, query] of queries.entries()) {
      let started = performance.now();
      const results = await search.search(query);
      warmMs[n] = Math.min(warmMs[n] ?? Infinity, performance.now() - started);
      started = performance.now();
      await search.view(results, [], SHOWN_CLAIMS);
      viewMs[n] = Math.min(viewMs[n] ?? Infinity, performance.now() - started);
    }
  }
  return {
    firstQuery: { gz: bytes[0] ?? 0, files: files[0] ?? 0 },
    laterGz: bytes.slice(1),
    laterFiles: files.slice(1),
    warmMs,
    viewMs,
    coldMs,
  };
}
