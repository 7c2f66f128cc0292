import type { APIRoute } from "astro";
import { SITE_DESCRIPTION, SITE_NAME } from "../../config.ts";
import { cardPng } from "../../lib/share/card-store.ts";
import { siteCard } from "../../lib/share/og-card.ts";

/** The preview card of pages that have none of their own. */
export const GET: APIRoute = async () =>
  new Response(await cardPng({ tree: siteCard(SITE_NAME, SITE_DESCRIPTION) }), {
    headers: { "Content-Type": "image/png" },
  });
