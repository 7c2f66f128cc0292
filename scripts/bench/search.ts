/**
 * Search benchmark (`npm run bench search`): what a reader downloads for
 * search and how long a query takes, on the real content and on synthetic
 * indexes of 1 000, 10 000 and 100 000 claims (`--sizes=1000,10000`). The
 * site publishes its index sharded (src/lib/search/build/shard-build.ts): a first
 * query costs the search code, the vocabulary and the shards and records it
 * needs; a later one only the shards and records not fetched yet. Prints
 * figures beside the targets; never fails on them. With `--json`, stdout
 * carries one JSON object and the human report goes to stderr.
 *
 * Builds the real site into tmp/bench-search-dist when that build is missing
 * or older than content/ or src/ (`--rebuild` forces it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSearchDocuments } from "../../src/lib/search/build/documents.ts";
import { createSearchEngine, RERANK_LIMIT } from "../../src/lib/search/yardstick/engine.ts";
import { normalizeQuery } from "../../src/lib/search/shared/query.ts";
import { fullScanFuse } from "../../src/lib/search/yardstick/reference.ts";
import { toSearchPayload } from "../../src/lib/search/build/serialize.ts";
import { openShardedSearch } from "../../src/lib/search/browser/sharded-engine.ts";
import type { SearchVocabulary } from "../../src/lib/search/shared/shard-types.ts";
import { astroBuildCommand } from "../lib/build/astro-build.ts";
import type { BenchOptions } from "../lib/bench/bench-options.ts";
import { loadedOnFirstUse, scriptsBeforeInteraction, searchIndexFiles, type Asset } from "./search-assets.ts";
import { diskFetch, measureQueries, measureSharded, SHOWN_CLAIMS, type ShardedFigures } from "./search-sharded.ts";
import { syntheticQueries, syntheticSite } from "./search-synthetic.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT_DIR = "tmp/bench-search-dist";
const TARGETS = {
  readingPageGz: 2 * 1024,
  realFirstUseGz: 20 * 1024,
  firstQueryGz: 100 * 1024,
  laterQueryGz: 30 * 1024,
  p95Ms: 16,
} as const;
const QUERIES = 200;
const SIZES = [1_000, 10_000, 100_000];
/** A full Fuse scan of 10 000 claims takes about a second per query: a sample says enough. */
const FULL_SCAN_SAMPLE = 10;

/** The machine-readable figures (`--json`). */
interface SearchBenchJson {
  realFirstUseKbGz: number;
  claims: Record<string, { firstQueryKbGz: number; nextQueryKbGz: number; p95Ms: number }>;
}

export async function run(options: BenchOptions): Promise<void> {
  const { json } = options;
  // With --json, stdout is for the one JSON object.
  const say = (...parts: unknown[]): void => (json ? console.error(...parts) : console.log(...parts));
  const sizes = sizesFrom(options.sizes) ?? SIZES;
  const dist = join(ROOT, OUT_DIR);
  buildIfNeeded(dist, options.rebuild, say);
  const real = await realSite(dist, say);
  const result: SearchBenchJson = { realFirstUseKbGz: round(real.firstUseGz / 1024), claims: {} };
  for (const size of sizes) {
    const site = syntheticSite(size);
    const payload = toSearchPayload(buildSearchDocuments(site));
    const queries = syntheticQueries(site, QUERIES);
    const figures = await measureSharded(payload, queries);
    const firstGz = real.codeGz + figures.vocabularyGz + figures.firstQuery.gz;
    const whole = gzipSync(JSON.stringify(payload)).length;
    say(
      `\nSynthetic index of ${size.toLocaleString("en")} claims (${site.people.size} people): ${figures.shardCount} shards; one unsharded index would be ${kb(whole)} gz`,
    );
    printSharded(figures, real.codeGz, say);
    if (size === 10_000) printFullScan(payload, queries, say);
    result.claims[String(size)] = {
      firstQueryKbGz: round(firstGz / 1024),
      nextQueryKbGz: round(percentile(figures.laterGz, 0.95) / 1024),
      p95Ms: round(percentile(figures.warmMs, 0.95)),
    };
  }
  if (json) console.log(JSON.stringify(result));
}

/** Sizes from `--sizes=1000,10000`, if given. */
function sizesFrom(arg: string | undefined): number[] | undefined {
  return arg?.split(",").map(Number).filter(Number.isFinite);
}

/** Build the real content unless a build newer than every source file exists. */
function buildIfNeeded(dist: string, force: boolean, say: (...parts: unknown[]) => void): void {
  const built = join(dist, "index.html");
  const sources = ["content", "src", "astro.config.mjs"].map((path) => newest(join(ROOT, path)));
  if (!force && existsSync(built) && statSync(built).mtimeMs > Math.max(...sources)) {
    say(`Using the build in ${OUT_DIR} (newer than content/ and src/; --rebuild to force).`);
    return;
  }
  say(`Building the real content into ${OUT_DIR} …`);
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR, ASTRO_CACHE_DIR: "tmp/bench-search-cache" };
  delete env["CONTENT_DIR"];
  const started = performance.now();
  const build = astroBuildCommand([], env);
  const result = spawnSync(build.command, build.args, { cwd: ROOT, env: build.env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  say(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Newest modification time under a path. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Bytes on a reading page, and the first use of search (code, vocabulary, a person query) on the real site. */
async function realSite(
  dist: string,
  say: (...parts: unknown[]) => void,
): Promise<{ codeGz: number; firstUseGz: number }> {
  const articleDir = join(dist, "articles");
  const article = existsSync(articleDir) ? readdirSync(articleDir)[0] : undefined;
  const page = article === undefined ? "index.html" : `articles/${article}/index.html`;
  const before = scriptsBeforeInteraction(dist, page);
  const beforeGz = sum(before.files) + before.inlineGzip;
  say(
    `\nReading page /${page.replace(/index\.html$/u, "")} before any interaction (target ≤ ${kb(TARGETS.readingPageGz)} gz):`,
  );
  for (const file of before.files) say(`  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gz`);
  if (before.inlineBytes > 0) say(`  inline scripts  ${kb(before.inlineBytes)} raw, ${kb(before.inlineGzip)} gz`);
  say(`  total ${kb(beforeGz)} gz ${verdict(beforeGz <= TARGETS.readingPageGz)}`);

  const code = loadedOnFirstUse(
    dist,
    before.files.map((file) => file.path),
  );
  const codeGz = sum(code);
  const vocabularyUrl = searchIndexFiles(dist)[0];
  say(`\nFirst use of search on the real site (target ≤ ${kb(TARGETS.realFirstUseGz)} gz):`);
  for (const file of code) say(`  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gz  (search code with Fuse)`);
  if (vocabularyUrl === undefined) {
    say("  no search index in the build");
    return { codeGz, firstUseGz: codeGz };
  }
  const source = diskFetch(dist);
  const search = await openShardedSearch(vocabularyUrl, source.fetch);
  const vocabularyGz = source.gzipOf(vocabularyUrl);
  const queries = realQueries(search.vocabulary, QUERIES);
  const figures = await measureQueries(search, source, queries);
  const firstUseGz = codeGz + vocabularyGz + figures.firstQuery.gz;
  say(`  ${vocabularyUrl}  ${kb(vocabularyGz)} gz  (vocabulary)`);
  say(`  first query “${queries[0] ?? ""}”: ${figures.firstQuery.files} files, ${kb(figures.firstQuery.gz)} gz`);
  say(
    `  total ${kb(firstUseGz)} gz ${verdict(firstUseGz <= TARGETS.realFirstUseGz)} (on focus, before typing: code and vocabulary ${kb(codeGz + vocabularyGz)})`,
  );
  say(
    `  ${queries.length} person and word queries, search: p50 ${ms(percentile(figures.warmMs, 0.5))}, p95 ${ms(percentile(figures.warmMs, 0.95))} ${verdict(percentile(figures.warmMs, 0.95) <= TARGETS.p95Ms)}; first page p95 ${ms(percentile(figures.viewMs, 0.95))}`,
  );
  return { codeGz, firstUseGz };
}

/** Print one synthetic size's figures. */
function printSharded(figures: ShardedFigures, codeGz: number, say: (...parts: unknown[]) => void): void {
  const first = codeGz + figures.vocabularyGz + figures.firstQuery.gz;
  say(
    `  first person query: code ${kb(codeGz)} + vocabulary ${kb(figures.vocabularyGz)} + ${figures.firstQuery.files} shards and records ${kb(figures.firstQuery.gz)} = ${kb(first)} gz (target ≤ ${kb(TARGETS.firstQueryGz)}) ${verdict(first <= TARGETS.firstQueryGz)}`,
  );
  const later = figures.laterGz;
  say(
    `  each later query (${later.length}, showing ${SHOWN_CLAIMS} claims): p50 ${kb(percentile(later, 0.5))}, p95 ${kb(percentile(later, 0.95))}, max ${kb(Math.max(...later))} gz in p50 ${percentile(figures.laterFiles, 0.5)} / p95 ${percentile(figures.laterFiles, 0.95)} files (target ≤ ${kb(TARGETS.laterQueryGz)}) ${verdict(percentile(later, 0.95) <= TARGETS.laterQueryGz)}`,
  );
  say(
    `  per query, its files parsed: search p50 ${ms(percentile(figures.warmMs, 0.5))}, p95 ${ms(percentile(figures.warmMs, 0.95))} ${verdict(percentile(figures.warmMs, 0.95) <= TARGETS.p95Ms)}; then the first page (quotes marked) p95 ${ms(percentile(figures.viewMs, 0.95))}`,
  );
  say(
    `  on first run, fetching (in memory) and parsing its files, search and first page: p95 ${ms(percentile(figures.coldMs, 0.95))}`,
  );
}

/** The whole-payload engine and a plain Fuse scan of every record, for comparison. */
function printFullScan(
  payload: Parameters<typeof fullScanFuse>[0],
  queries: readonly string[],
  say: (...parts: unknown[]) => void,
): void {
  const engine = createSearchEngine(payload);
  for (const query of queries.slice(0, 20)) engine.search(query); // warm the JIT
  const whole = queries.map((query) => time(() => engine.search(query)));
  const claims = fullScanFuse(payload);
  const scan = queries.slice(0, FULL_SCAN_SAMPLE).map((query) => time(() => claims.search(normalizeQuery(query).text)));
  say(
    `  for comparison, one index in memory (word index, then Fuse on the best ${RERANK_LIMIT}): p50 ${ms(percentile(whole, 0.5))}, p95 ${ms(percentile(whole, 0.95))}; plain Fuse scanning every record (${scan.length} queries): p50 ${ms(percentile(scan, 0.5))}, p95 ${ms(percentile(scan, 0.95))}`,
  );
}

/** Person queries (names, aliases, typos of surnames) alternating with words of the vocabulary. */
function realQueries(vocabulary: SearchVocabulary, count: number): string[] {
  const names = vocabulary.people.flatMap((person) => [
    person.name,
    ...person.aliases,
    typo(person.aliases[0] ?? person.name),
  ]);
  const words = vocabulary.words.filter((word) => word.length > 4);
  if (names.length === 0 || words.length === 0) return [];
  return Array.from(
    { length: count },
    (_, i) => (i % 2 === 0 ? names[(i / 2) % names.length] : words[(((i - 1) / 2) * 7) % words.length]) ?? "",
  );
}

const typo = (word: string): string => word.slice(0, -1) + word.slice(-2);
const time = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};
const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
};
const sum = (assets: readonly Asset[]): number => assets.reduce((total, asset) => total + asset.gzip, 0);
const round = (value: number): number => Math.round(value * 10) / 10;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const verdict = (ok: boolean): string => (ok ? "✓ within target" : "✗ over target");
