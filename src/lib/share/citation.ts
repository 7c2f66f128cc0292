import { SITE_NAME } from "../../config.ts";
import { formatDate } from "../format.ts";
import type { SiteArticle, SiteClaim } from "../model/types.ts";
import { STATUS_TEXT } from "../status.ts";

/**
 * A plain-text citation of a claim: what it says, how the reports relate on
 * it, which reports carry it (outlet — title, date) and its permanent URL.
 * Plain text because it is pasted into mail, chat and footnotes alike.
 *
 * @param claim the claim to cite
 * @param articles the site's articles, to name the reports
 * @param url the claim's absolute permanent URL
 */
export function claimCitation(claim: SiteClaim, articles: ReadonlyMap<string, SiteArticle>, url: string): string {
  const status = STATUS_TEXT[claim.status].label;
  const reports = claim.accounts
    .map((account) => articles.get(account.articleId))
    .filter((article) => article !== undefined)
    .map((article) => `${article.meta.outlet} — ${article.meta.title} (${formatDate(article.meta.published)})`);
  return [
    `“${claim.title}” — ${status}${claim.note ? `: ${claim.note.replace(/\.+$/u, "")}` : ""}. ${SITE_NAME}.`,
    `${reports.length === 1 ? "Report" : "Reports"}: ${reports.join("; ")}.`,
    url,
  ].join("\n");
}
