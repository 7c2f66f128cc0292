import { createDetailExtractor } from "../compare/details.ts";
import { siteKnownEntities } from "../compare/known-entities.ts";
import type { Site } from "./types.ts";
import type { DetailFinder } from "../compare/align/features.ts";

/**
 * The build's own detail extraction, over the site's people and places
 * (every alias), so alignment and the pages agree on what a detail is.
 * Without a site (an answer key of unseen reports), only dates, numbers and
 * the names the NLP library finds.
 */
export function siteDetailFinder(site?: Site): DetailFinder {
  return createDetailExtractor(siteKnownEntities(site));
}
