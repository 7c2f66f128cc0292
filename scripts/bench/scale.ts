/**
 * Scale benchmark: synthetic corpora of 100, 300 and 1 000 articles, each
 * built by the real site build (`astro build`), plus the site model alone
 * (`buildSite(loadContent(dir))` in this process, best of 3) to separate our logic from
 * Astro's page rendering. Prints figures beside the targets; never fails on
 * timings.
 *
 *   npx tsx scripts/bench.ts scale [--keep] [--sizes=100,300,1000]
 *
 * --keep leaves each temporary folder (content/, dist/, cache/, build.log).
 *
 * The largest size is built twice: "cold" with a fresh cache folder, then
 * "warm" reusing that cache (the preview-card cache keeps every PNG), as a
 * rebuild after a small content change would.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { routeTimes, type RouteTimes } from "../lib/build-log.ts";
import { listFiles, listPages } from "../lib/dist-files.ts";
import { hasGnuTime, runMeasured } from "../lib/measure-process.ts";
import { searchP95 } from "../lib/search-latency.ts";
import { writeSyntheticCorpus, type CorpusCounts } from "../lib/synthetic-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
const MiB = 1024 * 1024;
const TARGETS = { perArticleRatio: 1.5, buildSeconds: 120, rssMiB: 2048 } as const;

interface Row {
  readonly size: number;
  readonly counts: CorpusCounts;
  readonly model: { loadMs: number; buildMs: number };
  readonly pages: number;
  readonly images: number;
  readonly buildMs: number;
  /** Second build into the same cache folder (largest size only). */
  readonly warmBuildMs?: number;
  readonly rssMiB: number | undefined;
  readonly distMiB: number;
  readonly claimsJsonKiB: number | undefined;
  readonly searchKiB: number | undefined;
  readonly searchP95Ms: number | undefined;
  readonly routes: ReadonlyMap<string, RouteTimes>;
}

/** Run every size, then print the table and the targets. */
export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const keep = args.includes("--keep");
  const sizes = (args.find((arg) => arg.startsWith("--sizes="))?.slice("--sizes=".length) ?? "100,300,1000")
    .split(",")
    .map(Number);
  console.log(
    `Peak RSS from ${hasGnuTime() ? "/usr/bin/time -v (largest process of the build tree)" : "/proc VmHWM sampling (GNU time not installed: apt-get install time)"}.`,
  );
  const rows: Row[] = [];
  const largest = Math.max(...sizes);
  for (const size of sizes) rows.push(await measureSize(size, keep, size === largest));
  printTable(rows);
  printWarm(rows);
  printTargets(rows);
  printImageShare(rows);
}

async function measureSize(size: number, keep: boolean, warm: boolean): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${size}-`));
  try {
    const counts = writeSyntheticCorpus(dir, { articles: size });
    const content = join(dir, "content");
    // Best of three: the machine may be shared, and the first run also pays for JIT warm-up.
    const loadMs = bestOf(3, () => loadContent(content));
    const input = loadContent(content);
    const modelMs = bestOf(3, () => buildSite(input));
    console.log(
      `${size} articles: model ${fmt(loadMs, 0)} ms load + ${fmt(modelMs, 0)} ms buildSite; running astro build…`,
    );

    const dist = join(dir, "dist");
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, "cache") };
    const build = await runMeasured(process.execPath, [ASTRO, "build"], {
      cwd: ROOT,
      env,
      logFile: join(dir, "build.log"),
      timeFile: join(dir, "time.txt"),
    });
    if (build.exitCode !== 0)
      throw new Error(
        `astro build failed for ${size} articles (exit ${build.exitCode}); see ${join(dir, "build.log")} (kept)`,
      );
    let warmBuildMs: number | undefined;
    if (warm) {
      const warmDist = join(dir, "dist-warm");
      const rebuild = await runMeasured(process.execPath, [ASTRO, "build"], {
        cwd: ROOT,
        env: { ...env, OUT_DIR: warmDist },
        logFile: join(dir, "build-warm.log"),
        timeFile: join(dir, "time-warm.txt"),
      });
      if (rebuild.exitCode !== 0)
        throw new Error(`warm astro build failed for ${size} articles; see ${join(dir, "build-warm.log")} (kept)`);
      warmBuildMs = rebuild.wallMs;
      rmSync(warmDist, { recursive: true, force: true });
    }
    const files = listFiles(dist);
    const searchFile = findSearchIndex(join(dist, "search"));
    const row: Row = {
      size,
      counts,
      model: { loadMs, buildMs: modelMs },
      pages: listPages(dist).length,
      images: files.filter((file) => file.endsWith(".png")).length,
      buildMs: build.wallMs,
      ...(warmBuildMs === undefined ? {} : { warmBuildMs }),
      rssMiB: build.peakRssKiB === undefined ? undefined : build.peakRssKiB / 1024,
      distMiB: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) / MiB,
      claimsJsonKiB: sizeKiB(join(dist, "claims.json")),
      searchKiB: searchFile === undefined ? undefined : sizeKiB(searchFile),
      searchP95Ms: searchFile === undefined ? undefined : await searchP95(searchFile),
      routes: routeTimes(readFileSync(join(dir, "build.log"), "utf8")),
    };
    console.log(
      `  built ${row.pages} pages + ${row.images} images in ${fmt(row.buildMs / 1000, 1)} s (cold)${warmBuildMs === undefined ? "" : `; again with the same cache in ${fmt(warmBuildMs / 1000, 1)} s (warm)`}`,
    );
    return row;
  } catch (error) {
    keep = true;
    throw error;
  } finally {
    if (keep) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Cold (fresh cache folder) against warm (the card cache of the cold build kept) for the size built twice. */
function printWarm(rows: readonly Row[]): void {
  for (const row of rows)
    if (row.warmBuildMs !== undefined)
      console.log(
        `\nRebuild of ${row.size} articles: cold ${fmt(row.buildMs / 1000, 1)} s, warm (card cache) ${fmt(row.warmBuildMs / 1000, 1)} s`,
      );
}

function printTable(rows: readonly Row[]): void {
  const header = [
    "articles",
    "claims",
    "pages",
    "build s",
    "pages/s",
    "ms/article",
    "peak RSS MiB",
    "dist MiB",
    "claims.json KiB",
    "search KiB",
    "search p95 ms",
  ];
  const body = rows.map((r) => [
    String(r.size),
    String(r.counts.claims),
    String(r.pages),
    fmt(r.buildMs / 1000, 1),
    fmt(r.pages / (r.buildMs / 1000), 0),
    fmt(r.buildMs / r.size, 1),
    r.rssMiB === undefined ? "n/a" : fmt(r.rssMiB, 0),
    fmt(r.distMiB, 1),
    r.claimsJsonKiB === undefined ? "n/a" : fmt(r.claimsJsonKiB, 0),
    r.searchKiB === undefined ? "n/a" : fmt(r.searchKiB, 0),
    r.searchP95Ms === undefined ? "n/a" : fmt(r.searchP95Ms, 1),
  ]);
  console.log("\nFull build (astro build, wall time; pages = HTML files; images = PNG files):");
  printColumns([header, ...body]);
  console.log("\nModel alone (in-process, no pages; best of 3 runs):");
  printColumns([
    [
      "articles",
      "stories",
      "claims",
      "quotes",
      "people",
      "load ms",
      "buildSite ms",
      "buildSite ms/article",
      "share of build",
    ],
    ...rows.map((r) => [
      String(r.size),
      String(r.counts.stories),
      String(r.counts.claims),
      String(r.counts.quotes),
      String(r.counts.people),
      fmt(r.model.loadMs, 0),
      fmt(r.model.buildMs, 0),
      fmt(r.model.buildMs / r.size, 2),
      `${fmt((100 * (r.model.loadMs + r.model.buildMs)) / r.buildMs, 0)} %`,
    ]),
  ]);
  printRoutes(rows);
}

/** Render time per route kind and size: a kind whose ms/page grows with the corpus scans the whole site per page. */
function printRoutes(rows: readonly Row[]): void {
  const kinds = [...new Set(rows.flatMap((row) => [...row.routes.keys()]))];
  if (kinds.length === 0) return;
  console.log("\nRender time by route (from Astro's build log: pages, ms per page):");
  printColumns([
    ["route", ...rows.flatMap((r) => [`${r.size}: pages`, "ms/page"])],
    ...kinds.map((kind) => [
      kind,
      ...rows.flatMap((r) => {
        const times = r.routes.get(kind);
        return times === undefined ? ["–", "–"] : [String(times.pages), fmt(times.ms / times.pages, 1)];
      }),
    ]),
  ]);
}

function printTargets(rows: readonly Row[]): void {
  const at = (size: number): Row | undefined => rows.find((row) => row.size === size);
  const small = at(100);
  const large = at(1000);
  const check = (ok: boolean | undefined): string => (ok === undefined ? "n/a" : ok ? "met" : "MISSED");
  const ratio = small && large ? large.buildMs / large.size / (small.buildMs / small.size) : undefined;
  const modelRatio = small && large ? large.model.buildMs / large.size / (small.model.buildMs / small.size) : undefined;
  console.log("\nTargets:");
  console.log(
    `  time per article at 1 000 ≤ ${TARGETS.perArticleRatio}× that at 100: ${ratio === undefined ? "n/a" : `${fmt(ratio, 2)}×`} — ${check(ratio === undefined ? undefined : ratio <= TARGETS.perArticleRatio)} (model alone: ${modelRatio === undefined ? "n/a" : `${fmt(modelRatio, 2)}×`})`,
  );
  console.log(
    `  1 000 articles build ≤ ${TARGETS.buildSeconds} s: ${large ? `${fmt(large.buildMs / 1000, 1)} s` : "n/a"} — ${check(large && large.buildMs / 1000 <= TARGETS.buildSeconds)}`,
  );
  console.log(
    `  1 000 articles peak RSS ≤ 2 GiB: ${large?.rssMiB === undefined ? "n/a" : `${fmt(large.rssMiB, 0)} MiB`} — ${check(large?.rssMiB === undefined ? undefined : large.rssMiB <= TARGETS.rssMiB)}`,
  );
}

/** What the preview cards cost: at one PNG per claim they dominate the build. */
function printImageShare(rows: readonly Row[]): void {
  for (const row of rows) {
    const png = [...row.routes].filter(([kind]) => kind.endsWith(".png")).map(([, times]) => times);
    const ms = png.reduce((sum, times) => sum + times.ms, 0);
    if (ms === 0) continue;
    const rest = (row.buildMs - ms) / 1000;
    console.log(
      `  ${row.size} articles: PNG cards ${fmt(ms / 1000, 1)} s of ${fmt(row.buildMs / 1000, 1)} s (${fmt((100 * ms) / row.buildMs, 0)} %); everything else ${fmt(rest, 1)} s`,
    );
  }
}

function printColumns(table: readonly (readonly string[])[]): void {
  const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  for (const row of table)
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
    );
}

/** The fastest of `runs` timed calls, in ms. */
function bestOf(runs: number, task: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The hashed search index (`search/index.<hash>.json`), if this build has one. */
function findSearchIndex(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((file) => /^index\.[\w-]+\.json$/u.test(file));
  return name === undefined ? undefined : join(dir, name);
}

function sizeKiB(file: string): number | undefined {
  try {
    return statSync(file).size / 1024;
  } catch {
    return undefined;
  }
}

function fmt(value: number, digits: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
