import type { Token } from "./nlp.ts";
import type { Unit } from "./units.ts";
import { concepts, type WordClass } from "./wordnet.ts";

/** What the engine needs of the build's detail extraction (src/lib/compare/details.ts). */
export interface UnitDetail {
  readonly kind: "person" | "place" | "date" | "number" | "name";
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Finds the details a text names; injected so the engine stays pure and testable. */
export type DetailFinder = (text: string) => readonly UnitDetail[];

/** A unit with the evidence it brings to a comparison. */
export interface UnitFeatures {
  readonly unit: Unit;
  /** Content-word stems, with counts. */
  readonly terms: ReadonlyMap<string, number>;
  /** WordNet concepts of the content words and two-word expressions ("give way"): paraphrase evidence. */
  readonly concepts: ReadonlySet<string>;
  readonly details: readonly UnitDetail[];
  /** The unit says that something did not happen or is not so ("no", "not", "never"). */
  readonly negated: boolean;
}

/**
 * Verbs of attribution: every news sentence has one ("said", "tells",
 * "according to"), so sharing one says nothing about sharing a claim.
 * Story-independent by construction.
 */
const ATTRIBUTION = new Set(["say", "tell", "according", "report", "add", "state", "claim", "write", "accord"]);
/** Words that deny a statement. Not "without" or "nor": they qualify more often than they deny. */
const NEGATIONS = new Set(["no", "not", "never", "none", "nobody", "nothing", "n't"]);

/** True for a token that carries content: not punctuation, not a function word, not attribution. */
function isContent(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "number") return false;
  if (token.stop || ATTRIBUTION.has(token.lemma)) return false;
  return /[\p{L}\p{N}]/u.test(token.text);
}

const WORD_CLASSES: Readonly<Record<string, WordClass>> = { NOUN: "n", VERB: "v", ADJ: "a" };

/** Concepts of a unit's content words, and of adjacent pairs WordNet knows as one expression. */
function unitConcepts(tokens: readonly Token[], inDetail: (token: Token) => boolean): Set<string> {
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    const wordClass = WORD_CLASSES[token.pos];
    if (wordClass !== undefined && isContent(token) && !inDetail(token)) {
      for (const concept of concepts(token.lemma, wordClass)) found.add(concept);
    }
    const next = tokens[i + 1];
    if (
      next !== undefined &&
      token.kind === "word" &&
      next.kind === "word" &&
      (wordClass === "n" || wordClass === "v")
    ) {
      for (const concept of concepts(`${token.lemma} ${next.lemma}`, wordClass)) found.add(concept);
    }
  });
  return found;
}

/**
 * Content stems, concepts, details and polarity of a unit. Words inside a
 * detail count only as that detail: "European Union" must not meet "defence
 * union" through the word "union".
 */
export function unitFeatures(unit: Unit, findDetails: DetailFinder): UnitFeatures {
  const details = findDetails(unit.text);
  const inDetail = (token: Token) =>
    details.some(
      (d) =>
        (d.kind === "person" || d.kind === "place" || d.kind === "name") && token.start < d.end && d.start < token.end,
    );
  const terms = new Map<string, number>();
  for (const token of unit.tokens) {
    if (!isContent(token) || inDetail(token)) continue;
    terms.set(token.stem, (terms.get(token.stem) ?? 0) + 1);
  }
  return {
    unit,
    terms,
    concepts: unitConcepts(unit.tokens, inDetail),
    details,
    negated: unit.tokens.some((token) => NEGATIONS.has(token.lemma) || NEGATIONS.has(token.text.toLowerCase())),
  };
}
