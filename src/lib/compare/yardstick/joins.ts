/**
 * Scoring how a new report joins a story's committed claims: which of its
 * sentences the engine attaches to which claim, and the status it proposes
 * right after.
 */
import type { Suggestion } from "../align/suggest.ts";

/** One account the new report should bring to a committed claim. */
export interface ExpectedJoin {
  readonly claim: string;
  /** Sentences of the new report that carry it. */
  readonly sentenceIds: readonly string[];
  readonly status: "agree" | "differ";
  /** For a claim whose accounts differ: the report whose account the new one agrees with. */
  readonly sidesWith?: string;
}

/** Attachment precision and recall (over claim–sentence links), and how right the statuses are. */
export interface JoinScores {
  readonly precision: number;
  readonly recall: number;
  readonly suggested: number;
  readonly expected: number;
  readonly correct: number;
  /** Share of expected joins found whose proposed status is right. */
  readonly status: number;
  /** Share of expected joins with `sidesWith`, found, whose note names that report's label as the side. */
  readonly sides: number;
}

const link = (claim: string, sentence: string) => `${claim}\n${sentence}`;

/** Score the suggestions for existing claims against the expected joins of `report`. */
export function scoreJoins(
  suggestions: readonly Suggestion[],
  expected: readonly ExpectedJoin[],
  report: string,
  label: (articleId: string) => string,
): JoinScores {
  const suggested = new Map<string, Suggestion>();
  for (const s of suggestions) {
    if (s.claim === null) continue;
    for (const sentence of s.accounts.get(report)?.sentenceIds ?? []) suggested.set(link(s.claim, sentence), s);
  }
  const wanted = new Set(expected.flatMap((e) => e.sentenceIds.map((id) => link(e.claim, id))));
  const correct = [...suggested.keys()].filter((key) => wanted.has(key)).length;
  let found = 0;
  let rightStatus = 0;
  let withSide = 0;
  let rightSide = 0;
  for (const join of expected) {
    const s = join.sentenceIds.map((id) => suggested.get(link(join.claim, id))).find((x) => x !== undefined);
    if (s === undefined) continue;
    found++;
    if (s.status === join.status) rightStatus++;
    if (join.sidesWith !== undefined) {
      withSide++;
      const side = label(join.sidesWith);
      if (new RegExp(`(as|closest to) ${side.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}`, "u").test(s.note ?? ""))
        rightSide++;
    }
  }
  return {
    precision: suggested.size === 0 ? 0 : correct / suggested.size,
    recall: wanted.size === 0 ? 0 : correct / wanted.size,
    suggested: suggested.size,
    expected: wanted.size,
    correct,
    status: found === 0 ? 0 : rightStatus / found,
    sides: withSide === 0 ? 0 : rightSide / withSide,
  };
}
