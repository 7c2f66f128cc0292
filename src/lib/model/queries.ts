import { CLAIM_STATUSES, type ClaimStatus } from "../status.ts";
import type { Site, SiteArticle, SiteClaim, SitePerson, SiteStory } from "./types.ts";

/** Look up an id that the model has already proven to exist. */
export function must<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  /* c8 ignore next -- the model checks every reference before pages run */
  if (value === undefined) throw new Error(`Unknown id "${id}"`);
  return value;
}

export const storyClaims = (site: Site, story: SiteStory): SiteClaim[] =>
  story.claimIds.map((id) => must(site.claims, id));
export const storyArticles = (site: Site, story: SiteStory): SiteArticle[] =>
  story.articleIds.map((id) => must(site.articles, id));

/** How many claims have each status. */
export function countByStatus(claims: readonly SiteClaim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) counts[claim.status]++;
  return counts;
}

/** How often the reports name a person or place, all reports together. */
export const totalMentions = (entity: { readonly mentions: Readonly<Record<string, number>> }): number =>
  Object.values(entity.mentions).reduce((sum, count) => sum + count, 0);

/** People or places in alphabetical order of their names, as an index lists them. */
export const byName = <T extends { readonly name: string }>(entities: Iterable<T>): T[] =>
  [...entities].sort((a, b) => a.name.localeCompare(b.name));

/** People involved in a story's claims, most involved first. */
export function storyPeople(site: Site, story: SiteStory): SitePerson[] {
  const ids = new Set(storyClaims(site, story).flatMap((claim) => claim.people));
  return [...ids].map((id) => must(site.people, id)).sort((a, b) => a.name.localeCompare(b.name));
}

const storyMaps = new WeakMap<Site, ReadonlyMap<string, SiteStory>>();

/**
 * A story by id, from a map built once per site: pages that scan (or re-map)
 * every story per page cost stories × pages, quadratic in the corpus.
 */
export function storyById(site: Site, id: string): SiteStory | undefined {
  let map = storyMaps.get(site);
  if (map === undefined) storyMaps.set(site, (map = new Map(site.stories.map((story) => [story.id, story]))));
  return map.get(id);
}

/** A story the model has already proven to exist (ids come from validated content). */
export function mustStory(site: Site, id: string): SiteStory {
  const story = storyById(site, id);
  /* c8 ignore next -- the model checks every story reference before pages run */
  if (story === undefined) throw new Error(`Unknown story "${id}"`);
  return story;
}

/** The story's claim before and after this one, for reading on. */
export function neighbours(site: Site, claim: SiteClaim): { previous?: SiteClaim; next?: SiteClaim } {
  const story = storyById(site, claim.story);
  const ids = story?.claimIds ?? [];
  const index = ids.indexOf(claim.id);
  const previous = index > 0 ? site.claims.get(ids[index - 1] as string) : undefined;
  const next = site.claims.get(ids[index + 1] as string);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Every report of the claim's story but `articleId`'s, by article id: whom a detail list says also names a detail. */
export function otherStoryReports(
  site: Site,
  claim: Pick<SiteClaim, "story">,
  articleId: string,
): Map<string, SiteArticle> {
  const ids = storyById(site, claim.story)?.articleIds ?? [];
  return new Map(ids.filter((id) => id !== articleId).map((id) => [id, must(site.articles, id)]));
}
