import type { APIRoute } from "astro";
import { absoluteUrl } from "../config.ts";

/** robots.txt with an absolute sitemap URL (SITE_URL decides the origin). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap-index.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
