/**
 * Import benchmark (`npm run bench import`): the cost of importing a report
 * (line rules, headline, Markdown, front-matter check and no-loss proof), of
 * parsing its body as the site does (sentence ids included) and of the
 * no-loss proof alone, at 10×, 100× and 1 000× a normal report
 * (`--sizes=10,100` for other scales). Two shapes per scale:
 *
 * - "pasted N times": the committed report repeated, so every sentence has
 *   N duplicates (the cost of duplicate ids and duplicate sentences);
 * - "one line": the report's body joined into a single line N times as long
 *   (the cost of long lines: the line rules and the sentence splitter).
 *
 * The costs are linear when the time per character and per sentence stay
 * flat as the scale grows. Prints figures; never fails on timings.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArticle } from "../../src/lib/article/render-article.ts";
import { convertRawReport, type ConvertOptions } from "../../src/lib/import/convert-raw-report.ts";
import { splitFrontMatter } from "../../src/lib/import/to-markdown.ts";
import { checkNoLoss } from "../../src/lib/import/verify-no-loss.ts";
import { usageError } from "../lib/cli/cli-error.ts";
import type { BenchOptions } from "../lib/bench/bench-options.ts";

const ROOT = resolve(import.meta.dirname, "../..");
/** The normal report: a committed source, about 3 000 characters and 30 sentences. */
const REPORT = resolve(ROOT, "content/sources/witkoff-claims-putin-agrees-to-security-guarantees.txt");
const DEFAULT_SCALES = [10, 100, 1_000];
const OPTIONS: ConvertOptions = { story: "bench", published: "2025-08-17", title: "Bench report" };

interface Figure {
  readonly shape: string;
  readonly scale: number;
  readonly chars: number;
  readonly sentences: number;
  readonly importMs: number;
  readonly parseMs: number;
  readonly proofMs: number;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function measure(shape: string, scale: number, text: string): Figure {
  const imported = timed(() => convertRawReport(text, OPTIONS));
  const { frontMatter, body } = splitFrontMatter(imported.value.markdown);
  const removed = (frontMatter as { removed: { text: string; reason: string }[] }).removed;
  const parsed = timed(() => parseArticle(body));
  const proof = timed(() => checkNoLoss(text, removed, body));
  if (!proof.value.ok) throw new Error(`bench ${shape} ×${scale}: the no-loss proof failed`);
  return {
    shape,
    scale,
    chars: text.length,
    sentences: imported.value.sentences,
    importMs: imported.ms,
    parseMs: parsed.ms,
    proofMs: proof.ms,
  };
}

const micro = (ms: number, count: number): string => ((ms * 1000) / count).toFixed(2).padStart(7);

/** The scales of `--sizes=10,100`, or 10, 100 and 1 000. */
function scalesFrom(sizes: string | undefined): number[] {
  if (sizes === undefined) return DEFAULT_SCALES;
  const scales = sizes.split(",").map((value) => Number(value));
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) {
    throw usageError(`--sizes must be positive whole numbers separated by commas, got ${JSON.stringify(sizes)}`);
  }
  return scales;
}

/** Run the benchmark and print one row per shape and scale. */
export async function run(options: BenchOptions): Promise<void> {
  const report = readFileSync(REPORT, "utf8").trim();
  const bodyLine = report
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  const figures: Figure[] = [];
  // Warm up the JIT once, so the first scale is not charged with compiling the code.
  measure("warm-up", 1, report);
  for (const scale of scalesFrom(options.sizes)) {
    figures.push(measure("pasted N times", scale, Array.from({ length: scale }, () => report).join("\n\n")));
    figures.push(
      measure("one line", scale, `Bench report\n${Array.from({ length: scale }, () => bodyLine).join(" ")}`),
    );
  }
  if (options.json) {
    console.log(JSON.stringify({ figures }));
    return;
  }
  console.log("µs per character and per sentence; linear when they stay flat as the scale grows");
  console.log(
    "shape            scale      chars  sentences |  import/char  /sentence |  parse/char  /sentence |  proof/char  /sentence",
  );
  for (const f of figures) {
    console.log(
      `${f.shape.padEnd(16)} ${`×${f.scale}`.padStart(5)} ${String(f.chars).padStart(10)} ${String(f.sentences).padStart(10)} |` +
        `     ${micro(f.importMs, f.chars)}    ${micro(f.importMs, f.sentences)} |` +
        `    ${micro(f.parseMs, f.chars)}    ${micro(f.parseMs, f.sentences)} |` +
        `    ${micro(f.proofMs, f.chars)}    ${micro(f.proofMs, f.sentences)}`,
    );
  }
}
