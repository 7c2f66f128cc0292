import type { APIRoute } from "astro";
import { toClaimsExport } from "../lib/export/claims-json.ts";
import { getSite } from "../lib/site.ts";

/** The public claims contract (schema: /claims.schema.json). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toClaimsExport(await getSite()), null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
