/**
 * Names read as places. The NLP library knows the world's large cities,
 * not a town a report is about ("bound for Drummore", "heading for
 * Lisgarrow"), and tags such a name as a plain proper noun. A name governed
 * by a preposition of place is read as a place, and so is the same name
 * everywhere in the story: two reports that send one ferry to two towns
 * then differ on a place, as they do on "Brussels" and "Washington".
 */
import type { UnitDetail } from "./features.ts";
import type { Token } from "./nlp.ts";

/** Prepositions that put a name in a place ("in Corvel", "off Kelmor", "from Port Anvel", "to Drummore"). */
const LOCATIVE = new Set(["in", "at", "near", "off", "from", "to", "towards", "toward", "into", "outside", "via"]);
/** "for" marks a destination after a verb or participle ("bound for", "left for"), not after a noun ("a reward for"). */
const DESTINATION = "for";

/** Whether a preposition of place governs the detail ("in Brussels", "bound for Drummore"): where something happens. */
export function governedByPlace(tokens: readonly Token[], detail: UnitDetail): boolean {
  const i = tokens.findIndex((t) => t.start >= detail.start);
  // Skip a determiner: "in the village of Tullagh".
  let before = i - 1;
  if (before >= 0 && (tokens[before] as Token).pos === "DET") before--;
  const word = tokens[before];
  if (word === undefined) return false;
  const lower = word.text.toLowerCase();
  const governing = tokens[before - 1];
  return (
    LOCATIVE.has(lower) ||
    (lower === DESTINATION && governing !== undefined && (governing.pos === "VERB" || governing.pos === "ADJ"))
  );
}

/** Keys of the names a text puts in a place, by the word before them. */
export function namesInPlace(tokens: readonly Token[], details: readonly UnitDetail[]): string[] {
  const keys: string[] = [];
  for (const detail of details) {
    // An acronym is an organisation ("joining NATO"), never a town.
    if (detail.kind !== "name" || /^\p{Lu}{2,}$/u.test(detail.text)) continue;
    if (governedByPlace(tokens, detail)) keys.push(detail.key);
  }
  return keys;
}

/**
 * The details with every name the story puts in a place read as a place
 * (same key, same words), marked `unlisted`: it has no entry in content/places/.
 */
export function asPlaces(details: readonly UnitDetail[], placeKeys: ReadonlySet<string>): UnitDetail[] {
  return details.map((d) => (d.kind === "name" && placeKeys.has(d.key) ? { ...d, kind: "place", unlisted: true } : d));
}
