/**
 * `npm run bench align -- --explain=<key>`: what the engine got wrong on one
 * development key, claim by claim — the pairs it missed, the pairs it made
 * that the key does not hold, and each wrong status with its note. Held-out
 * keys are refused: looking at their misses would be tuning on them.
 */
import type { StoryAnalysis, Suggestion } from "../../../src/lib/compare/align/suggest.ts";
import { claimPairs, type ClaimSentences } from "../../../src/lib/compare/yardstick/evaluate.ts";
import type { AlignmentSet } from "./alignment-set.ts";

/** Lines that explain the engine's misses on one key. */
export function explainKey(set: AlignmentSet, analysis: StoryAnalysis): string[] {
  const text = new Map(
    set.reports.flatMap((report) =>
      report.blocks.flatMap((block) => block.sentences.map((s) => [`${report.id}#${s.id}`, s.text] as const)),
    ),
  );
  const show = (key: string) => `${key} "${text.get(key as `${string}#${string}`) ?? "?"}"`;
  const asClaim = (s: Suggestion): ClaimSentences => ({
    status: s.status,
    accounts: new Map([...s.accounts].map(([id, account]) => [id, [...account.sentenceIds]])),
  });
  const suggested = analysis.suggestions.map((s) => ({ s, pairs: claimPairs([asClaim(s)]) }));
  const expected = set.expected.map((claim) => ({ claim, pairs: claimPairs([claim]) }));
  const allSuggested = new Set(suggested.flatMap(({ pairs }) => [...pairs]));
  const allExpected = new Set(expected.flatMap(({ pairs }) => [...pairs]));
  const lines: string[] = [];
  expected.forEach(({ claim, pairs }, i) => {
    if (claim.accounts.size < 2) return;
    const best = suggested
      .map(({ s, pairs: got }) => ({ s, overlap: [...got].filter((p) => pairs.has(p)).length }))
      .filter(({ overlap }) => overlap > 0)
      .sort((a, b) => b.overlap - a.overlap)[0];
    const missed = [...pairs].filter((p) => !allSuggested.has(p));
    const statusWrong = best === undefined || best.s.status !== claim.status;
    if (missed.length === 0 && !statusWrong) return;
    lines.push(`claim ${i + 1} (${claim.status}): ${[...claim.accounts.values()].flat().length} sentences`);
    if (best === undefined) lines.push(`  no suggestion holds any of its pairs`);
    else if (statusWrong) lines.push(`  status ${best.s.status}${best.s.note === undefined ? "" : `: ${best.s.note}`}`);
    for (const pair of missed) {
      const [a, b] = pair.split("\n") as [string, string];
      const candidates = analysis.candidates.get(a) ?? [];
      const rank = candidates.findIndex((c) => "articleId" in c && `${c.articleId}#${c.sentenceId}` === b);
      lines.push(`  missed ${show(a)}`);
      lines.push(`      and ${show(b)}${rank >= 0 ? ` (candidate ${rank + 1})` : ""}`);
    }
  });
  for (const { s, pairs } of suggested) {
    const wrong = [...pairs].filter((p) => !allExpected.has(p));
    if (wrong.length === 0) continue;
    lines.push(`false pairs in a suggested ${s.status}${s.note === undefined ? "" : ` (${s.note})`}`);
    for (const pair of wrong) {
      const [a, b] = pair.split("\n") as [string, string];
      lines.push(`  ${show(a)}`);
      lines.push(`  ${show(b)}`);
    }
  }
  return lines;
}
