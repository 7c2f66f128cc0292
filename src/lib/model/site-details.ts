import { createDetailExtractor } from "../compare/details.ts";
import { knownEntities } from "../compare/known-entities.ts";
import type { KnownEntities } from "../compare/types.ts";
import type { DetailFinder } from "../compare/align/features.ts";
import type { Site } from "./types.ts";

/**
 * The people and places of a built site as the detail extractor knows them.
 * Without a site (an answer key of unseen reports), none.
 */
export function siteKnownEntities(site?: Site): KnownEntities {
  return knownEntities([...(site?.people.values() ?? [])], [...(site?.places.values() ?? [])]);
}

/**
 * The build's own detail extraction, over the site's people and places
 * (every alias), so alignment and the pages agree on what a detail is.
 * Without a site (an answer key of unseen reports), only dates, numbers and
 * the names the NLP library finds.
 */
export function siteDetailFinder(site?: Site): DetailFinder {
  return createDetailExtractor(siteKnownEntities(site));
}
