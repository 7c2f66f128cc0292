import type { APIRoute } from "astro";
import { FEED_MAX_STORIES, SITE_DESCRIPTION, SITE_NAME, absoluteUrl, paths } from "../config.ts";
import { buildAtomFeed } from "../lib/share/atom.ts";
import { feedEntries } from "../lib/share/feed-entries.ts";
import { getSite } from "../lib/site.ts";

/** Atom feed of the latest stories, newest first. */
export const GET: APIRoute = async () => {
  const xml = buildAtomFeed({
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    siteUrl: absoluteUrl(paths.home()),
    selfUrl: absoluteUrl(paths.feed()),
    author: SITE_NAME,
    entries: feedEntries(await getSite(), FEED_MAX_STORIES),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
