import type { APIRoute, GetStaticPaths } from "astro";
import type { SiteClaim } from "../../../lib/model/types.ts";
import { cardCoverageWarnings } from "../../../lib/cards/coverage.ts";
import { claimCardData } from "../../../lib/cards/data.ts";
import { cardPng, prerenderCards } from "../../../lib/cards/store.ts";
import { getSite } from "../../../lib/site.ts";

/** One 1200×630 preview card per claim, at paths.claimImage(id). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const claims = [...site.claims.values()];
  // Astro asks every route for its paths before rendering any page: starting the
  // card workers here lets them render while this thread renders the HTML pages.
  if (import.meta.env.PROD) prerenderCards(claims.map((claim) => ({ claim: claimCardData(site, claim) })));
  // Said once per build, beside the build's own log: a character no card font has draws an empty box.
  for (const claim of claims) {
    for (const warning of cardCoverageWarnings(claim.id, claimCardData(site, claim)))
      console.warn(`warning: ${warning}`);
  }
  return claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: SiteClaim }> = async ({ props }) => {
  const png = await cardPng({ claim: claimCardData(await getSite(), props.claim) });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
