import type { APIRoute } from "astro";
import { SITE_DESCRIPTION, SITE_NAME } from "../../config.ts";
import { cardPng } from "../../lib/cards/store.ts";
import { siteCard } from "../../lib/cards/design.ts";

/** The preview card of pages that have none of their own. */
export const GET: APIRoute = async () =>
  new Response(await cardPng({ tree: siteCard(SITE_NAME, SITE_DESCRIPTION) }), {
    headers: { "Content-Type": "image/png" },
  });
