import { attributionMask } from "./attribution.ts";
import type { Token } from "./nlp.ts";
import type { Unit } from "./units.ts";
import { concepts, type WordClass } from "./wordnet.ts";
import { inClauseOfTime } from "./time-frame.ts";

/** What the engine needs of the build's detail extraction (src/lib/compare/details.ts). */
export interface UnitDetail {
  readonly kind: "person" | "place" | "date" | "number" | "name";
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /**
   * For a number, what it counts (the lemma of the noun it qualifies: "40 firefighters" → "firefighter"),
   * so that figures are compared only with figures of the same thing. For a date, `TIME_CLAUSE_SLOT` when it
   * dates a clause of time ("after the barrier collapsed on Saturday"), compared only with such dates.
   */
  readonly slot?: string;
  /** A place read from the text alone ("bound for Drummore"): no content/places/ entry, so no id to cite. */
  readonly unlisted?: boolean;
}

/** The slot of a date that dates a clause of time rather than the sentence's event. */
export const TIME_CLAUSE_SLOT = "clause of time";

/** Finds the details a text names; injected so the engine stays pure and testable. */
export type DetailFinder = (text: string) => readonly UnitDetail[];

/** A unit with the evidence it brings to a comparison. */
export interface UnitFeatures {
  readonly unit: Unit;
  /** Content-word stems, with counts. */
  readonly terms: ReadonlyMap<string, number>;
  /**
   * WordNet concepts of the content words and two-word expressions ("give way"): paraphrase evidence,
   * each weighing 1 (sharing a word's weight among its senses was tried: it lost recall on every answer key).
   */
  readonly concepts: ReadonlyMap<string, number>;
  /** Details of what the unit says (its attribution left out). */
  readonly details: readonly UnitDetail[];
  /** Details of who says it ("The company's spokeswoman, Maren Holt, said"): never content, never a one-sided detail. */
  readonly attribution: readonly UnitDetail[];
  /** Per token of the unit, whether it stands in the attribution. */
  readonly attributed: readonly boolean[];
  /** The unit says that something did not happen or is not so ("no", "not", "never"). */
  readonly negated: boolean;
}

/**
 * Verbs of attribution: every news sentence has one ("said", "tells",
 * "according to"), so sharing one says nothing about sharing a claim.
 * Story-independent by construction.
 */
const ATTRIBUTION = new Set(["say", "tell", "according", "report", "add", "state", "claim", "write", "accord"]);
/**
 * Words that deny that something exists or happened ("No injuries were
 * reported", "nobody was hurt"). Verb negation ("not", "n't", "never") is
 * left out on purpose: reports paraphrase with it ("suspended" / "not
 * running"; "would not reopen" / "would never reopen" / "will close"), so it
 * says little about a contradiction.
 */
const NEGATIONS = new Set(["no", "none", "nobody", "nothing", "neither"]);

/** True for a token that carries content: not punctuation, not a function word, not attribution. */
export function isContent(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "number") return false;
  if (token.stop || ATTRIBUTION.has(token.lemma)) return false;
  return /[\p{L}\p{N}]/u.test(token.text);
}

const WORD_CLASSES: Readonly<Record<string, WordClass>> = { NOUN: "n", VERB: "v", ADJ: "a" };

/** Concepts of a unit's content words, and of adjacent pairs WordNet knows as one expression. */
function unitConcepts(tokens: readonly Token[], inDetail: (token: Token) => boolean): Map<string, number> {
  const found = new Map<string, number>();
  const add = (word: readonly string[]) => {
    for (const concept of word) found.set(concept, 1);
  };
  tokens.forEach((token, i) => {
    const wordClass = WORD_CLASSES[token.pos];
    if (wordClass !== undefined && isContent(token) && !inDetail(token)) {
      // Some plurals are words of their own in WordNet ("talks": negotiations).
      const surface = token.text.toLowerCase();
      add([
        ...new Set([
          ...concepts(token.lemma, wordClass),
          ...(surface === token.lemma ? [] : concepts(surface, wordClass)),
        ]),
      ]);
    }
    const next = tokens[i + 1];
    if (
      next !== undefined &&
      token.kind === "word" &&
      next.kind === "word" &&
      (wordClass === "n" || wordClass === "v")
    ) {
      add(concepts(`${token.lemma} ${next.lemma}`, wordClass));
    }
  });
  return found;
}

/** A number with the noun it counts: the last noun inside its words ("six hours"), else the next noun after it. */
function withCountedNoun(detail: UnitDetail, tokens: readonly Token[]): UnitDetail {
  const inside = tokens.filter((t) => t.start >= detail.start && t.end <= detail.end && t.pos === "NOUN");
  const after = tokens.find((t) => t.start >= detail.end && (t.pos === "NOUN" || t.pos === "PROPN"));
  const noun = inside[inside.length - 1] ?? after;
  return noun === undefined ? detail : { ...detail, slot: noun.lemma };
}

/** Determiners before a small number that refer back to a known set ("the two leaders"), not count it. */
const BACK_REFERENCE = new Set(["the", "these", "those", "both"]);

/**
 * "The two leaders", "the three sides": a small number after a definite
 * determiner names a set the reader already knows, so it is no figure a
 * report gives ("Two crew members were treated" is one).
 */
function countsNothing(detail: UnitDetail, tokens: readonly Token[]): boolean {
  if (detail.kind !== "number" || !/^\p{L}+$/u.test(detail.text)) return false;
  const before = [...tokens].reverse().find((t) => t.end <= detail.start);
  return before !== undefined && BACK_REFERENCE.has(before.text.toLowerCase()) && Number(detail.key) <= 10;
}

/**
 * Details per unit, found once per sentence: a clause takes the details
 * inside it, with offsets into its own text (extraction is the costly step).
 */
export function detailsPerUnit(units: readonly Unit[], findDetails: DetailFinder): Map<Unit, readonly UnitDetail[]> {
  const bySentence = new Map<string, readonly UnitDetail[]>();
  for (const unit of units)
    if (!unit.clause) bySentence.set(`${unit.articleId}#${unit.sentenceId}`, findDetails(unit.text));
  return new Map(
    units.map((unit) => {
      const all = bySentence.get(`${unit.articleId}#${unit.sentenceId}`) ?? findDetails(unit.text);
      if (!unit.clause) return [unit, all];
      const end = unit.offset + unit.text.length;
      const inside = all.filter((d) => d.start >= unit.offset && d.end <= end);
      return [unit, inside.map((d) => ({ ...d, start: d.start - unit.offset, end: d.end - unit.offset }))];
    }),
  );
}

/**
 * Content stems, concepts, details and polarity of a unit. Words naming a
 * known person or place count only as that entity, under any alias
 * ("Zelenskyj" meets "Zelenskyy"; "European Union" does not meet "defence
 * union" through "union"). Other names keep their words too: the NLP
 * library's spans vary ("town of Marlow Bridge" and "Marlow Bridge").
 */
export function unitFeatures(unit: Unit, details: readonly UnitDetail[]): UnitFeatures {
  const attributed = attributionMask(unit.tokens);
  const attributedAt = (start: number, end: number) =>
    unit.tokens.some((token, i) => attributed[i] === true && token.start < end && start < token.end);
  const inDetail = (token: Token) =>
    details.some((d) => (d.kind === "person" || d.kind === "place") && token.start < d.end && d.start < token.end);
  const content = unit.tokens.filter((_, i) => attributed[i] !== true);
  const terms = new Map<string, number>();
  for (const token of content) {
    if (!isContent(token) || inDetail(token)) continue;
    terms.set(token.stem, (terms.get(token.stem) ?? 0) + 1);
  }
  const withSlots = details
    .filter((detail) => !countsNothing(detail, unit.tokens))
    .map((detail) =>
      detail.kind === "number"
        ? withCountedNoun(detail, unit.tokens)
        : detail.kind === "date" && inClauseOfTime(unit.tokens, detail.start)
          ? { ...detail, slot: TIME_CLAUSE_SLOT }
          : detail,
    );
  return {
    unit,
    terms,
    concepts: unitConcepts(content, inDetail),
    details: withSlots.filter((d) => !attributedAt(d.start, d.end)),
    attribution: withSlots.filter((d) => attributedAt(d.start, d.end)),
    attributed,
    negated: content.some((token) => NEGATIONS.has(token.text.toLowerCase())),
  };
}
