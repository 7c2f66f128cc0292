import type { APIRoute } from "astro";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, paths } from "../config.ts";
import { storyArticles, storyClaims, countByStatus } from "../lib/model/queries.ts";
import { buildAtomFeed, type AtomEntry } from "../lib/share/atom.ts";
import { getSite } from "../lib/site.ts";
import { CLAIM_STATUSES, STATUS_TEXT } from "../lib/status.ts";

/** Atom feed of the stories, newest first; each entry is updated when its newest report is. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries: AtomEntry[] = site.stories.map((story) => {
    const dates = [story.date, ...storyArticles(site, story).map((article) => article.meta.published)];
    const claims = storyClaims(site, story);
    const counts = countByStatus(claims);
    const tally = CLAIM_STATUSES.map((status) => `${counts[status]} ${STATUS_TEXT[status].plural}`).join(", ");
    return {
      url: absoluteUrl(story.url),
      title: story.title,
      summary: `${story.summary} — ${story.articleIds.length} reports compared on ${claims.length} claims: ${tally}.`,
      published: story.date,
      updated: new Date(Math.max(...dates.map((date) => date.getTime()))),
      categories: story.topics,
    };
  });
  const xml = buildAtomFeed({
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    siteUrl: absoluteUrl(paths.home()),
    selfUrl: absoluteUrl(paths.feed()),
    author: SITE_NAME,
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
