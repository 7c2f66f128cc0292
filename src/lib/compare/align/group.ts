import type { UnitFeatures } from "./features.ts";
import type { LinkThresholds, ScoredPair } from "./link.ts";

/** One suggested claim: the units of each report that carry it, with how sure the grouping is. */
export interface AlignedGroup {
  /** Report id → the units (sentences or clauses) that carry the claim there, in text order. */
  readonly members: ReadonlyMap<string, readonly UnitFeatures[]>;
  /** The weakest link that joined the group. */
  readonly score: number;
}

interface MutableGroup {
  members: Map<string, UnitFeatures[]>;
  sentences: Set<string>;
  score: number;
}

const reportOf = (sentence: string) => sentence.slice(0, sentence.indexOf("#"));

/**
 * Group linked pairs into claims across N reports, strongest links first.
 *
 * A sentence joins a group when it scores at least `weak` with every member
 * from the other reports ("complete linkage": a chain A1–B1–A2 never
 * merges two different claims through B1). A report may bring several
 * sentences to one claim: one report often spreads over two sentences what
 * another says in one. When a sentence fits no group of its partner, the
 * pair starts a group of its own, so a sentence that carries two claims
 * joins both ("About 300 people were forced from their homes … when
 * floodwater breached a temporary defence").
 */
export function groupPairs(
  linked: readonly ScoredPair[],
  score: (a: UnitFeatures, b: UnitFeatures) => number,
  thresholds: LinkThresholds,
): AlignedGroup[] {
  const groups: MutableGroup[] = [];
  // Each sentence's groups, kept as groups grow: looking them up never scans every group.
  const bySentence = new Map<string, MutableGroup[]>();
  const groupsOf = (sentence: string) => bySentence.get(sentence) ?? [];
  const index = (group: MutableGroup, sentence: string) => {
    const list = bySentence.get(sentence);
    if (list === undefined) bySentence.set(sentence, [group]);
    else list.push(group);
  };
  // A report's first sentence joins at `weak`; a further one must be as sure as a one-way link, so
  // a claim does not grow into a paragraph through weak links to a long sentence.
  // Linkage is checked between the units the group holds (a clause, not its whole sentence).
  const fits = (group: MutableGroup, unit: UnitFeatures) => {
    const report = unit.unit.articleId;
    const bar = group.members.has(report) ? thresholds.strong : thresholds.weak;
    return [...group.members]
      .filter(([id]) => id !== report)
      .every(([, units]) => units.every((member) => score(member, unit) >= bar));
  };
  const add = (group: MutableGroup, sentence: string, unit: UnitFeatures, score: number) => {
    const units = group.members.get(reportOf(sentence)) ?? [];
    group.members.set(
      reportOf(sentence),
      [...units, unit].sort((a, b) => a.unit.order - b.unit.order),
    );
    group.sentences.add(sentence);
    index(group, sentence);
    group.score = Math.min(group.score, score);
  };

  for (const pair of linked) {
    const withA = groupsOf(pair.a);
    const withB = groupsOf(pair.b);
    if (withA.some((group) => group.sentences.has(pair.b))) continue;
    const intoA = withA.find((group) => fits(group, pair.unitB));
    if (intoA !== undefined) {
      add(intoA, pair.b, pair.unitB, pair.score);
      continue;
    }
    const intoB = withB.find((group) => fits(group, pair.unitA));
    if (intoB !== undefined) {
      add(intoB, pair.a, pair.unitA, pair.score);
      continue;
    }
    const group: MutableGroup = {
      members: new Map([
        [reportOf(pair.a), [pair.unitA]],
        [reportOf(pair.b), [pair.unitB]],
      ]),
      sentences: new Set([pair.a, pair.b]),
      score: pair.score,
    };
    groups.push(group);
    index(group, pair.a);
    index(group, pair.b);
  }
  return groups.map(({ members, score }) => ({ members, score }));
}
