import type { BlockInfo } from "../../../plugins/rehype-sentence-ids.ts";
import { detailsPerUnit, unitFeatures, type DetailFinder, type UnitDetail, type UnitFeatures } from "./features.ts";
import { groupPairs, type AlignedGroup } from "./group.ts";
import { LINK_THRESHOLDS, scorePairs, selectPairs, type LinkThresholds, type ScoredPair } from "./link.ts";
import { attachToClaims } from "./attach.ts";
import type { ExistingClaim } from "./existing-claim.ts";
import { cosine, pairEvidence, storyVectors } from "./score.ts";
import { proposeStatus, type ProposedStatus } from "./propose-status.ts";
import { tokenize } from "./nlp.ts";
import { reportUnits, type Unit } from "./units.ts";

/** One report of the story, as the build parsed it. */
export interface ReportInput {
  readonly id: string;
  /** How the reader knows the report: its outlet, made unique within the story. */
  readonly label: string;
  readonly blocks: readonly BlockInfo[];
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
  /** With `agree`: details only some accounts name, for the editor to check. */
  readonly details?: string;
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
  const score = (a: UnitFeatures, b: UnitFeatures) => cosine(vectors.vector(a), vectors.vector(b));
  const groups = groupPairs(selectPairs(pairs, thresholds), score, thresholds);

  const covered = new Set(
    (input.existing ?? []).flatMap((claim) =>
      [...claim.accounts].flatMap(([articleId, sentences]) => sentences.map((s) => `${articleId}#${s}`)),
    ),
  );
  const bySentence = new Map<string, UnitFeatures[]>();
  for (const f of features) bySentence.set(sentenceKey(f), [...(bySentence.get(sentenceKey(f)) ?? []), f]);
  const suggestions: { order: number; suggestion: Suggestion }[] = [];

  // 1. Accounts for existing claims, from the sentences no claim quotes yet.
  const quoteUnits = (claim: ExistingClaim, articleId: string): UnitFeatures[] =>
    (claim.quotes?.get(articleId) ?? []).map((quote, i) => {
      const unit: Unit = {
        key: `${articleId}#${claim.id}~quote${i}`,
        articleId,
        sentenceId: claim.accounts.get(articleId)?.[0] ?? "",
        text: quote,
        order: -1,
        tokens: tokenize(quote),
        clause: true,
        offset: 0,
      };
      return unitFeatures(unit, input.findDetails(quote));
    });
  // Once per account: attaching reads them, and so does the status of every attachment to the claim.
  const accountCache = new Map<string, UnitFeatures[]>();
  const accountUnits = (claim: ExistingClaim, articleId: string): UnitFeatures[] => {
    const key = `${claim.id}\n${articleId}`;
    let units = accountCache.get(key);
    if (units === undefined) {
      const quoted = quoteUnits(claim, articleId);
      units =
        quoted.length > 0
          ? quoted
          : (claim.accounts.get(articleId) ?? []).flatMap((s) =>
              (bySentence.get(`${articleId}#${s}`) ?? []).filter((f) => !f.unit.clause),
            );
      accountCache.set(key, units);
    }
    return units;
  };
  const attachments = attachToClaims(
    input.existing ?? [],
    features.filter((f) => !covered.has(sentenceKey(f))),
    accountUnits,
    score,
    thresholds.oneWay,
  );
  const used = new Set(attachments.map((a) => sentenceKey(a.unit)));
  for (const attachment of attachments) {
    const existingUnits = new Map(
      [...attachment.claim.accounts.keys()].map((id) => [id, accountUnits(attachment.claim, id)]),
    );
    const members = new Map([...existingUnits, [attachment.unit.unit.articleId, [attachment.unit]]]);
    suggestions.push({
      order: attachment.unit.unit.order,
      suggestion: {
        claim: attachment.claim.id,
        ...proposed(members, label),
        score: round(attachment.score),
        accounts: new Map([[attachment.unit.unit.articleId, account([attachment.unit])]]),
        shared: shared([...members.values()].flat()),
      },
    });
  }

  // 2. New claims: groups, less what existing claims already quote or the step above attached.
  const attached = new Set(used);
  const taken = (f: UnitFeatures) => covered.has(sentenceKey(f)) || attached.has(sentenceKey(f));
  for (const group of groups) {
    const members = new Map(
      [...group.members]
        .map(([id, units]) => [id, units.filter((u) => !taken(u))] as const)
        .filter(([, units]) => units.length > 0),
    );
    if (members.size < 2) continue;
    const all = [...members.values()].flat();
    for (const unit of all) used.add(sentenceKey(unit));
    suggestions.push({
      order: Math.min(...all.map((m) => m.unit.order)),
      suggestion: {
        claim: null,
        ...proposed(members, label),
        score: round(group.score),
        accounts: new Map(order.flatMap((id) => (members.has(id) ? [[id, account(members.get(id) ?? [])]] : []))),
        shared: shared(all),
      },
    });
  }

  // 3. What no other report says.
  const onlyCandidates = features.filter((f) => !taken(f));
  for (const only of unaligned(onlyCandidates, pairs, (f) => used.has(sentenceKey(f)), groups)) suggestions.push(only);
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

/** Status and note for the accounts of one claim. */
function proposed(
  members: ReadonlyMap<string, readonly UnitFeatures[]>,
  label: (id: string) => string,
): ProposedStatus {
  const evidence = new Map(
    [...members].map(([id, units]) => [
      id,
      {
        details: units.flatMap((u) => u.details),
        negated: units.some((u) => u.negated),
        text: units.map((u) => u.unit.text).join(" "),
      },
    ]),
  );
  return proposeStatus(evidence, label);
}

/** The words and details the first unit shares with each other one. */
function shared(members: readonly UnitFeatures[]): Suggestion["shared"] {
  const evidence = members.slice(1).map((member) => pairEvidence(members[0] as UnitFeatures, member));
  return {
    words: [...new Set(evidence.flatMap((e) => e.sharedWords))],
    details: [...new Set(evidence.flatMap((e) => e.sharedDetails.map((d) => d.text)))],
  };
}

/**
 * Units no suggestion holds (of those no existing claim quotes): each is said by one report only. A clause
 * counts when its sentence aligned through another clause ("…in Brussels,
 * calling the guarantee historic": the second half may be only one
 * report's).
 */
function unaligned(
  features: readonly UnitFeatures[],
  pairs: readonly ScoredPair[],
  isTaken: (f: UnitFeatures) => boolean,
  groups: readonly AlignedGroup[],
): { order: number; suggestion: Suggestion }[] {
  const bestScore = new Map<string, number>();
  for (const pair of pairs) {
    for (const key of [pair.a, pair.b]) bestScore.set(key, Math.max(bestScore.get(key) ?? 0, pair.score));
  }
  const groupedUnits = new Set(groups.flatMap((g) => [...g.members.values()].flat().map((u) => u.unit.key)));
  const alignedByClause = new Set(
    [...groupedUnits].filter((key) => key.includes("~")).map((key) => key.slice(0, key.indexOf("~"))),
  );
  const result: { order: number; suggestion: Suggestion }[] = [];
  for (const f of features) {
    const sentence = sentenceKey(f);
    const freeSentence = !f.unit.clause && !isTaken(f);
    const freeClause =
      f.unit.clause && alignedByClause.has(sentence) && !groupedUnits.has(f.unit.key) && !groupedUnits.has(sentence);
    if (!freeSentence && !freeClause) continue;
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
