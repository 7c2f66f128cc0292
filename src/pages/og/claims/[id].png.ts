import type { APIRoute, GetStaticPaths } from "astro";
import { SITE_NAME } from "../../../config.ts";
import { must } from "../../../lib/model/queries.ts";
import type { SiteClaim } from "../../../lib/model/types.ts";
import { claimCard } from "../../../lib/share/og-card.ts";
import { renderCardPng } from "../../../lib/share/render-png.ts";
import { getSite } from "../../../lib/site.ts";

/** One 1200×630 preview card per claim, at paths.claimImage(id). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.claims.values()].map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: SiteClaim }> = async ({ props }) => {
  const { claim } = props;
  const site = await getSite();
  const story = must(new Map(site.stories.map((s) => [s.id, s])), claim.story);
  const png = await renderCardPng(
    claimCard({
      siteName: SITE_NAME,
      storyTitle: story.title,
      claimTitle: claim.title,
      status: claim.status,
      quotes: claim.accounts.map((account) => ({
        outlet: must(site.articles, account.articleId).meta.outlet,
        text: account.quotes[0]?.exact ?? account.summary,
      })),
    }),
  );
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
