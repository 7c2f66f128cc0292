import { must, storyById } from "./queries.ts";
import type { Site, SiteClaim, SiteStory } from "./types.ts";

/** A story and the claims of one person or place in it. */
export interface StoryGroup {
  readonly story: SiteStory;
  readonly claims: readonly SiteClaim[];
}

/**
 * Gather an entity's claims across stories, grouped by story: every story
 * that has one of the claims or a report mentioning the entity (a mention
 * without a claim still gets its group, with no claims), newest story
 * first as on the home page, claims in their story's order. Linear in the
 * entity's claims and mentions, not in the whole site.
 */
export function claimsByStory(
  site: Site,
  entity: { readonly claimIds: readonly string[]; readonly mentions: Readonly<Record<string, number>> },
): StoryGroup[] {
  const claims = new Map<string, SiteClaim[]>();
  for (const id of entity.claimIds) {
    const claim = must(site.claims, id);
    const group = claims.get(claim.story);
    if (group === undefined) claims.set(claim.story, [claim]);
    else group.push(claim);
  }
  for (const articleId of Object.keys(entity.mentions)) {
    const story = must(site.articles, articleId).meta.story;
    if (!claims.has(story)) claims.set(story, []);
  }
  return (
    [...claims]
      .map(([storyId, group]) => {
        const story = storyById(site, storyId);
        /* c8 ignore next -- the model checks every story reference before pages run */
        if (story === undefined) throw new Error(`Unknown story "${storyId}"`);
        const position = new Map(story.claimIds.map((id, i) => [id, i]));
        return { story, claims: group.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)) };
      })
      // The model's own story order: newest first, then by id.
      .sort((a, b) => b.story.date.getTime() - a.story.date.getTime() || a.story.id.localeCompare(b.story.id))
  );
}
