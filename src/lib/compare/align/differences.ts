/**
 * Every difference paired: where two reports fill the same slot of one event
 * with different values (a figure of the same thing, the day or date, the
 * place), their sentences make a `differ` claim of their own, even when they
 * also belong to other claims. This is what a reader comes for, and what a
 * plain similarity misses: "340 people had been moved" and "About 300 people
 * were forced from their homes" share little else.
 *
 * Which sentences speak of the same event: among the units of the other
 * report that fill the same kind of slot, each is the other's best match,
 * and the pair reaches `DIFFERENCE_FLOOR`.
 */
import type { UnitDetail, UnitFeatures } from "./features.ts";
import type { ScoredPair } from "./link.ts";
import { governedByPlace } from "./places-in-text.ts";
import { sameEventTime, timeFrame } from "./time-frame.ts";
import { wordsInside } from "./propose-status.ts";
import { dateGrain } from "../dates.ts";

/**
 * Least pair score for two units that fill one slot with different values
 * to be proposed as a difference: below the linking thresholds, since the
 * conflicting values themselves are evidence of one subject. Chosen on the
 * development keys (flood, harbour; plant and talks confirm it: 0.08 and 0.12 score alike there).
 */
export const DIFFERENCE_FLOOR = 0.08;

/** The slots a difference can be in. */
export type SlotKind = "number" | "date" | "place";

/** Reports filling one slot of one event, and the value each gives. */
export interface Difference {
  /** The slot, or who did it (agents.ts). */
  readonly kind: SlotKind | "agent";
  /** Per report, the unit and the value it gives (its own words, and the detail's key). */
  readonly accounts: ReadonlyMap<string, DifferenceAccount>;
  /** The weakest pair score that joined it. */
  readonly score: number;
}

/** One report's side of a difference. */
export interface DifferenceAccount {
  readonly unit: UnitFeatures;
  /** The value as the report writes it ("about 300"). */
  readonly value: string;
  /** The value's detail key ("300"): the same for one value however it is written. */
  readonly key: string;
}

/** Whether two counted nouns name the same thing ("passengers", "travellers"): injected, the vectors decide. */
export type NounsAlike = (a: string, b: string) => boolean;

const SLOT_KINDS: readonly SlotKind[] = ["number", "date", "place"];

/**
 * The values a unit gives for one kind of slot; for figures, with what they
 * count. A place counts where a preposition of place puts the event there
 * ("met in Brussels"), not where it is only named ("guarantees for Ukraine").
 */
function values(unit: UnitFeatures, kind: SlotKind): UnitDetail[] {
  return unit.details.filter((d) => d.kind === kind && (kind !== "place" || governedByPlace(unit.unit.tokens, d)));
}

/**
 * The value each unit gives that the other does not, when both give one:
 * "Drummore" against "Lisgarrow" (both also name Port Anvel). Figures count
 * only against figures of the same thing.
 */
export function conflict(
  a: UnitFeatures,
  b: UnitFeatures,
  kind: SlotKind,
  nounsAlike: NounsAlike,
): [UnitDetail, UnitDetail] | undefined {
  // A day something happened and a day something is expected belong to two events.
  if (kind === "date" && !sameEventTime(timeFrame(a.unit.tokens), timeFrame(b.unit.tokens))) return undefined;
  const x = values(a, kind);
  const y = values(b, kind);
  // A place the library spans two ways ("town of Orlavik", "Orlavik") is one value.
  const same = (p: UnitDetail, q: UnitDetail) =>
    p.key === q.key || (kind === "place" && (wordsInside(p.key, q.key) || wordsInside(q.key, p.key)));
  for (const first of x) {
    if (y.some((second) => same(first, second))) continue;
    for (const second of y) {
      if (x.some((other) => same(other, second))) continue;
      if (kind === "number" && !sameCount(first, second, nounsAlike)) continue;
      // A date of a clause of time dates another event than the sentence's; a weekday and a date of a month may be one day.
      if (kind === "date" && (first.slot !== second.slot || dateGrain(first.key) !== dateGrain(second.key))) continue;
      return [first, second];
    }
  }
  return undefined;
}

/** Two figures of the same thing: what they count is one noun, or two nouns the vectors find alike. */
function sameCount(a: UnitDetail, b: UnitDetail, nounsAlike: NounsAlike): boolean {
  if (a.slot === undefined || b.slot === undefined) return false;
  return a.slot === b.slot || nounsAlike(a.slot, b.slot);
}

/**
 * The differences among scored unit pairs (the best unit pair per sentence
 * pair). A third report joins a difference when its unit fills the slot and
 * is the best match, among slot fillers, of a unit already in it.
 */
export function findDifferences(
  pairs: readonly ScoredPair[],
  nounsAlike: NounsAlike,
  floor = DIFFERENCE_FLOOR,
): Difference[] {
  const report = (u: UnitFeatures) => u.unit.articleId;
  const differences: Difference[] = [];
  for (const kind of SLOT_KINDS) {
    const fillers = pairs.filter((p) => p.score >= floor && fills(p.unitA, kind) && fills(p.unitB, kind));
    // Best filler per (unit's sentence, other report).
    const best = new Map<string, ScoredPair>();
    const keyOf = (sentence: string, other: string) => `${sentence}\n${other}`;
    for (const pair of fillers) {
      for (const [mine, other] of [
        [pair.a, report(pair.unitB)],
        [pair.b, report(pair.unitA)],
      ] as const) {
        const key = keyOf(mine, other);
        const current = best.get(key);
        if (current === undefined || pair.score > current.score) best.set(key, pair);
      }
    }
    const mutual = fillers.filter(
      (p) => best.get(keyOf(p.a, report(p.unitB))) === p && best.get(keyOf(p.b, report(p.unitA))) === p,
    );
    const seen = new Set<string>();
    // Each unit's mutual pairs, so a difference finds its third report without scanning every pair.
    const byUnit = new Map<UnitFeatures, ScoredPair[]>();
    for (const pair of mutual) {
      for (const unit of [pair.unitA, pair.unitB]) {
        const list = byUnit.get(unit);
        if (list === undefined) byUnit.set(unit, [pair]);
        else list.push(pair);
      }
    }
    for (const pair of mutual) {
      const found = conflict(pair.unitA, pair.unitB, kind, nounsAlike);
      if (found === undefined) continue;
      const accounts = new Map([
        [report(pair.unitA), { unit: pair.unitA, value: found[0].text, key: found[0].key }],
        [report(pair.unitB), { unit: pair.unitB, value: found[1].text, key: found[1].key }],
      ]);
      let score = pair.score;
      // Other reports: the mutual best filler of a member, giving one of the values or another one.
      for (const member of [pair.unitA, pair.unitB]) {
        for (const other of byUnit.get(member) ?? []) {
          const outside = other.unitA === member ? other.unitB : other.unitA;
          if (accounts.has(report(outside))) continue;
          const value = valueAgainst(outside, [...accounts.values()], kind, nounsAlike);
          if (value === undefined) continue;
          accounts.set(report(outside), { unit: outside, value: value.text, key: value.key });
          score = Math.min(score, other.score);
        }
      }
      const key = [...accounts.values()]
        .map((a) => a.unit.unit.key)
        .sort()
        .join("\n");
      if (seen.has(`${kind}\n${key}`)) continue;
      seen.add(`${kind}\n${key}`);
      differences.push({ kind, accounts, score });
    }
  }
  return differences;
}

const fills = (unit: UnitFeatures, kind: SlotKind) => values(unit, kind).length > 0;

/** The value a unit gives in a difference: one a member gives, or one that conflicts with a member's. */
function valueAgainst(
  unit: UnitFeatures,
  members: readonly DifferenceAccount[],
  kind: SlotKind,
  nounsAlike: NounsAlike,
): UnitDetail | undefined {
  const mine = values(unit, kind);
  for (const member of members) {
    const same = mine.find((d) => d.key === member.key);
    if (same !== undefined) return same;
  }
  for (const member of members) {
    const found = conflict(unit, member.unit, kind, nounsAlike);
    if (found !== undefined) return found[0];
  }
  return undefined;
}

/**
 * Among pairs at `floor` or more where both units qualify, those where each
 * unit is the other's best match among the other report's qualifying units.
 */
function mutualBest(
  pairs: readonly ScoredPair[],
  qualifies: (unit: UnitFeatures) => boolean,
  floor: number,
): ScoredPair[] {
  const report = (u: UnitFeatures) => u.unit.articleId;
  const fillers = pairs.filter((p) => p.score >= floor && qualifies(p.unitA) && qualifies(p.unitB));
  const best = new Map<string, ScoredPair>();
  for (const pair of fillers) {
    for (const [mine, other] of [
      [pair.a, report(pair.unitB)],
      [pair.b, report(pair.unitA)],
    ] as const) {
      const key = `${mine}\n${other}`;
      const current = best.get(key);
      if (current === undefined || pair.score > current.score) best.set(key, pair);
    }
  }
  return fillers.filter(
    (p) => best.get(`${p.a}\n${report(p.unitB)}`) === p && best.get(`${p.b}\n${report(p.unitA)}`) === p,
  );
}

/**
 * Pairs that give the same figure of the same thing ("burned for six hours" /
 * "fought the blaze for six hours"), each the other's best match among the
 * other report's units that give a figure, at `DIFFERENCE_FLOOR` or more: a
 * shared count is as good a sign of one claim as a conflicting one is of a
 * difference.
 */
export function sameFigures(
  pairs: readonly ScoredPair[],
  nounsAlike: NounsAlike,
  floor = DIFFERENCE_FLOOR,
): ScoredPair[] {
  return mutualBest(pairs, (unit) => fills(unit, "number"), floor).filter((p) =>
    values(p.unitA, "number").some((x) =>
      values(p.unitB, "number").some((y) => x.key === y.key && sameCount(x, y, nounsAlike)),
    ),
  );
}

/**
 * A denial and the statement it denies ("No injuries were reported" / "The
 * driver was taken to hospital"): each the other's best match in the other
 * report, at `DIFFERENCE_FLOOR` or more, one denying and the other not. A
 * denial shares few words with what it denies, as conflicting values do, so
 * the same floor holds; the proposed status then says which report negates.
 */
export function denials(pairs: readonly ScoredPair[], floor = DIFFERENCE_FLOOR): ScoredPair[] {
  return mutualBest(pairs, () => true, floor).filter((p) => p.unitA.negated !== p.unitB.negated);
}
