import { SITE_NAME } from "../../config.ts";
import { must, storyById } from "../model/queries.ts";
import type { Site, SiteClaim } from "../model/types.ts";
import type { ClaimCardData } from "./design.ts";

/** What a claim's preview card shows, from the site model. */
export function claimCardData(site: Site, claim: SiteClaim): ClaimCardData {
  const story = storyById(site, claim.story);
  /* c8 ignore next -- the model checks every story reference before pages run */
  if (story === undefined) throw new Error(`Claim "${claim.id}" names unknown story "${claim.story}"`);
  return {
    siteName: SITE_NAME,
    storyTitle: story.title,
    claimTitle: claim.title,
    status: claim.status,
    quotes: claim.accounts.map((account) => ({
      outlet: must(site.articles, account.articleId).meta.outlet,
      text: account.quotes[0]?.exact ?? account.summary,
    })),
  };
}
