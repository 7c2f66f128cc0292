import type { KnownEntities } from "./types.ts";

/** A person or place as its entry names it: the main name and every alias. */
export interface NamedEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The people and places as the detail extractor knows them: every alias,
 * and the adjectives that stand for a place. The one builder of
 * KnownEntities, for the site model and for answer keys of unseen reports
 * (no entries: only dates, numbers and the names the NLP library finds).
 */
export function knownEntities(
  people: readonly NamedEntry[] = [],
  places: readonly (NamedEntry & { readonly adjectives: readonly string[] })[] = [],
): KnownEntities {
  const named = (entry: NamedEntry) => ({ id: entry.id, names: [entry.name, ...entry.aliases] });
  return {
    people: people.map(named),
    places: places.map((place) => ({ ...named(place), adjectives: place.adjectives })),
  };
}
