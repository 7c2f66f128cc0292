import type { Site } from "../model/types.ts";
import type { KnownEntities } from "./types.ts";

/**
 * The people and places of a built site as the detail extractor knows them:
 * every alias, and the adjectives that stand for a place. Without a site (an
 * answer key of unseen reports), none.
 */
export function siteKnownEntities(site?: Site): KnownEntities {
  const named = (entity: { id: string; name: string; aliases: readonly string[] }) => ({
    id: entity.id,
    names: [entity.name, ...entity.aliases],
  });
  return {
    people: [...(site?.people.values() ?? [])].map(named),
    places: [...(site?.places.values() ?? [])].map((place) => ({ ...named(place), adjectives: place.adjectives })),
  };
}
