import { createNameMatcher, type NameMatch } from "../people/name-matcher.ts";
import { findDates } from "./dates.ts";
import { findNames, nameKey, withoutNameFragments } from "./names.ts";
import { findNumbers } from "./numbers.ts";
import { overlapsAny, type Detail, type DetailKind, type KnownEntities } from "./types.ts";

export { oneSidedDetails, distinctDetails, detailId } from "./one-sided.ts";
export { DETAIL_KINDS, type Detail, type DetailKind, type KnownEntities } from "./types.ts";

/** Options of createDetailExtractor. */
export interface ExtractorOptions {
  /**
   * Also find other proper names with compromise (default true). This is the
   * costly stage (about a millisecond a sentence); indexes that only need to
   * know whether a text names a given detail turn it off and look names up
   * by their words instead (see indexReport).
   */
  readonly names?: boolean;
}

/** The adjectives the places list, by nameKey ("european" → "european-union"). */
export const placeAdjectives = (known: Pick<KnownEntities, "places">): ReadonlyMap<string, string> =>
  new Map(
    known.places.flatMap((place) =>
      (place.adjectives ?? []).map((adjective) => [nameKey(adjective), place.id] as const),
    ),
  );

/**
 * Build once per site (compiles patterns once); returns a pure function of a text.
 *
 * The function finds, in this order, each stage skipping what an earlier one took:
 * 1. people and places of content/, under every alias (the mention counter's matcher);
 * 2. dates and times;
 * 3. numbers and quantities;
 * 4. other proper names (compromise), minus known aliases.
 * Details come back in text order. Deterministic: same text, same details,
 * so results are remembered per text (a quote shared by two claims, or
 * quoted again, is read once).
 */
export function createDetailExtractor(
  known: KnownEntities,
  options: ExtractorOptions = {},
): (text: string) => readonly Detail[] {
  const withNames = options.names ?? true;
  const entries = (kind: "person" | "place", entities: KnownEntities["people"]) =>
    entities.flatMap((entity) => entity.names.map((name) => [name, { kind, id: entity.id }] as const));
  const matchKnown = createNameMatcher<{ kind: DetailKind; id: string }>([
    ...entries("place", known.places),
    ...entries("person", known.people),
  ]);
  const knownKeys = new Set(
    [...known.people, ...known.places].flatMap((entity) => entity.names.map((name) => nameKey(name))),
  );
  const adjectives = placeAdjectives(known);
  const cache = new Map<string, readonly Detail[]>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const entities = matchKnown(text).map((match) => entityDetail(match, text));
    const dates = findDates(text).filter((date) => !entities.some((e) => e.start < date.end && date.start < e.end));
    const numbers = findNumbers(text, [...entities, ...dates]);
    const places = entities.filter((detail) => detail.kind === "place");
    const people = entities.filter((detail) => detail.kind === "person");
    const found = withNames ? findNames(text, [...people, ...dates, ...numbers], places, knownKeys, adjectives) : [];
    const names = withoutNameFragments(found);
    // A place that heads a longer name ("EU Commission", "Washington Post") is part of that name, not a place named.
    const named = entities.filter((entity) => entity.kind !== "place" || !overlapsAny(entity, names));
    const details = Object.freeze(
      [...named, ...dates, ...numbers, ...names].sort((a, b) => a.start - b.start || a.end - b.end),
    );
    cache.set(text, details);
    return details;
  };
}

function entityDetail(match: NameMatch<{ kind: DetailKind; id: string }>, text: string): Detail {
  return {
    kind: match.value.kind,
    key: match.value.id,
    text: text.slice(match.start, match.end),
    start: match.start,
    end: match.end,
  };
}
