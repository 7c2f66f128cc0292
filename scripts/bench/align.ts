/**
 * `npm run bench align`: quality and speed of the claim-alignment engine.
 *
 * - Quality on the development set (tests/fixtures/alignment/flood, an
 *   answer key written for the project) and on every committed story with
 *   its claims removed (the pairs sharing a committed claim are the answer):
 *   precision, recall and F1 of suggested cross-report sentence pairs, and
 *   how often the proposed status matches. A plain TF-IDF baseline runs
 *   beside it, at its best threshold, so the gain is visible.
 * - The effect of the engine's named constants: a sweep of the link
 *   thresholds, and the engine without details.
 * - Time for each committed story, and on synthetic stories of 2–6 reports
 *   (time per sentence should stay flat).
 * Prints figures; never fails. With --json, one object on stdout: per set,
 * the engine's and the baseline's precision, recall and F1.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { baselinePairs } from "../../src/lib/compare/yardstick/baseline.ts";
import {
  claimPairs,
  scorePairSets,
  statusAgreement,
  type ClaimSentences,
} from "../../src/lib/compare/yardstick/evaluate.ts";
import { CONCEPT_WEIGHT } from "../../src/lib/compare/align/score.ts";
import { LINK_THRESHOLDS, type LinkThresholds } from "../../src/lib/compare/align/link.ts";
import { suggestClaims, type ReportInput, type Suggestion } from "../../src/lib/compare/align/suggest.ts";
import type { DetailFinder } from "../../src/lib/compare/align/features.ts";
import { existingClaims, storyReports } from "../../src/lib/model/align-input.ts";
import { siteDetailFinder } from "../../src/lib/model/site-details.ts";
import { loadContent } from "../../src/lib/content/load-content.ts";
import { buildSite } from "../../src/lib/model/build-site.ts";
import { runSuggest } from "../lib/suggest/command.ts";
import { loadAlignmentSet, type AlignmentSet } from "../lib/bench/alignment-set.ts";
import type { BenchOptions } from "../lib/bench/bench-options.ts";
import { syntheticStory } from "../lib/synthetic/story.ts";

/** Answer keys: `flood` is the team's development set, the others are written for the tests. */
const ALIGNMENT_SETS = "tests/fixtures/alignment";

const fmt = (n: number) => n.toFixed(2);

/** Suggestions as claim sentences, for scoring. */
function asClaims(suggestions: readonly Suggestion[]): ClaimSentences[] {
  return suggestions.map((s) => ({
    status: s.status,
    accounts: new Map([...s.accounts].map(([id, account]) => [id, [...account.sentenceIds]])),
  }));
}

function evaluate(
  set: AlignmentSet,
  findDetails: DetailFinder,
  thresholds: LinkThresholds = LINK_THRESHOLDS,
  conceptWeight = CONCEPT_WEIGHT,
) {
  const suggestions = suggestClaims({ reports: set.reports, findDetails, thresholds, conceptWeight });
  const claims = asClaims(suggestions);
  return {
    ...scorePairSets(claimPairs(claims), claimPairs(set.expected)),
    status: statusAgreement(claims, set.expected),
  };
}

function baseline(set: AlignmentSet) {
  const sentences = set.reports.flatMap((report) =>
    report.blocks
      .filter((b) => b.kind === "paragraph")
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

function line(
  name: string,
  s: { precision: number; recall: number; f1: number; correct: number; suggested: number; expected: number },
  extra = "",
) {
  console.log(
    `  ${name.padEnd(34)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (${s.correct}/${s.suggested} suggested, ${s.expected} expected)${extra}`,
  );
}

export async function run(options: BenchOptions): Promise<void> {
  const sets: { set: AlignmentSet; findDetails: DetailFinder }[] = [];
  const site = buildSite(loadContent("content"));
  const siteFinder = siteDetailFinder(site);
  // Answer keys have no content entities: names come from the NLP library alone, as for a story never seen.
  const keys = readdirSync(ALIGNMENT_SETS).filter((entry) => existsSync(join(ALIGNMENT_SETS, entry, "reference.json")));
  for (const name of keys.sort()) {
    sets.push({
      set: loadAlignmentSet(join(ALIGNMENT_SETS, name), `answer key ${name}`),
      findDetails: siteDetailFinder(),
    });
  }
  for (const story of site.stories) {
    if (story.articleIds.length < 2) continue;
    const expected = existingClaims(site, story.id);
    sets.push({
      set: { name: `committed story ${story.id}`, heldOut: false, reports: storyReports(site, story.id), expected },
      findDetails: siteFinder,
    });
  }

  if (options.json) {
    // One object on stdout: quality per set, engine beside the baseline (the sweep and timings are for people).
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const figures = (s: { precision: number; recall: number; f1: number }) => ({
      precision: round(s.precision),
      recall: round(s.recall),
      f1: round(s.f1),
    });
    const result = Object.fromEntries(
      sets.map(({ set, findDetails }) => {
        const engine = evaluate(set, findDetails);
        return [
          set.name,
          {
            heldOut: set.heldOut,
            engine: { ...figures(engine), statusMatches: round(engine.status) },
            baseline: figures(baseline(set)),
          },
        ];
      }),
    );
    console.log(JSON.stringify(result));
    return;
  }

  console.log("Quality (targets: recall ≥ 0.80 at precision ≥ 0.70)");
  for (const { set, findDetails } of sets) {
    console.log(` ${set.name}${set.heldOut ? " (held out: never used for tuning)" : ""}`);
    const engine = evaluate(set, findDetails);
    line("engine", engine, `  status matches ${fmt(engine.status)}`);
    const base = baseline(set);
    line(`TF-IDF baseline (best t=${fmt(base.threshold)})`, base);
    line(
      "engine without details",
      evaluate(set, () => []),
    );
  }

  console.log(
    `\nSettings sweep (current: strong ${LINK_THRESHOLDS.strong}, weak ${LINK_THRESHOLDS.weak}, one-way ${LINK_THRESHOLDS.oneWay}, concepts ${CONCEPT_WEIGHT}); mean F1 over the sets used for tuning (held-out keys are never among them), then P/R per set`,
  );
  const tuning = sets.filter(({ set }) => !set.heldOut);
  const rows: { label: string; mean: number; detail: string }[] = [];
  for (const conceptWeight of [0, 0.25, 0.5, 0.75])
    for (const strong of [0.3, 0.4, 0.5])
      for (const weak of [0.08, 0.12, 0.16])
        for (const oneWay of [0.1, 0.15, 0.2, 1]) {
          const scores = tuning.map(({ set, findDetails }) =>
            evaluate(set, findDetails, { strong, weak, oneWay }, conceptWeight),
          );
          rows.push({
            label: `concepts ${conceptWeight.toFixed(2)} strong ${strong.toFixed(2)} weak ${weak.toFixed(2)} one-way ${oneWay.toFixed(2)}`,
            mean: scores.reduce((sum, s) => sum + s.f1, 0) / scores.length,
            detail: scores.map((s) => `P ${fmt(s.precision)} R ${fmt(s.recall)}`).join(" | "),
          });
        }
  // The ten best settings, and the current one: how flat the optimum is.
  for (const row of rows.sort((a, b) => b.mean - a.mean).slice(0, 10))
    console.log(`  ${row.label}: F1 ${fmt(row.mean)}  ${row.detail}`);

  console.log("\nSpeed (best of 3 runs, after one warm-up: the NLP models load once)");
  const time = (work: () => void) => {
    work();
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      work();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  for (const { set, findDetails } of sets) {
    const ms = time(() => suggestClaims({ reports: set.reports, findDetails }));
    console.log(`  ${set.name}: ${ms.toFixed(0)} ms (target ≤ 1000 ms)`);
  }
  for (const story of site.stories.filter((s) => s.articleIds.length > 1)) {
    const ms = time(() => runSuggest(["--story", story.id, "--json"], { out: () => {}, writeFile: () => {} }));
    console.log(
      `  npm run claims:suggest -- --story ${story.id} --json, in-process (reads and proves content/): ${ms.toFixed(0)} ms`,
    );
  }
  for (const reports of [2, 3, 4, 5, 6]) {
    const story: ReportInput[] = syntheticStory(reports, 25, 42);
    const sentences = story.reduce((n, r) => n + r.blocks.reduce((m, b) => m + b.sentences.length, 0), 0);
    const ms = time(() => suggestClaims({ reports: story, findDetails: siteFinder }));
    console.log(
      `  synthetic, ${reports} reports, ${sentences} sentences: ${ms.toFixed(0)} ms, ${(ms / sentences).toFixed(2)} ms per sentence`,
    );
  }
}
