import { storyClaims } from "./queries.ts";
import type { Site, SiteClaim, SiteStory } from "./types.ts";

/** The claims a reader should see first: those that differ, and agreeing ones whose details differ. */
export function storyDifferences(site: Site, story: SiteStory): SiteClaim[] {
  return storyClaims(site, story).filter((claim) => claim.status === "differ" || claim.detailsDiffer);
}

/** Every pair of a story's reports, in the story's report order: the pages comparing two of them. */
export function reportPairs(story: SiteStory): [string, string][] {
  return story.articleIds.flatMap((a, i) => story.articleIds.slice(i + 1).map((b): [string, string] => [a, b]));
}
