/**
 * Search benchmark (`npx tsx scripts/bench.ts search`): bytes a browser
 * downloads for search on the real content, and query latency against the
 * real index and a synthetic one of 10 000 claims. Prints figures beside the
 * targets; never fails on them.
 *
 * Builds the real site into tmp/bench-search-dist when that build is missing
 * or older than content/ or src/ (`--rebuild` forces it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js/basic";
import { buildSearchDocuments } from "../../src/lib/search/documents.ts";
import { createSearchEngine, RERANK_LIMIT } from "../../src/lib/search/engine.ts";
import { FUSE_OPTIONS } from "../../src/lib/search/keys.ts";
import { normalizeQuery } from "../../src/lib/search/query.ts";
import { fullScanFuse } from "../../src/lib/search/reference.ts";
import { toSearchIndexAsset, toSearchPayload } from "../../src/lib/search/serialize.ts";
import type { SearchPayload } from "../../src/lib/search/types.ts";
import {
  containsFuse,
  loadedOnFirstUse,
  scriptsBeforeInteraction,
  searchIndexFiles,
  sizeOf,
  type Asset,
} from "./search-assets.ts";
import { syntheticQueries, syntheticSite } from "./search-synthetic.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT_DIR = "tmp/bench-search-dist";
const TARGETS = { firstUseGzip: 20 * 1024, readingPageGzip: 2 * 1024, p95Ms: 16 } as const;
const QUERIES = 200;
/** A full Fuse scan of 10 000 claims takes about a second per query: a sample says enough. */
const FULL_SCAN_SAMPLE = 20;

export async function run(): Promise<void> {
  const dist = join(ROOT, OUT_DIR);
  buildIfNeeded(dist, process.argv.includes("--rebuild"));
  const payload = printBytes(dist);
  if (payload !== undefined) printLatency("Real content", payload, realQueries(payload, QUERIES), QUERIES);
  const site = syntheticSite(10_000);
  const synthetic = toSearchIndexAsset(toSearchPayload(buildSearchDocuments(site)));
  console.log(
    `\nSynthetic index: ${site.claims.size} claims, ${site.people.size} people; ${kb(synthetic.json.length)} raw, ${kb(gzipSync(synthetic.json).length)} gz`,
  );
  printLatency(
    "Synthetic",
    JSON.parse(synthetic.json) as SearchPayload,
    syntheticQueries(site, QUERIES),
    FULL_SCAN_SAMPLE,
    synthetic.json,
  );
  await Promise.resolve();
}

/** Build the real content unless a build newer than every source file exists. */
function buildIfNeeded(dist: string, force: boolean): void {
  const built = join(dist, "index.html");
  const sources = ["content", "src", "astro.config.mjs"].map((path) => newest(join(ROOT, path)));
  if (!force && existsSync(built) && statSync(built).mtimeMs > Math.max(...sources)) {
    console.log(`Using the build in ${OUT_DIR} (newer than content/ and src/; --rebuild to force).`);
    return;
  }
  console.log(`Building the real content into ${OUT_DIR} …`);
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR, ASTRO_CACHE_DIR: "tmp/bench-search-cache" };
  delete env["CONTENT_DIR"];
  const started = performance.now();
  const result = spawnSync("npx", ["astro", "build"], { cwd: ROOT, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Newest modification time under a path. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Bytes for search on a reading page and on first use; returns the index payload. */
function printBytes(dist: string): SearchPayload | undefined {
  const articleDir = join(dist, "articles");
  const article = existsSync(articleDir) ? readdirSync(articleDir)[0] : undefined;
  const page = article === undefined ? "index.html" : `articles/${article}/index.html`;
  const before = scriptsBeforeInteraction(dist, page);
  const beforeGzip = sum(before.files) + before.inlineGzip;
  console.log(
    `\nReading page /${page.replace(/index\.html$/u, "")} before any interaction (target ≤ ${kb(TARGETS.readingPageGzip)} gz):`,
  );
  for (const file of before.files) console.log(`  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gz`);
  if (before.inlineBytes > 0)
    console.log(`  inline scripts  ${kb(before.inlineBytes)} raw, ${kb(before.inlineGzip)} gz`);
  console.log(`  total ${kb(beforeGzip)} gz ${verdict(beforeGzip <= TARGETS.readingPageGzip)}`);

  const firstUse = loadedOnFirstUse(
    dist,
    before.files.map((file) => file.path),
  );
  const indexes = searchIndexFiles(dist).map((path) => sizeOf(dist, path));
  console.log(`\nDownloaded on first use of search (target: Fuse chunk + index ≤ ${kb(TARGETS.firstUseGzip)} gz):`);
  for (const file of firstUse)
    console.log(
      `  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gz${containsFuse(dist, file.path) ? "  (Fuse + search client)" : ""}`,
    );
  for (const file of indexes) console.log(`  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gz  (index)`);
  const fuseAlone = gzipSync(readFileSync(join(ROOT, "node_modules/fuse.js/dist/fuse.basic.min.mjs")), {
    level: 9,
  }).length;
  const total = sum(firstUse) + sum(indexes);
  console.log(
    `  total ${kb(total)} gz ${verdict(total <= TARGETS.firstUseGzip)}  (of which Fuse basic alone ≈ ${kb(fuseAlone)} gz)`,
  );
  const index = indexes[0];
  if (index === undefined) return undefined;
  const payload = JSON.parse(readFileSync(join(dist, index.path), "utf8")) as SearchPayload;
  console.log(
    `  content: ${payload.claims.length} claims, ${payload.people.length} people, ${payload.reports.length} reports`,
  );
  return payload;
}

/** p50/p95 of the engine, and of a plain Fuse scan of every record (the design it replaced). */
function printLatency(
  label: string,
  payload: SearchPayload,
  queries: readonly string[],
  scanSample: number,
  json?: string,
): void {
  if (queries.length === 0) {
    console.log(`\n${label}: no people or topics to query yet.`);
    return;
  }
  let started = performance.now();
  const engine = createSearchEngine(json === undefined ? payload : (JSON.parse(json) as SearchPayload));
  const loadMs = performance.now() - started;
  started = performance.now();
  engine.search(queries[0] ?? "");
  const coldMs = performance.now() - started;
  for (const query of queries.slice(0, 20)) engine.search(query); // warm the JIT, as a reader's first keystrokes do
  const times = queries.map((query) => time(() => engine.search(query)));
  const claims = fullScanFuse(payload);
  const people = new Fuse(
    payload.people,
    FUSE_OPTIONS,
    Fuse.parseIndex(payload.index.people as Parameters<typeof Fuse.parseIndex>[0]),
  );
  const scan = queries.slice(0, scanSample).map((query) => {
    const text = normalizeQuery(query).text;
    return time(() => (people.search(text), claims.search(text)));
  });
  const person = queries.filter((_, i) => i % 2 === 0).length;
  console.log(
    `\n${label}: ${queries.length} queries (${person} person, ${queries.length - person} topic), target p95 ≤ ${TARGETS.p95Ms} ms`,
  );
  console.log(
    `  engine load (JSON parsed → word indexes): ${loadMs.toFixed(1)} ms; first query cold: ${coldMs.toFixed(1)} ms`,
  );
  console.log(
    `  engine (word index, then Fuse on the best ${RERANK_LIMIT}): ${stats(times)} ${verdict(percentile(times, 0.95) <= TARGETS.p95Ms)}`,
  );
  console.log(`  plain Fuse, every record scanned (${scan.length} queries): ${stats(scan)}`);
}

/** Person queries (names, aliases, typos of surnames) alternating with topic queries (topics, title words). */
function realQueries(payload: SearchPayload, count: number): string[] {
  const names = payload.people.flatMap((person) => [
    person.name,
    ...person.aliases,
    typo(person.aliases[0] ?? person.name),
  ]);
  const topics = [
    ...new Set(
      payload.claims.flatMap((claim) => [claim.topic, ...claim.title.split(" ").filter((word) => word.length > 4)]),
    ),
  ];
  if (names.length === 0 || topics.length === 0) return [];
  return Array.from(
    { length: count },
    (_, i) => (i % 2 === 0 ? names[(i / 2) % names.length] : topics[((i - 1) / 2) % topics.length]) ?? "",
  );
}

const typo = (word: string): string => word.slice(0, -1) + word.slice(-2);
const time = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};
const percentile = (times: readonly number[], p: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
};
const stats = (times: readonly number[]): string =>
  `p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`;
const sum = (assets: readonly Asset[]): number => assets.reduce((total, asset) => total + asset.gzip, 0);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean): string => (ok ? "✓ within target" : "✗ over target");
