/**
 * Lighthouse gate: audit one page of each type of the built site (home, a
 * story, an article, a claim, a person, search, search with results) and
 * require every category to score at least 95, as the median of
 * RUNS_PER_PAGE runs of each page (one run on a busy machine varies).
 *
 *   tsx scripts/lighthouse.ts [dist-dir]
 *
 * Uses Lighthouse's desktop preset, and the mobile preset as well for
 * search with results, where results arrive after the page (simulated
 * throttling: scores are computed from a model of the page load, so they
 * stay stable on a small shared machine). Chromium is located like the
 * browser tests do (CHROME_PATH, CHROMIUM_PATH, chromium on PATH, …; see
 * src/lib/browser/locate-chromium.ts).
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { BrowserNotFoundError, requireChromium } from "../src/lib/browser/locate-chromium.ts";
import { realSystem } from "../src/lib/browser/real-system.ts";
import { serveStatic } from "../tests/e2e/support/static-server.ts";
import { builtSiteArg } from "./lib/gates/built-site-arg.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import {
  CATEGORIES,
  medianFigures,
  MIN_SCORE,
  pagesToAudit,
  RUNS_PER_PAGE,
  scoreTable,
  type RunFigures,
} from "./lib/gates/lighthouse-pages.ts";

/** The report of one Lighthouse run. */
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** A run's category scores and total blocking time. */
const figuresOf = (lhr: Report): RunFigures => ({
  scores: Object.fromEntries(CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null])),
  tbtMs: lhr.audits["total-blocking-time"]?.numericValue,
});

export const main = cliMain(
  async (argv, io) => {
    const root = builtSiteArg(argv, io);
    const chromePath = requireChromium(realSystem).path;

    const pages = pagesToAudit(root);
    const started = Date.now();
    const server = await serveStatic(root);
    const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
    const rows: { page: (typeof pages)[number]; scores: Record<string, number | null>; tbtMs?: number }[] = [];
    const failures: string[] = [];
    try {
      for (const page of pages) {
        const runs: Report[] = [];
        let error: string | undefined;
        for (let run = 0; run < RUNS_PER_PAGE && error === undefined; run++) {
          const result = await lighthouse(
            `${server.origin}${page.path}`,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
            // Lighthouse's default configuration is the mobile preset.
            page.preset === "desktop" ? desktopConfig : undefined,
          );
          if (result === undefined) throw new Error(`Lighthouse returned no result for ${page.path}`);
          // The page did not load (a 404, say): one line saying why beats four empty category lines.
          if (result.lhr.runtimeError) error = `${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`;
          else runs.push(result.lhr);
        }
        if (error !== undefined) {
          failures.push(`${page.kind} ${page.path} (${page.preset}): ${error}`);
          rows.push({ page, scores: {} });
          continue;
        }
        const { scores, tbtMs } = medianFigures(runs.map(figuresOf));
        // The audits that cost points, named from Lighthouse's own median run (closest to the median FCP and TTI).
        const typical = computeMedianRun(runs) as Report;
        for (const category of CATEGORIES) {
          const score = scores[category] ?? null;
          if (score !== null && score >= MIN_SCORE) continue;
          const lost = (typical.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (typical.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${typical.audits[ref.id]?.displayValue ?? typical.audits[ref.id]?.title ?? ""})`);
          const each = runs.map((lhr) => Math.round((lhr.categories[category]?.score ?? 0) * 100)).join(", ");
          failures.push(
            `${page.kind} ${page.path} (${page.preset}): ${category} ${score === null ? "n/a" : Math.round(score * 100)} (runs: ${each}) — ${lost.join("; ")}`,
          );
        }
        rows.push({ page, scores, ...(tbtMs === undefined ? {} : { tbtMs }) });
      }
    } finally {
      chrome.kill();
      await server.close();
    }

    io.stdout(
      `Lighthouse (simulated throttling), each figure the median of ${RUNS_PER_PAGE} runs, minimum ${Math.round(MIN_SCORE * 100)} per category:`,
    );
    io.stdout(scoreTable(rows));
    for (const failure of failures) io.stderr(`  FAIL ${failure}`);
    io.stdout(
      `Lighthouse: ${rows.length} pages audited ${RUNS_PER_PAGE} times each in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.length} failures`,
    );
    return failures.length > 0 ? 1 : 0;
  },
  { prefix: "Lighthouse: ", expected: [BrowserNotFoundError] },
);

await runWhenEntryPoint(import.meta.url, main);
