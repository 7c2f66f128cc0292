import type { APIRoute } from "astro";
import { buildAnnotations } from "../lib/share/annotations.ts";
import { getSite } from "../lib/site.ts";

/** Every claim quote as a W3C Web Annotation, for annotation tools and archives. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const collection = buildAnnotations(site.claims.values(), site.articles);
  return new Response(JSON.stringify(collection, null, 2) + "\n", {
    headers: { "Content-Type": "application/ld+json; charset=utf-8" },
  });
};
