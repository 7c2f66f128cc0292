import type { UnitFeatures } from "./features.ts";
import type { LinkThresholds, ScoredPair } from "./link.ts";

/** One suggested claim: at most one unit per report, with the pair scores that joined them. */
export interface AlignedGroup {
  /** Report id → the unit (sentence or clause) that carries the claim there. */
  readonly members: ReadonlyMap<string, UnitFeatures>;
  /** The weakest link inside the group: how sure the grouping is. */
  readonly score: number;
}

interface MutableGroup {
  members: Map<string, UnitFeatures>;
  sentences: Set<string>;
  score: number;
}

const reportOf = (sentence: string) => sentence.slice(0, sentence.indexOf("#"));

/**
 * Group linked pairs into claims across N reports, strongest links first.
 *
 * A sentence joins an existing group when its report is not in it yet and
 * it scores at least `weak` with every member (average-free "complete
 * linkage": chains like A1–B1–A2 never merge two different claims).
 * Otherwise the pair starts a group of its own, so a sentence that carries
 * two claims can join both ("About 300 people were forced from their homes
 * … when floodwater breached a temporary defence").
 */
export function groupPairs(
  linked: readonly ScoredPair[],
  allPairs: readonly ScoredPair[],
  thresholds: LinkThresholds,
): AlignedGroup[] {
  const scoreOf = new Map<string, number>();
  for (const pair of allPairs) {
    scoreOf.set(`${pair.a}\n${pair.b}`, pair.score);
    scoreOf.set(`${pair.b}\n${pair.a}`, pair.score);
  }
  const groups: MutableGroup[] = [];
  const groupsOf = (sentence: string) => groups.filter((group) => group.sentences.has(sentence));
  const fits = (group: MutableGroup, sentence: string) =>
    !group.members.has(reportOf(sentence)) &&
    [...group.sentences].every((member) => (scoreOf.get(`${member}\n${sentence}`) ?? 0) >= thresholds.weak);
  const add = (group: MutableGroup, sentence: string, unit: UnitFeatures, score: number) => {
    group.members.set(reportOf(sentence), unit);
    group.sentences.add(sentence);
    group.score = Math.min(group.score, score);
  };

  for (const pair of linked) {
    const withA = groupsOf(pair.a);
    const withB = groupsOf(pair.b);
    if (withA.some((group) => group.sentences.has(pair.b))) continue;
    const intoA = withA.find((group) => fits(group, pair.b));
    if (intoA !== undefined) {
      add(intoA, pair.b, pair.unitB, pair.score);
      continue;
    }
    const intoB = withB.find((group) => fits(group, pair.a));
    if (intoB !== undefined) {
      add(intoB, pair.a, pair.unitA, pair.score);
      continue;
    }
    groups.push({
      members: new Map([
        [reportOf(pair.a), pair.unitA],
        [reportOf(pair.b), pair.unitB],
      ]),
      sentences: new Set([pair.a, pair.b]),
      score: pair.score,
    });
  }
  return groups.map(({ members, score }) => ({ members, score }));
}
