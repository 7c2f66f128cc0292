import type { APIRoute } from "astro";
import { toClaimsCsv } from "../lib/export/claims-csv.ts";
import { toClaimsExport } from "../lib/export/claims-json.ts";
import { getSite } from "../lib/site.ts";

/** The claims, one row per report's account, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(toClaimsCsv(toClaimsExport(await getSite())), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
