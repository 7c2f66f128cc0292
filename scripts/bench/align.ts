/**
 * `npm run bench align`: quality and cost of the claim-alignment engine.
 *
 * - Per answer key (tests/fixtures/alignment/), beside a plain TF-IDF
 *   baseline at its best threshold (generous to it): precision, recall and
 *   F1 of the suggested cross-report sentence pairs, how often the proposed
 *   status matches, and top-3 candidate recall (the share of expected pairs
 *   where one sentence is among the other's three ranked candidates).
 *   Development keys (`flood`, `harbour`, `plant`, `talks`) are the only ones tuned on;
 *   held-out keys say so. The committed story with its claims removed is
 *   scored the same way.
 * - "A new report joins a story": attachment precision and recall, the status
 *   right after attaching and the side taken on a differ claim, on the
 *   held-out `gallery` and `tram` keys and on the development keys' last report joining
 *   the others' claims.
 * - A sweep of the paraphrase weight and link thresholds over the
 *   development keys only.
 * - Time and peak memory at 2, 4 and 6 reports of 75, 150 and 300
 *   sentences, each in a process of its own.
 * Prints figures; never fails. With --json, one object on stdout.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { baselinePairs } from "../../src/lib/compare/yardstick/baseline.ts";
import {
  claimPairs,
  scorePairSets,
  statusAgreement,
  type ClaimSentences,
} from "../../src/lib/compare/yardstick/evaluate.ts";
import { scoreJoins } from "../../src/lib/compare/yardstick/joins.ts";
import { PARAPHRASE_WEIGHT } from "../../src/lib/compare/align/score.ts";
import { LINK_THRESHOLDS, type LinkThresholds } from "../../src/lib/compare/align/link.ts";
import { analyseStory, type StoryAnalysis, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import type { DetailFinder } from "../../src/lib/compare/align/features.ts";
import { existingClaims, storyReports } from "../../src/lib/model/align-input.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import {
  isJoinsKey,
  joinsFromKey,
  loadAlignmentSet,
  loadJoinsSet,
  type AlignmentSet,
  type JoinsSet,
} from "../lib/bench/alignment-set.ts";
import type { BenchOptions } from "../lib/bench/bench-options.ts";
import { hasGnuTime, runMeasured } from "../lib/bench/measure-process.ts";
import { explainKey } from "../lib/bench/explain-key.ts";
import { usageError } from "../lib/cli/cli-error.ts";

/** Answer keys: `flood` is the team's development set, the others are written for the tests. */
const ALIGNMENT_SETS = "tests/fixtures/alignment";
/** The keys tuned on; every other key is held out. */
const DEVELOPMENT_KEYS = ["flood", "harbour", "plant", "talks"];
const COST_REPORTS = [2, 4, 6];
const COST_SENTENCES = [75, 150, 300];

const fmt = (n: number) => n.toFixed(2);
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Suggestions as claim sentences, for scoring. */
function asClaims(suggestions: readonly Suggestion[]): ClaimSentences[] {
  return suggestions.map((s) => ({
    status: s.status,
    accounts: new Map([...s.accounts].map(([id, account]) => [id, [...account.sentenceIds]])),
  }));
}

/** Share of expected pairs where either sentence ranks the other among its candidates. */
function candidateRecall(analysis: StoryAnalysis, expected: ReadonlySet<string>): number {
  if (expected.size === 0) return 0;
  const has = (from: string, to: string) =>
    (analysis.candidates.get(from) ?? []).some(
      (c) => "articleId" in c && c.sentenceIds.some((id) => `${c.articleId}#${id}` === to),
    );
  let hits = 0;
  for (const pair of expected) {
    const [a, b] = pair.split("\n") as [string, string];
    if (has(a, b) || has(b, a)) hits++;
  }
  return hits / expected.size;
}

interface Tuning {
  readonly thresholds?: LinkThresholds;
  readonly paraphraseWeight?: number;
}

function evaluate(set: AlignmentSet, findDetails: DetailFinder, tuning: Tuning = {}) {
  const analysis = analyseStory({ reports: set.reports, findDetails, ...tuning });
  const claims = asClaims(analysis.suggestions);
  const expected = claimPairs(set.expected);
  return {
    ...scorePairSets(claimPairs(claims), expected),
    status: statusAgreement(claims, set.expected),
    top3: candidateRecall(analysis, expected),
  };
}

function baseline(set: AlignmentSet) {
  const sentences = set.reports.flatMap((report) =>
    report.blocks
      .filter((b) => b.kind !== "heading")
      .flatMap((b) => b.sentences.map((s) => ({ key: `${report.id}#${s.id}`, report: report.id, text: s.text }))),
  );
  const expected = claimPairs(set.expected);
  let best = { threshold: 0, ...scorePairSets(new Set(), expected) };
  for (let t = 0.05; t <= 0.8; t += 0.05) {
    const scores = scorePairSets(baselinePairs(sentences, t), expected);
    if (scores.f1 > best.f1) best = { threshold: t, ...scores };
  }
  return best;
}

function joins(set: JoinsSet, findDetails: DetailFinder) {
  const { suggestions } = analyseStory({ reports: set.reports, existing: set.existing, findDetails });
  const labels = new Map(set.reports.map((r) => [r.id, r.label]));
  return scoreJoins(suggestions, set.expected, set.report, (id) => labels.get(id) ?? id);
}

/** Time and peak memory of one synthetic story, in a process of its own. */
async function cost(reports: number, sentences: number) {
  const dir = mkdtempSync(join(tmpdir(), "bench-align-"));
  try {
    const logFile = join(dir, "out.log");
    const run = await runMeasured(
      "node_modules/.bin/tsx",
      ["scripts/bench/align-cost.ts", String(reports), String(sentences)],
      {
        cwd: process.cwd(),
        env: process.env,
        logFile,
        timeFile: join(dir, "time.txt"),
      },
    );
    const line = readFileSync(logFile, "utf8").trim().split("\n").pop() ?? "{}";
    const engine = JSON.parse(line) as { wallMs?: number; cpuMs?: number };
    return {
      engineMs: engine.wallMs,
      engineCpuMs: engine.cpuMs,
      processMs: run.wallMs,
      peakRssMiB: run.peakRssKiB === undefined ? undefined : run.peakRssKiB / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(options: BenchOptions): Promise<void> {
  // With --json, stdout is the one object: what people read goes to stderr.
  const say = options.json ? (text: string) => process.stderr.write(`${text}\n`) : (text: string) => console.log(text);
  const site = buildSite(loadContent("content"));
  const siteFinder = siteDetailFinder(site);
  // Answer keys have no content entities: names come from the NLP library alone, as for a story never seen.
  const keyFinder = siteDetailFinder();
  const names = readdirSync(ALIGNMENT_SETS)
    .filter((entry) => existsSync(join(ALIGNMENT_SETS, entry, "reference.json")))
    .sort();
  const sets: { set: AlignmentSet; findDetails: DetailFinder; development: boolean }[] = names.map((name) => ({
    set: loadAlignmentSet(join(ALIGNMENT_SETS, name), name),
    findDetails: keyFinder,
    development: DEVELOPMENT_KEYS.includes(name),
  }));
  for (const story of site.stories.filter((s) => s.articleIds.length > 1)) {
    sets.push({
      set: {
        name: `committed story ${story.id}, its claims removed`,
        heldOut: false,
        reports: storyReports(site, story.id),
        expected: existingClaims(site, story.id),
      },
      findDetails: siteFinder,
      development: false,
    });
  }
  if (options.explain !== undefined) {
    const chosen = sets.find(({ set }) => set.name === options.explain);
    if (chosen === undefined || !chosen.development)
      throw usageError(
        `--explain takes a development key (${DEVELOPMENT_KEYS.join(", ")}): held-out keys are never inspected, so they stay unseen`,
      );
    const analysis = analyseStory({ reports: chosen.set.reports, findDetails: chosen.findDetails });
    for (const line of explainKey(chosen.set, analysis)) say(line);
    const derived = joinsFromKey(chosen.set);
    if (derived !== undefined) {
      const { suggestions } = analyseStory({
        reports: derived.reports,
        existing: derived.existing,
        findDetails: keyFinder,
      });
      say(`\n${derived.name}: attachments`);
      for (const s of suggestions.filter((x) => x.claim !== null))
        say(
          `  ${s.claim} ← ${[...s.accounts.values()].flatMap((a) => a.quotes).join(" | ")} (${s.status}${s.note === undefined ? "" : `: ${s.note}`})`,
        );
      for (const e of derived.expected) say(`  expected ${e.claim} ← ${e.sentenceIds.join(", ")} (${e.status})`);
    }
    return;
  }
  const result: Record<string, unknown> = {};

  say(
    `Quality (targets on every fictional key: recall ≥ 0.80 at precision ≥ 0.75, status ≥ 0.80, top-3 candidate recall ≥ 0.95)`,
  );
  say(
    `Tuned on the development keys only: ${DEVELOPMENT_KEYS.join(", ")}. Every other key is held out and was never tuned on.`,
  );
  for (const { set, findDetails, development } of sets) {
    const role = development
      ? "development key"
      : set.name.startsWith("committed")
        ? "not tuned on"
        : "held out: never used for tuning";
    const engine = evaluate(set, findDetails);
    const base = baseline(set);
    say(` ${set.name} (${role})`);
    say(
      `  engine                       P ${fmt(engine.precision)}  R ${fmt(engine.recall)}  F1 ${fmt(engine.f1)}  status ${fmt(engine.status)}  top-3 ${fmt(engine.top3)}  (${engine.correct}/${engine.suggested} suggested, ${engine.expected} expected)`,
    );
    say(
      `  TF-IDF baseline (t=${fmt(base.threshold)})     P ${fmt(base.precision)}  R ${fmt(base.recall)}  F1 ${fmt(base.f1)}  (${base.correct}/${base.suggested})`,
    );
    result[set.name] = {
      role,
      engine: {
        precision: round(engine.precision),
        recall: round(engine.recall),
        f1: round(engine.f1),
        status: round(engine.status),
        top3: round(engine.top3),
      },
      baseline: { precision: round(base.precision), recall: round(base.recall), f1: round(base.f1) },
    };
  }

  say(`\nA new report joins a story (targets: attachment recall ≥ 0.80 at precision ≥ 0.80; status ≥ 0.80)`);
  const joinSets: { set: JoinsSet; role: string }[] = [];
  for (const name of names) {
    const dir = join(ALIGNMENT_SETS, name);
    if (isJoinsKey(dir)) joinSets.push({ set: loadJoinsSet(dir, name), role: "held out: never used for tuning" });
    else if (DEVELOPMENT_KEYS.includes(name)) {
      const derived = joinsFromKey(loadAlignmentSet(dir, name));
      if (derived !== undefined) joinSets.push({ set: derived, role: "development key" });
    }
  }
  for (const { set, role } of joinSets) {
    const s = joins(set, keyFinder);
    say(
      `  ${`${set.name} (${role})`.padEnd(60)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  status ${fmt(s.status)}  side taken ${s.sides === 0 && !set.expected.some((e) => e.sidesWith) ? "–" : fmt(s.sides)}  (${s.correct}/${s.suggested} suggested, ${s.expected} expected)`,
    );
    result[`joins: ${set.name}`] = { role, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)])) };
  }

  const development = sets.filter((s) => s.development);
  say(
    `\nSweep over the development keys (${DEVELOPMENT_KEYS.join(", ")}) only; current: paraphrase ${PARAPHRASE_WEIGHT}, strong ${LINK_THRESHOLDS.strong}, weak ${LINK_THRESHOLDS.weak}, one-way ${LINK_THRESHOLDS.oneWay}`,
  );
  const rows: { label: string; mean: number; detail: string }[] = [];
  for (const paraphraseWeight of [0, 0.3, 0.5, 0.7])
    for (const weak of [0.12, 0.18, 0.24])
      for (const oneWay of [0.24, 0.3, 1]) {
        const thresholds = { strong: LINK_THRESHOLDS.strong, weak, oneWay };
        const scores = development.map(({ set, findDetails }) =>
          evaluate(set, findDetails, { thresholds, paraphraseWeight }),
        );
        rows.push({
          label: `paraphrase ${fmt(paraphraseWeight)} weak ${fmt(weak)} one-way ${fmt(oneWay)}`,
          mean: scores.reduce((sum, s) => sum + s.f1, 0) / scores.length,
          detail: scores.map((s) => `P ${fmt(s.precision)} R ${fmt(s.recall)}`).join(" | "),
        });
      }
  for (const row of rows.sort((a, b) => b.mean - a.mean).slice(0, 8))
    say(`  ${row.label}: mean F1 ${fmt(row.mean)}  ${row.detail}`);
  const lexicalOnly = rows.filter((r) => r.label.startsWith("paraphrase 0.00")).sort((a, b) => b.mean - a.mean)[0];
  if (lexicalOnly !== undefined)
    say(`  best without paraphrase: ${lexicalOnly.label}: mean F1 ${fmt(lexicalOnly.mean)}  ${lexicalOnly.detail}`);

  say(
    `\nCost (synthetic stories, each run in a process of its own; engine time excludes start-up; target 6 × 300 in ≤ 10 s and ≤ 500 MB)`,
  );
  if (!hasGnuTime()) say("  (GNU time is missing: peak memory sampled from /proc)");
  const costs: Record<string, unknown> = {};
  for (const reports of COST_REPORTS) {
    for (const sentences of COST_SENTENCES) {
      const c = await cost(reports, sentences);
      const label = `${reports} × ${sentences}`;
      say(
        `  ${label.padEnd(9)} engine ${((c.engineMs ?? NaN) / 1000).toFixed(2)} s wall, ${((c.engineCpuMs ?? NaN) / 1000).toFixed(2)} s CPU; whole process ${(c.processMs / 1000).toFixed(1)} s, peak ${c.peakRssMiB?.toFixed(0) ?? "?"} MiB`,
      );
      costs[label] = c;
    }
  }
  result.cost = costs;
  const start = performance.now();
  for (const story of site.stories.filter((s) => s.articleIds.length > 1))
    analyseStory({
      reports: storyReports(site, story.id),
      existing: existingClaims(site, story.id),
      findDetails: siteFinder,
    });
  say(`  the committed story with its claims: ${(performance.now() - start).toFixed(0)} ms`);
  if (options.json) console.log(JSON.stringify(result));
}
