import type { BlockInfo } from "../../../plugins/rehype-sentence-ids.ts";
import { detailsPerUnit, unitFeatures, type DetailFinder, type UnitDetail, type UnitFeatures } from "./features.ts";
import { groupPairs, type AlignedGroup } from "./group.ts";
import { LINK_THRESHOLDS, scorePairs, selectPairs, type LinkThresholds, type ScoredPair } from "./link.ts";
import { attachToClaims, scoreAgainstClaims } from "./attach.ts";
import { sideWith } from "./sides.ts";
import type { ExistingClaim } from "./existing-claim.ts";
import { pairEvidence, PARAPHRASE_WEIGHT, storyVectors } from "./score.ts";
import { storyPairScores } from "./pair-scores.ts";
import { listWords, proposeStatus, type ProposedStatus } from "./propose-status.ts";
import { tokenize } from "./nlp.ts";
import { storyParaphrase, wordsAlike } from "./paraphrase-features.ts";
import { asPlaces, namesInPlace } from "./places-in-text.ts";
import { DIFFERENCE_FLOOR, denials, findDifferences, sameFigures, type Difference } from "./differences.ts";
import { agentDifferences, agentOf, type Agent } from "./agents.ts";
import { insideQuotation, reportUnits, type Unit } from "./units.ts";
import { timeFrame } from "./time-frame.ts";
import { storyCalendar, withWeekdays } from "./story-calendar.ts";
import { respellDetails, respellTokens, storySpellings } from "./story-spellings.ts";

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
  /** Weight of the paraphrase stage in the pair score (default PARAPHRASE_WEIGHT); the bench varies it. */
  readonly paraphraseWeight?: number;
  /** Weight of shared WordNet concepts (default CONCEPT_WEIGHT); the bench varies it. */
  readonly conceptWeight?: number;
}

/** What one report says on a suggested claim. */
export interface SuggestedAccount {
  /** Verbatim: a sentence of the report, or a clause of one. */
  readonly quotes: readonly string[];
  /** The sentences the quotes are in. */
  readonly sentenceIds: readonly string[];
  /** Per quote, the sentences it is in (a quotation may run over two). */
  readonly quoteSentences: readonly (readonly string[])[];
  readonly details: readonly UnitDetail[];
  /** Who says it: the details of the quotes' attributions ("Trump's envoy Steve Witkoff"). */
  readonly speakers: readonly UnitDetail[];
  /** True when the quotes are the speaker's own words inside quotation marks, attributed outside them. */
  readonly direct: boolean;
  /** What the quotes say, their attributions left out: the words a title and summary are drafted from. */
  readonly content: string;
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
  return analyseStory(input).suggestions;
}

/** What a unit could also be: an existing claim to join, or a sentence of another report to pair with. */
export type Candidate =
  | { readonly claim: string; readonly score: number }
  | {
      readonly articleId: string;
      readonly sentenceId: string;
      /** Every sentence of the partner: more than one for a quotation running over sentences. */
      readonly sentenceIds: readonly string[];
      readonly quote: string;
      readonly score: number;
    };

/** A story's suggestions, and per sentence (`<articleId>#<sentenceId>`) its best candidates. */
export interface StoryAnalysis {
  readonly suggestions: Suggestion[];
  /**
   * Per sentence, its `CANDIDATES_SHOWN` best partners in each other report and best claims, best first:
   * an editor confirms one ranked second.
   */
  readonly candidates: ReadonlyMap<string, readonly Candidate[]>;
}

/** Candidates shown per sentence: partners per other report, and claims. */
export const CANDIDATES_SHOWN = 3;

/** Suggestions with the candidates behind them (`--json` prints both). */
export function analyseStory(input: SuggestInput): StoryAnalysis {
  const thresholds = input.thresholds ?? LINK_THRESHOLDS;
  const order = input.reports.map((report) => report.id);
  const labels = new Map(input.reports.map((report) => [report.id, report.label]));
  const label = (id: string) => labels.get(id) ?? id;
  let offset = 0;
  const perReport: Unit[][] = [];
  for (const report of input.reports) {
    const reportUnitList = reportUnits(report.id, report.blocks, offset);
    offset += reportUnitList.length;
    perReport.push(reportUnitList);
  }
  // One spelling per name ("Kowalenko" is the story's "Kovalenko"), in tokens and in name details.
  const spellings = storySpellings(perReport.map((list) => list.filter((u) => !u.clause).map((u) => u.tokens)));
  const units = perReport.flat().map((unit) => ({ ...unit, tokens: respellTokens(unit.tokens, spellings) }));
  const found = new Map(
    [...detailsPerUnit(units, input.findDetails)].map(([unit, d]) => [unit, respellDetails(d, spellings)]),
  );
  const placeKeys = new Set(units.flatMap((unit) => namesInPlace(unit.tokens, found.get(unit) ?? [])));
  const weekdayOf = storyCalendar(units.map((unit) => ({ text: unit.text, details: found.get(unit) ?? [] })));
  const details = new Map([...found].map(([unit, d]) => [unit, withWeekdays(asPlaces(d, placeKeys), weekdayOf)]));
  const features = units.map((unit) => unitFeatures(unit, details.get(unit) ?? []));
  const vectors = storyVectors(features, input.conceptWeight);
  const paraphrase = storyParaphrase(features);
  const scores = storyPairScores(features, {
    vectors,
    paraphrase: paraphrase.score,
    centred: paraphrase.centred,
    weight: input.paraphraseWeight ?? PARAPHRASE_WEIGHT,
  });
  const score = scores.score;
  const pairs = scorePairs(features, score, order, scores.candidates);
  // Linked: the pairs above the thresholds, those that give the same figure of the same thing, and denials.
  const selected = selectPairs(pairs, thresholds);
  const linked = [...new Set([...selected, ...sameFigures(pairs, wordsAlike), ...denials(pairs)])].sort(
    (x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
  const groups = groupPairs(linked, score, thresholds);

  const covered = new Set(
    (input.existing ?? []).flatMap((claim) =>
      [...claim.accounts].flatMap(([articleId, sentences]) => sentences.map((s) => `${articleId}#${s}`)),
    ),
  );
  const coveredUnit = (f: UnitFeatures) => f.unit.sentenceIds.some((id) => covered.has(`${f.unit.articleId}#${id}`));
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
        sentenceIds: claim.accounts.get(articleId) ?? [],
        text: quote,
        order: -1,
        tokens: respellTokens(tokenize(quote), spellings),
        clause: true,
        offset: 0,
      };
      return unitFeatures(unit, withWeekdays(respellDetails(input.findDetails(quote), spellings), weekdayOf));
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
  const claimScores = scoreAgainstClaims(
    input.existing ?? [],
    features.filter((f) => !coveredUnit(f)),
    accountUnits,
    score,
  );
  // A claim only one report carries gains a second account as any two sentences pair: through a link.
  const linkedSentences = new Set(linked.flatMap((p) => [`${p.a}\n${p.b}`, `${p.b}\n${p.a}`]));
  const attachments = attachToClaims(claimScores, thresholds.weak).filter((a) => {
    if (a.claim.accounts.size !== 1) return true;
    const [articleId, sentences] = [...a.claim.accounts][0] as [string, readonly string[]];
    return sentences.some((s) => linkedSentences.has(`${sentenceKey(a.unit)}\n${articleId}#${s}`));
  });
  const used = new Set(attachments.map((a) => sentenceKey(a.unit)));
  for (const attachment of attachments) {
    const existingUnits = new Map(
      [...attachment.claim.accounts.keys()].map((id) => [id, accountUnits(attachment.claim, id)]),
    );
    const members = new Map([...existingUnits, [attachment.unit.unit.articleId, [attachment.unit]]]);
    const differs = attachment.claim.status === "differ" && existingUnits.size > 1;
    suggestions.push({
      order: attachment.unit.unit.order,
      suggestion: {
        claim: attachment.claim.id,
        ...(differs
          ? sideWith(attachment.unit, existingUnits, attachment.byAccount, label, attachment.claim.note)
          : joinedAgreement(existingUnits, attachment.unit, label)),
        score: round(attachment.score),
        accounts: new Map([[attachment.unit.unit.articleId, account([attachment.unit])]]),
        shared: shared([...members.values()].flat()),
      },
    });
  }

  // 2. New claims: groups, less what existing claims already quote or the step above attached.
  const attached = new Set(used);
  const taken = (f: UnitFeatures) => coveredUnit(f) || attached.has(sentenceKey(f));
  // Each new claim's units: a difference among them may take its slot out of the claim's status.
  const groupMembers = new Map<
    { order: number; suggestion: Suggestion },
    ReadonlyMap<string, readonly UnitFeatures[]>
  >();
  for (const group of groups) {
    const members = new Map(
      [...group.members]
        .map(([id, units]) => [id, units.filter((u) => !taken(u))] as const)
        .filter(([, units]) => units.length > 0),
    );
    if (members.size < 2) continue;
    const all = [...members.values()].flat();
    for (const unit of all) used.add(sentenceKey(unit));
    const entry = {
      order: Math.min(...all.map((m) => m.unit.order)),
      suggestion: {
        claim: null,
        ...proposed(members, label),
        score: round(group.score),
        accounts: new Map(order.flatMap((id) => (members.has(id) ? [[id, account(members.get(id) ?? [])]] : []))),
        shared: shared(all),
      },
    };
    suggestions.push(entry);
    groupMembers.set(entry, members);
  }

  // 2b. Every difference paired, as a differ claim. A new claim over just the difference's units becomes
  // that claim; a claim that says more (other clauses, another report) stays, its status read without the
  // disputed slot ("the fire broke out": agree; "on Monday" / "on Sunday": the difference's claim).
  const keys = (accounts: ReadonlyMap<string, SuggestedAccount>) =>
    [...accounts]
      .map(([id, a]) => `${id}#${[...a.sentenceIds].sort().join("+")}`)
      .sort()
      .join("\n");
  const unitKeys = (members: ReadonlyMap<string, readonly UnitFeatures[]>) =>
    [...members.values()]
      .flat()
      .map((f) => f.unit.key)
      .sort()
      .join("\n");
  // The new claims so far by the sentences they hold, and by each sentence: a difference finds its groups without a scan.
  const bySentences = new Map(
    suggestions.filter((s) => s.suggestion.claim === null).map((s) => [keys(s.suggestion.accounts), s] as const),
  );
  const groupsBySentence = new Map<string, { order: number; suggestion: Suggestion }[]>();
  for (const [entry, members] of groupMembers)
    for (const f of [...members.values()].flat())
      groupsBySentence.set(sentenceKey(f), [...(groupsBySentence.get(sentenceKey(f)) ?? []), entry]);
  // Per new claim, the slot values its status leaves to a difference's claim.
  const excluded = new Map<{ order: number; suggestion: Suggestion }, Set<string>>();
  const agentCache = new Map<UnitFeatures, Agent | undefined>();
  const agentOfUnit = (f: UnitFeatures) => {
    if (!agentCache.has(f)) agentCache.set(f, agentOf(f.unit.tokens, f.attributed));
    return agentCache.get(f);
  };
  const differences = [
    ...findDifferences(pairs, wordsAlike),
    ...agentDifferences(pairs, agentOfUnit, wordsAlike, DIFFERENCE_FLOOR),
  ];
  for (const difference of differences) {
    const units = [...difference.accounts.values()].map((a) => a.unit);
    if (units.some(taken)) continue;
    const members = new Map(
      order.flatMap((id) => {
        const a = difference.accounts.get(id);
        return a === undefined ? [] : [[id, [a.unit]] as const];
      }),
    );
    const accounts = new Map([...members].map(([id, us]) => [id, account(us)]));
    const note = differenceNote(difference, label);
    for (const unit of units) used.add(sentenceKey(unit));
    const same = bySentences.get(keys(accounts));
    const sameMembers = same === undefined ? undefined : groupMembers.get(same);
    // Claims holding two or more of the difference's sentences: their status leaves the slot to it.
    const holding = (entry: { suggestion: Suggestion }) =>
      units.filter((u) => entry.suggestion.accounts.get(u.unit.articleId)?.sentenceIds.includes(u.unit.sentenceId))
        .length;
    const holders = [...new Set(units.flatMap((u) => groupsBySentence.get(sentenceKey(u)) ?? []))].filter(
      (entry) => entry !== same && holding(entry) >= 2,
    );
    for (const holder of holders) {
      const slots = excluded.get(holder) ?? new Set<string>();
      for (const a of difference.accounts.values()) slots.add(`${difference.kind}:${a.key}`);
      excluded.set(holder, slots);
      const { note: _note, details: _details, ...kept } = holder.suggestion;
      const status = proposed(groupMembers.get(holder) ?? new Map(), label, slots);
      // An agreement whose accounts give two values: "Agree · details differ", and where that is said.
      const values = `${bareValues(difference)} (a claim of its own)`;
      holder.suggestion = {
        ...kept,
        ...(status.status === "agree"
          ? { status: "agree", details: [status.details, values].filter(Boolean).join("; ") }
          : status),
      };
    }
    if (same !== undefined && (sameMembers === undefined || unitKeys(sameMembers) === unitKeys(members))) {
      // The difference's note, with its reports, in place of the bare "A vs. B" the group's status gave.
      const bare = note.slice(0, note.lastIndexOf(" (")).toLowerCase();
      const rest = (same.suggestion.status === "differ" ? (same.suggestion.note ?? "") : "")
        .split("; ")
        .filter((part) => part !== "" && part.toLowerCase() !== bare);
      const { details: _agreedDetails, ...kept } = same.suggestion;
      same.suggestion = { ...kept, status: "differ", note: [note, ...rest].join("; ") };
      continue;
    }
    const entry: { order: number; suggestion: Suggestion } = {
      order: Math.min(...units.map((u) => u.unit.order)),
      suggestion: {
        claim: null,
        status: "differ",
        note,
        score: round(difference.score),
        accounts,
        shared: shared(units),
      },
    };
    suggestions.push(entry);
    bySentences.set(keys(accounts), entry);
  }

  // 3. What no other report says.
  const onlyCandidates = features.filter((f) => !taken(f));
  for (const only of unaligned(onlyCandidates, pairs, (f) => used.has(sentenceKey(f)), groups)) suggestions.push(only);
  return {
    suggestions: suggestions.sort((a, b) => a.order - b.order).map(({ suggestion }) => suggestion),
    candidates: rankCandidates(features, pairs, claimScores),
  };
}

/** Each sentence's best partners (scored pairs, either side) and claims, best first; ties in text order. */
function rankCandidates(
  features: readonly UnitFeatures[],
  pairs: readonly ScoredPair[],
  claimScores: readonly { claim: ExistingClaim; unit: UnitFeatures; score: number }[],
): Map<string, Candidate[]> {
  const ranked = new Map<string, { candidate: Candidate; order: number }[]>();
  const add = (sentence: string, candidate: Candidate, order: number) => {
    const list = ranked.get(sentence) ?? [];
    // One entry per partner sentence or claim: its best score.
    const same = list.findIndex(({ candidate: c }) =>
      "claim" in c
        ? "claim" in candidate && c.claim === candidate.claim
        : !("claim" in candidate) && c.articleId === candidate.articleId && c.sentenceId === candidate.sentenceId,
    );
    if (same >= 0 && (list[same] as { candidate: Candidate }).candidate.score >= candidate.score) return;
    if (same >= 0) list.splice(same, 1);
    list.push({ candidate, order });
    ranked.set(sentence, list);
  };
  const partner = (f: UnitFeatures, score: number): Candidate => ({
    articleId: f.unit.articleId,
    sentenceId: f.unit.sentenceId,
    sentenceIds: f.unit.sentenceIds,
    quote: f.unit.text,
    score: round(score),
  });
  for (const pair of pairs) {
    add(pair.a, partner(pair.unitB, pair.score), pair.unitB.unit.order);
    add(pair.b, partner(pair.unitA, pair.score), pair.unitA.unit.order);
  }
  for (const { claim, unit, score } of claimScores)
    add(sentenceKey(unit), { claim: claim.id, score: round(score) }, -1);
  // Every sentence of a unit speaks for it (a quotation over two sentences has one list, under both).
  const sentencesOf = new Map(
    features.map((f) => [sentenceKey(f), f.unit.sentenceIds.map((id) => `${f.unit.articleId}#${id}`)]),
  );
  return new Map(
    [...ranked].flatMap(([sentence, list]) => {
      // The best few of each other report, and the best few claims: one report's near-twins never crowd out the others.
      const shown = new Map<string, number>();
      const best = list
        .sort((x, y) => y.candidate.score - x.candidate.score || x.order - y.order)
        .filter(({ candidate }) => {
          const group = "claim" in candidate ? "" : candidate.articleId;
          const count = shown.get(group) ?? 0;
          shown.set(group, count + 1);
          return count < CANDIDATES_SHOWN;
        })
        .map(({ candidate }) => candidate);
      return (sentencesOf.get(sentence) ?? []).map((key) => [key, best] as const);
    }),
  );
}

/** "Thursday vs. Wednesday": the values of a difference, each once, as the first report to give it writes it. */
function bareValues(difference: Difference): string {
  const byKey = new Map<string, string>();
  for (const { key, value } of difference.accounts.values()) if (!byKey.has(key)) byKey.set(key, value);
  const values = [...byKey.values()].join(" vs. ");
  return `${values.charAt(0).toUpperCase()}${values.slice(1)}`;
}

/** "Thursday vs. Wednesday (Island Courier and Kelmor Voice vs. Mainland Post)": both values and who gives them. */
function differenceNote(difference: Difference, label: (id: string) => string): string {
  // By value, however each report writes it ("the works council", "The works council"): its first words.
  const byValue = new Map<string, { text: string; reports: string[] }>();
  for (const [id, { value, key }] of difference.accounts) {
    const entry = byValue.get(key) ?? { text: value, reports: [] };
    entry.reports.push(label(id));
    byValue.set(key, entry);
  }
  const values = [...byValue.values()].map((v) => v.text).join(" vs. ");
  return `${values.charAt(0).toUpperCase()}${values.slice(1)} (${[...byValue.values()].map((v) => listWords(v.reports)).join(" vs. ")})`;
}

const sentenceKey = (f: UnitFeatures) => `${f.unit.articleId}#${f.unit.sentenceId}`;

function account(units: readonly UnitFeatures[]): SuggestedAccount {
  return {
    quotes: units.map((f) => f.unit.text),
    sentenceIds: [...new Set(units.flatMap((f) => f.unit.sentenceIds))],
    quoteSentences: units.map((f) => f.unit.sentenceIds),
    details: units.flatMap((f) => f.details),
    speakers: units.flatMap((f) => f.attribution),
    direct: units.length > 0 && units.every(speaksOwnWords),
    content: units.map(contentText).join(" "),
  };
}

/**
 * The speaker's own words: most of what the unit says stands inside
 * quotation marks, and an attribution outside them says whose they are.
 * A quoted phrase inside a reported statement ("called the offer "an
 * insult"") is not.
 */
function speaksOwnWords(f: UnitFeatures): boolean {
  const quoted = insideQuotation(f.unit.tokens);
  const words = f.unit.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === "word" || t.kind === "number");
  const said = words.filter(({ i }) => f.attributed[i] !== true);
  const inside = said.filter(({ i }) => quoted[i] === true);
  const attributedOutside = words.some(({ i }) => f.attributed[i] === true && quoted[i] !== true);
  return attributedOutside && said.length > 0 && inside.length >= 0.8 * said.length;
}

/** A unit's words without its attribution, as written (a gap where an attribution stood inside). */
function contentText(f: UnitFeatures): string {
  let text = "";
  let previous = -1;
  f.unit.tokens.forEach((token, i) => {
    if (f.attributed[i] === true) return;
    const before = f.unit.tokens[i - 1];
    if (previous >= 0)
      text += previous === i - 1 && before !== undefined ? f.unit.text.slice(before.end, token.start) : " ";
    text += token.text;
    previous = i;
  });
  return text.trim() || f.unit.text;
}

/**
 * The status of an agreed claim once a new account joins it. The editor has
 * read the claim's accounts as agreeing, so what only some of them name (the
 * rest of a sentence that carries two claims) and a denial among them are
 * not this claim's matter: the new account differs only against what they
 * all say, or by naming someone none of them does.
 */
function joinedAgreement(
  existing: ReadonlyMap<string, readonly UnitFeatures[]>,
  unit: UnitFeatures,
  label: (id: string) => string,
): ProposedStatus {
  const terms = [...existing.values()].map((units) => new Set(units.flatMap((u) => u.details).map(detailTerm)));
  const sideDetails = new Set(terms.flatMap((t) => [...t]).filter((term) => !terms.every((t) => t.has(term))));
  const mixedDenial = new Set([...existing.values()].map((units) => units.some((u) => u.negated))).size > 1;
  return proposed(new Map([...existing, [unit.unit.articleId, [unit]]]), label, sideDetails, mixedDenial);
}

const detailTerm = (d: UnitDetail) => `${d.kind}:${d.key}`;

/** Status and note for the accounts of one claim. */
function proposed(
  members: ReadonlyMap<string, readonly UnitFeatures[]>,
  label: (id: string) => string,
  /** Details (`<kind>:<key>`) the status leaves out: a difference's own claim, say, speaks for them. */
  leftOut: ReadonlySet<string> = new Set(),
  /** Read no account as a denial (the claim's accounts already mix them). */
  ignoreDenials = false,
): ProposedStatus {
  const evidence = new Map(
    [...members].map(([id, units]) => [
      id,
      {
        details: units.flatMap((u) => u.details).filter((d) => !leftOut.has(detailTerm(d))),
        negated: !ignoreDenials && units.some((u) => u.negated),
        text: units.map((u) => u.unit.text).join(" "),
        timeFrame: timeFrame(units.flatMap((u) => u.unit.tokens)),
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
