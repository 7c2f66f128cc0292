import { absoluteUrl } from "../../config.ts";
import { countOf } from "../format.ts";
import { countByStatus, storyArticles, storyClaims } from "../model/queries.ts";
import type { Site } from "../model/types.ts";
import { CLAIM_STATUSES, STATUS_TEXT } from "../status.ts";
import type { AtomEntry } from "./atom.ts";

/**
 * The feed's entries: the `limit` latest stories (the model lists stories
 * newest first), each updated when its newest report is. A feed reader
 * polls the whole file, so it holds the latest stories only.
 */
export function feedEntries(site: Site, limit: number): AtomEntry[] {
  return site.stories.slice(0, Math.max(0, limit)).map((story) => {
    const dates = [story.date, ...storyArticles(site, story).map((article) => article.meta.published)];
    const claims = storyClaims(site, story);
    const counts = countByStatus(claims);
    const tally = CLAIM_STATUSES.map((status) => `${counts[status]} ${STATUS_TEXT[status].plural}`).join(", ");
    return {
      url: absoluteUrl(story.url),
      title: story.title,
      summary: `${story.summary} — ${countOf(story.articleIds.length, "report")} compared on ${countOf(claims.length, "claim")}: ${tally}.`,
      published: story.date,
      updated: new Date(Math.max(...dates.map((date) => date.getTime()))),
      categories: story.topics,
    };
  });
}
