/**
 * Scale benchmark: synthetic corpora of 100, 300 and 1 000 articles, each
 * built by the real site build (`astro build`), plus the site model alone
 * (`buildSite(loadContent(dir))` in this process, best of 3) to separate our logic from
 * Astro's page rendering. Prints figures beside the targets; never fails on
 * timings.
 *
 *   npx tsx scripts/bench.ts scale [--keep] [--sizes=100,300,1000] [--json]
 *
 * --keep leaves each temporary folder (content/, dist/, cache/, build.log).
 * --json prints one JSON object on stdout, `{ "<size>": { coldS, warmS,
 * cardsShare, peakRssMiB, homeKbGz } }`; the tables then go to stderr.
 *
 * Each size is built twice: "cold" with a fresh cache folder, then "warm"
 * reusing that cache (the preview-card cache keeps every PNG), as a
 * rebuild after a small content change would.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { astroBuildCommand } from "../lib/build/astro-build.ts";
import type { BenchOptions } from "../lib/bench/bench-options.ts";
import { routeTimes, type RouteTimes } from "../lib/bench/build-log.ts";
import { listFiles, listPages } from "../lib/build/dist-files.ts";
import { hasGnuTime, runMeasured, type MeasuredRun } from "../lib/bench/measure-process.ts";
import {
  cardShare,
  cardStats,
  isHomePage,
  isStoryPage,
  largest,
  pageSizes,
  storiesByReports,
  type CardStats,
  type PageSize,
} from "../lib/bench/scale-figures.ts";
import { searchP95 } from "../lib/bench/search-latency.ts";
import { writeSyntheticCorpus, type CorpusCounts } from "../lib/synthetic/corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const MiB = 1024 * 1024;
const TARGETS = { perArticleRatio: 1.5, buildSeconds: 120, rssMiB: 1536, cardsShare: 0.2, homeKbGz: 8 } as const;

interface Row {
  readonly size: number;
  readonly counts: CorpusCounts;
  readonly model: { loadMs: number; buildMs: number };
  readonly pages: number;
  readonly images: number;
  readonly buildMs: number;
  /** CPU time of the whole cold build (GNU time only). */
  readonly buildCpuMs: number | undefined;
  /** Second build into the same cache folder. */
  readonly warmBuildMs: number;
  /** The cards the cold build rendered, from its log. */
  readonly cards: CardStats | undefined;
  readonly homePages: readonly PageSize[];
  readonly storyPages: readonly PageSize[];
  /** The largest story page of the stories with the most reports (six in the synthetic corpus). */
  readonly widestStory: { readonly reports: number; readonly page: PageSize } | undefined;
  readonly rssMiB: number | undefined;
  readonly distMiB: number;
  readonly claimsJsonKiB: number | undefined;
  readonly searchKiB: number | undefined;
  readonly searchP95Ms: number | undefined;
  readonly routes: ReadonlyMap<string, RouteTimes>;
}

/** Run every size, then print the table and the targets (and the JSON figures with --json). */
export async function run(options: BenchOptions): Promise<void> {
  const { keep, json } = options;
  // With --json stdout carries the JSON object alone: the human-readable figures go to stderr.
  const log = console.log;
  if (json) console.log = console.error;
  try {
    const rows = await measureAll(options.sizes, keep);
    if (json) process.stdout.write(`${JSON.stringify(jsonFigures(rows))}\n`);
  } finally {
    console.log = log;
  }
}

async function measureAll(sizesArg: string | undefined, keep: boolean): Promise<Row[]> {
  const sizes = (sizesArg ?? "100,300,1000").split(",").map(Number);
  console.log(
    `Peak RSS from ${hasGnuTime() ? "/usr/bin/time -v (largest process of the build tree)" : "/proc VmHWM sampling (GNU time not installed: apt-get install time)"}.`,
  );
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await measureSize(size, keep));
  printTable(rows);
  printWarm(rows);
  printPages(rows);
  printImageShare(rows);
  printTargets(rows);
  return rows;
}

/** The figures the issue asks for, per size: `{ "1000": { coldS, warmS, cardsShare, peakRssMiB, homeKbGz } }`. */
function jsonFigures(rows: readonly Row[]): Record<string, Record<string, number | null>> {
  const round = (value: number, digits: number): number => Number(value.toFixed(digits));
  return Object.fromEntries(
    rows.map((row) => [
      String(row.size),
      {
        coldS: round(row.buildMs / 1000, 1),
        warmS: round(row.warmBuildMs / 1000, 1),
        cardsShare: round(shareOf(row).reported, 3),
        peakRssMiB: row.rssMiB === undefined ? null : round(row.rssMiB, 0),
        homeKbGz: round(largest(row.homePages)?.gzKb ?? 0, 2),
      },
    ]),
  );
}

/** The cards' share of the row's cold build (see cardShare). */
function shareOf(row: Row): ReturnType<typeof cardShare> {
  const routeMs = [...row.routes].filter(([kind]) => kind.endsWith(".png")).reduce((sum, [, t]) => sum + t.ms, 0);
  return cardShare({ cpuMs: row.cards?.cpuMs, routeMs }, { cpuMs: row.buildCpuMs, wallMs: row.buildMs });
}

async function measureSize(size: number, keep: boolean): Promise<Row> {
  // Under the project, not the system's temporary folder: see assertOutDirInProject.
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, "tmp", `bench-scale-${size}-`));
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
    const build = await measuredBuild(env, dir, "", `${size} articles`);
    const warmDist = join(dir, "dist-warm");
    const rebuild = await measuredBuild({ ...env, OUT_DIR: warmDist }, dir, "-warm", `${size} articles (warm)`);
    const warmBuildMs = rebuild.wallMs;
    rmSync(warmDist, { recursive: true, force: true });
    const files = listFiles(dist);
    const buildLog = readFileSync(join(dir, "build.log"), "utf8");
    const storyPages = pageSizes(dist, files.filter(isStoryPage));
    const byReports = storiesByReports(dist);
    const most = Math.max(...byReports.keys());
    const widest = largest(
      storyPages.filter((page) => byReports.get(most)?.some((id) => page.path === `stories/${id}/index.html`)),
    );
    const searchFile = findSearchIndex(join(dist, "search"));
    const row: Row = {
      size,
      counts,
      model: { loadMs, buildMs: modelMs },
      pages: listPages(dist).length,
      images: files.filter((file) => file.endsWith(".png")).length,
      buildMs: build.wallMs,
      buildCpuMs: build.cpuMs,
      warmBuildMs,
      cards: cardStats(buildLog),
      homePages: pageSizes(dist, files.filter(isHomePage)),
      storyPages,
      widestStory: widest === undefined ? undefined : { reports: most, page: widest },
      rssMiB: build.peakRssKiB === undefined ? undefined : build.peakRssKiB / 1024,
      distMiB: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) / MiB,
      claimsJsonKiB: sizeKiB(join(dist, "claims.json")),
      searchKiB: searchFile === undefined ? undefined : sizeKiB(searchFile),
      searchP95Ms: searchFile === undefined ? undefined : await searchP95(searchFile),
      routes: routeTimes(buildLog),
    };
    console.log(
      `  built ${row.pages} pages + ${row.images} images in ${fmt(row.buildMs / 1000, 1)} s (cold); again with the same cache in ${fmt(warmBuildMs / 1000, 1)} s (warm)`,
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

/**
 * One `astro build` as `npm run build` runs it, timed and its memory measured;
 * its log and GNU time's report go to `build<suffix>.log` and `time<suffix>.txt` in `dir`.
 */
async function measuredBuild(env: NodeJS.ProcessEnv, dir: string, suffix: string, what: string): Promise<MeasuredRun> {
  const build = astroBuildCommand([], env);
  const logFile = join(dir, `build${suffix}.log`);
  const run = await runMeasured(build.command, build.args, {
    cwd: ROOT,
    env: build.env,
    logFile,
    timeFile: join(dir, `time${suffix}.txt`),
  });
  if (run.exitCode !== 0)
    throw new Error(`astro build failed for ${what} (exit ${run.exitCode}); see ${logFile} (kept)`);
  return run;
}

/** Cold (fresh cache folder) against warm (the card cache of the cold build kept) for the size built twice. */
function printWarm(rows: readonly Row[]): void {
  for (const row of rows)
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
    `  1 000 articles peak RSS ≤ 1.5 GiB: ${large?.rssMiB === undefined ? "n/a" : `${fmt(large.rssMiB, 0)} MiB`} — ${check(large?.rssMiB === undefined ? undefined : large.rssMiB <= TARGETS.rssMiB)}`,
  );
  const share = large === undefined ? undefined : shareOf(large).reported;
  console.log(
    `  1 000 articles, cards' share of the cold build ≤ ${100 * TARGETS.cardsShare} %: ${share === undefined ? "n/a" : `${fmt(100 * share, 1)} %`} — ${check(share === undefined ? undefined : share <= TARGETS.cardsShare)}`,
  );
  const home = large === undefined ? undefined : largest(large.homePages)?.gzKb;
  console.log(
    `  1 000 articles, every home page ≤ ${TARGETS.homeKbGz} KB gzipped: ${home === undefined ? "n/a" : `${fmt(home, 2)} KB`} — ${check(home === undefined ? undefined : home <= TARGETS.homeKbGz)}`,
  );
}

/** What the preview cards cost, as a share of the same cold build: by CPU time and by wall time. */
function printImageShare(rows: readonly Row[]): void {
  console.log("\nPreview cards (one per claim), share of the cold build:");
  for (const row of rows) {
    const share = shareOf(row);
    const cards = row.cards;
    const perCard = cards === undefined || cards.cards === 0 ? "n/a" : fmt(cards.cpuMs / cards.cards, 2);
    console.log(
      `  ${row.size} articles: ${cards?.cards ?? 0} cards in ${cards?.workers ?? 0} workers, ${fmt((cards?.cpuMs ?? 0) / 1000, 1)} s CPU (${perCard} ms a card) of ${row.buildCpuMs === undefined ? "n/a" : fmt(row.buildCpuMs / 1000, 1)} s build CPU = ${share.cpu === undefined ? "n/a" : `${fmt(100 * share.cpu, 1)} %`}; card routes ${fmt(100 * share.wall, 1)} % of wall time`,
    );
  }
}

/** Page weights a reader downloads: every home page, and the story pages (with the widest story's). */
function printPages(rows: readonly Row[]): void {
  console.log("\nPage sizes (HTML, KB raw / gzipped -9):");
  for (const row of rows) {
    const home = largest(row.homePages);
    const story = largest(row.storyPages);
    const sorted = [...row.storyPages].sort((a, b) => a.gzKb - b.gzKb);
    const median = sorted[Math.floor(sorted.length / 2)];
    const size = (page: PageSize | undefined): string =>
      page === undefined ? "n/a" : `${fmt(page.kb, 1)} / ${fmt(page.gzKb, 1)}`;
    console.log(
      `  ${row.size} articles: ${row.homePages.length} home pages, largest ${size(home)}; ${row.storyPages.length} story pages, median ${size(median)}, largest ${size(story)}; largest ${row.widestStory?.reports ?? "?"}-report story page ${size(row.widestStory?.page)}${row.widestStory ? ` (${row.widestStory.page.path})` : ""}`,
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
