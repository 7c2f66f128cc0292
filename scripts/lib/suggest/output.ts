import type { Candidate, Suggestion } from "../../../src/lib/compare/align/suggest.ts";

/** The `--json` contract of `npm run claims:suggest` (issue #11). */
export interface SuggestJson {
  readonly story: string;
  readonly suggestions: readonly {
    readonly claim: string | null;
    readonly status: "agree" | "differ" | "only";
    readonly score: number;
    readonly note?: string;
    readonly accounts: Record<string, { readonly quotes: readonly string[] }>;
  }[];
  /**
   * Per sentence (`<articleId>#<sentenceId>`): its three best candidate partners in each other report
   * (`{ articleId, sentenceId, quote, score }`) and its three best claims (`{ claim, score }`), best first.
   */
  readonly candidates: Record<string, readonly Candidate[]>;
}

/** Suggestions in the JSON contract: accounts keyed by article id, quotes verbatim. */
export function toJson(
  story: string,
  suggestions: readonly Suggestion[],
  candidates: ReadonlyMap<string, readonly Candidate[]> = new Map(),
): SuggestJson {
  return {
    story,
    suggestions: suggestions.map((s) => ({
      claim: s.claim,
      status: s.status,
      score: s.score,
      ...(s.note === undefined ? {} : { note: s.note }),
      accounts: Object.fromEntries([...s.accounts].map(([id, account]) => [id, { quotes: [...account.quotes] }])),
    })),
    candidates: Object.fromEntries(candidates),
  };
}

/** A readable terminal summary: per suggestion its status, score, target claim, evidence and sentences. */
export function formatSummary(
  story: string,
  suggestions: readonly Suggestion[],
  label: (articleId: string) => string,
): string[] {
  const lines = [`Story ${story}: ${suggestions.length} suggestions`];
  const count = (status: string) => suggestions.filter((s) => s.status === status).length;
  lines.push(`  ${count("agree")} agree · ${count("differ")} differ · ${count("only")} only`);
  for (const [n, s] of suggestions.entries()) {
    const target = s.claim === null ? "new claim" : `add to ${s.claim}`;
    lines.push("", `${n + 1}. ${s.status.toUpperCase()}  score ${s.score.toFixed(2)}  ${target}`);
    if (s.note !== undefined) lines.push(`   note: ${s.note}`);
    if (s.details !== undefined) lines.push(`   details differ: ${s.details}`);
    if (s.shared.details.length > 0 || s.shared.words.length > 0) {
      lines.push(`   shared: ${[...s.shared.details, ...s.shared.words].join(", ")}`);
    }
    for (const [id, account] of s.accounts) lines.push(`   ${label(id)}: ${account.quotes.join(" … ")}`);
  }
  return lines;
}
