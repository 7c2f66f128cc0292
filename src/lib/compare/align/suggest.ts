import type { BlockInfo } from "../../../plugins/rehype-sentence-ids.ts";
import { detailsPerUnit, unitFeatures, type DetailFinder, type UnitDetail, type UnitFeatures } from "./features.ts";
import { groupPairs, type AlignedGroup } from "./group.ts";
import { LINK_THRESHOLDS, scorePairs, selectPairs, type LinkThresholds, type ScoredPair } from "./link.ts";
import { cosine, pairEvidence, storyVectors } from "./score.ts";
import { proposeStatus } from "./status.ts";
import { reportUnits, type Unit } from "./units.ts";

/** One report of the story, as the build parsed it. */
export interface ReportInput {
  readonly id: string;
  /** How the reader knows the report: its outlet, made unique within the story. */
  readonly label: string;
  readonly blocks: readonly BlockInfo[];
}

/** A claim the editor already wrote: which sentences each report's account quotes. */
export interface ExistingClaim {
  readonly id: string;
  readonly accounts: ReadonlyMap<string, readonly string[]>;
}

export interface SuggestInput {
  readonly reports: readonly ReportInput[];
  readonly existing?: readonly ExistingClaim[];
  readonly findDetails: DetailFinder;
  readonly thresholds?: LinkThresholds;
  /** Weight of shared WordNet concepts (default CONCEPT_WEIGHT); the bench varies it. */
  readonly conceptWeight?: number;
}

/** What one report says on a suggested claim. */
export interface SuggestedAccount {
  /** Verbatim: a sentence of the report, or a clause of one. */
  readonly quotes: readonly string[];
  /** The sentence of each quote. */
  readonly sentenceIds: readonly string[];
  readonly details: readonly UnitDetail[];
}

/** A drafted claim, or accounts to add to an existing one. */
export interface Suggestion {
  /** The existing claim the accounts join; null for a new claim. */
  readonly claim: string | null;
  readonly status: "agree" | "differ" | "only";
  /** Confidence in [0, 1]: the weakest link of the group; for `only`, 1 − the best counterpart's score. */
  readonly score: number;
  readonly note?: string;
  /** Accounts in report order; for an existing claim, only those it lacks. */
  readonly accounts: ReadonlyMap<string, SuggestedAccount>;
  /** The words and details the accounts share: evidence to check. */
  readonly shared: { readonly words: readonly string[]; readonly details: readonly string[] };
}

/**
 * Draft the claims of a story from its reports.
 *
 * 1. Units: every body sentence, and the clauses of two-statement sentences.
 * 2. Features: content-word stems (wink-nlp lemmas), details (people,
 *    places, dates, numbers, names) and polarity.
 * 3. Scores: IDF-weighted cosine over stems and details, every pair of
 *    units from different reports, the best unit pair per sentence pair.
 * 4. Links: strong pairs, and mutual best pairs above a weak threshold.
 * 5. Groups: one claim per group across N reports (complete linkage).
 * 6. Status: agree or differ from the details; `only` for the rest.
 */
export function suggestClaims(input: SuggestInput): Suggestion[] {
  const thresholds = input.thresholds ?? LINK_THRESHOLDS;
  const order = input.reports.map((report) => report.id);
  const labels = new Map(input.reports.map((report) => [report.id, report.label]));
  const label = (id: string) => labels.get(id) ?? id;
  let offset = 0;
  const units: Unit[] = [];
  for (const report of input.reports) {
    const reportUnitList = reportUnits(report.id, report.blocks, offset);
    offset += reportUnitList.length;
    units.push(...reportUnitList);
  }
  const details = detailsPerUnit(units, input.findDetails);
  const features = units.map((unit) => unitFeatures(unit, details.get(unit) ?? []));
  const vectors = storyVectors(features, input.conceptWeight);
  const pairs = scorePairs(features, vectors, order);
  const groups = groupPairs(
    selectPairs(pairs, thresholds),
    (a, b) => cosine(vectors.vector(a), vectors.vector(b)),
    thresholds,
  );

  const claimsOf = new Map<string, string[]>();
  for (const claim of input.existing ?? []) {
    for (const [articleId, sentences] of claim.accounts)
      for (const sentence of sentences)
        claimsOf.set(`${articleId}#${sentence}`, [...(claimsOf.get(`${articleId}#${sentence}`) ?? []), claim.id]);
  }
  const existing = new Map((input.existing ?? []).map((claim) => [claim.id, claim]));
  const suggestions: { order: number; suggestion: Suggestion }[] = [];

  for (const group of groups) {
    const made = fromGroup(group, order, label, claimsOf, existing);
    if (made !== undefined) suggestions.push(made);
  }
  for (const only of unaligned(features, groups, pairs, claimsOf)) suggestions.push(only);
  return suggestions.sort((a, b) => a.order - b.order).map(({ suggestion }) => suggestion);
}

const sentenceKey = (f: UnitFeatures) => `${f.unit.articleId}#${f.unit.sentenceId}`;

function account(units: readonly UnitFeatures[]): SuggestedAccount {
  return {
    quotes: units.map((f) => f.unit.text),
    sentenceIds: units.map((f) => f.unit.sentenceId),
    details: units.flatMap((f) => f.details),
  };
}

/** A group as a suggestion: a new claim, or the accounts an existing claim lacks (none: nothing to suggest). */
function fromGroup(
  group: AlignedGroup,
  order: readonly string[],
  label: (id: string) => string,
  claimsOf: ReadonlyMap<string, readonly string[]>,
  existing: ReadonlyMap<string, ExistingClaim>,
): { order: number; suggestion: Suggestion } | undefined {
  const members = [...group.members.values()].flat();
  const votes = new Map<string, number>();
  for (const member of members)
    for (const id of claimsOf.get(sentenceKey(member)) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
  const claimId = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const have = claimId === null ? new Set<string>() : new Set(existing.get(claimId)?.accounts.keys() ?? []);
  const accounts = new Map<string, SuggestedAccount>();
  for (const id of order) {
    const member = group.members.get(id);
    if (member !== undefined && !have.has(id)) accounts.set(id, account(member));
  }
  if (accounts.size === 0) return undefined;
  const evidence = new Map(
    [...group.members].map(([id, units]) => [
      id,
      { details: units.flatMap((u) => u.details), negated: units.some((u) => u.negated) },
    ]),
  );
  const proposed = proposeStatus(evidence, label);
  const shared = members.slice(1).map((member) => pairEvidence(members[0] as UnitFeatures, member));
  const words = [...new Set(shared.flatMap((e) => e.sharedWords))];
  const details = [...new Set(shared.flatMap((e) => e.sharedDetails.map((d) => d.text)))];
  return {
    order: Math.min(...members.map((m) => m.unit.order)),
    suggestion: {
      claim: claimId,
      status: proposed.status,
      score: round(group.score),
      ...(proposed.note === undefined ? {} : { note: proposed.note }),
      accounts,
      shared: { words, details },
    },
  };
}

/**
 * Units no group holds and no existing claim covers: each is said by one
 * report only. A clause counts when its sentence aligned through another
 * clause ("…in Brussels, calling the guarantee historic": the second half
 * may be only one report's).
 */
function unaligned(
  features: readonly UnitFeatures[],
  groups: readonly AlignedGroup[],
  pairs: readonly ScoredPair[],
  claimsOf: ReadonlyMap<string, readonly string[]>,
): { order: number; suggestion: Suggestion }[] {
  const usedSentences = new Set<string>();
  const usedUnits = new Set<string>();
  for (const group of groups) {
    for (const member of [...group.members.values()].flat()) {
      usedSentences.add(sentenceKey(member));
      usedUnits.add(member.unit.key);
    }
  }
  const bestScore = new Map<string, number>();
  for (const pair of pairs) {
    for (const key of [pair.a, pair.b]) bestScore.set(key, Math.max(bestScore.get(key) ?? 0, pair.score));
  }
  const clausesUsed = new Set(
    [...usedUnits].filter((key) => key.includes("~")).map((key) => key.slice(0, key.indexOf("~"))),
  );
  const result: { order: number; suggestion: Suggestion }[] = [];
  for (const f of features) {
    const sentence = sentenceKey(f);
    if (claimsOf.has(sentence)) continue;
    const wholeSentenceFree = !f.unit.clause && !usedSentences.has(sentence);
    // A clause of a sentence aligned by its other clause, not by the whole sentence.
    const freeClause =
      f.unit.clause && clausesUsed.has(sentence) && !usedUnits.has(f.unit.key) && !usedUnits.has(sentence);
    if (!wholeSentenceFree && !freeClause) continue;
    result.push({
      order: f.unit.order,
      suggestion: {
        claim: null,
        status: "only",
        score: round(1 - (bestScore.get(sentence) ?? 0)),
        accounts: new Map([[f.unit.articleId, account([f])]]),
        shared: { words: [], details: [] },
      },
    });
  }
  return result;
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 1000) / 1000;
