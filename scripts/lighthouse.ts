/**
 * Lighthouse gate: audit one page of each type of the built site (home, a
 * story, an article, a claim, a person, search, search with results) and
 * require every category to score at least 95.
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
import { BrowserNotFoundError, requireChromium } from "../src/lib/browser/locate-chromium.ts";
import { realSystem } from "../src/lib/browser/real-system.ts";
import { serveStatic } from "../tests/e2e/support/static-server.ts";
import { builtSiteArg } from "./lib/gates/built-site-arg.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { CATEGORIES, MIN_SCORE, pagesToAudit, scoreTable } from "./lib/gates/lighthouse-pages.ts";

export const main = cliMain(
  async (argv, io) => {
    const root = builtSiteArg(argv, io);
    const chromePath = requireChromium(realSystem).path;

    const pages = pagesToAudit(root);
    const started = Date.now();
    const server = await serveStatic(root);
    const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
    const rows: { page: (typeof pages)[number]; scores: Record<string, number | null> }[] = [];
    const failures: string[] = [];
    try {
      for (const page of pages) {
        const result = await lighthouse(
          `${server.origin}${page.path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          // Lighthouse's default configuration is the mobile preset.
          page.preset === "desktop" ? desktopConfig : undefined,
        );
        if (result === undefined) throw new Error(`Lighthouse returned no result for ${page.path}`);
        const { lhr } = result;
        const scores: Record<string, number | null> = {};
        if (lhr.runtimeError) {
          // The page did not load (a 404, say): one line saying why beats four empty category lines.
          failures.push(
            `${page.kind} ${page.path} (${page.preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
          rows.push({ page, scores });
          continue;
        }
        for (const category of CATEGORIES) {
          const score = lhr.categories[category]?.score ?? null;
          scores[category] = score;
          if (score !== null && score >= MIN_SCORE) continue;
          // Name the audits that cost points, so a failure says what to fix.
          const lost = (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ""})`);
          failures.push(
            `${page.kind} ${page.path} (${page.preset}): ${category} ${score === null ? "n/a" : Math.round(score * 100)} — ${lost.join("; ")}`,
          );
        }
        rows.push({ page, scores });
      }
    } finally {
      chrome.kill();
      await server.close();
    }

    io.stdout(`Lighthouse (simulated throttling), minimum ${Math.round(MIN_SCORE * 100)} per category:`);
    io.stdout(scoreTable(rows));
    for (const failure of failures) io.stderr(`  FAIL ${failure}`);
    io.stdout(
      `Lighthouse: ${rows.length} pages audited in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.length} failures`,
    );
    return failures.length > 0 ? 1 : 0;
  },
  { prefix: "Lighthouse: ", expected: [BrowserNotFoundError] },
);

await runWhenEntryPoint(import.meta.url, main);
