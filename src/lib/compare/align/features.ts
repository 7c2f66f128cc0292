import type { Token } from "./nlp.ts";
import type { Unit } from "./units.ts";

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
const NEGATIONS = new Set(["no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "n't"]);

/** True for a token that carries content: not punctuation, not a function word, not attribution. */
function isContent(token: Token): boolean {
  if (token.kind !== "word" && token.kind !== "number") return false;
  if (token.stop || ATTRIBUTION.has(token.lemma)) return false;
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** Content stems, details and polarity of a unit. */
export function unitFeatures(unit: Unit, findDetails: DetailFinder): UnitFeatures {
  const terms = new Map<string, number>();
  for (const token of unit.tokens) {
    if (!isContent(token)) continue;
    terms.set(token.stem, (terms.get(token.stem) ?? 0) + 1);
  }
  return {
    unit,
    terms,
    details: findDetails(unit.text),
    negated: unit.tokens.some((token) => NEGATIONS.has(token.lemma) || NEGATIONS.has(token.text.toLowerCase())),
  };
}
