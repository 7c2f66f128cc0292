import { detailsCell } from "./claim-details.ts";
import type { ClaimsExport } from "./claims-json.ts";
import { toCsv } from "./csv.ts";

const HEADER = [
  "claim_id",
  "story",
  "claim_url",
  "title",
  "topic",
  "status",
  "note",
  "people",
  "places",
  "article_id",
  "outlet",
  "summary",
  "speaker",
  "direct",
  "quotes",
  "anchors",
  "details",
];

/** One row per claim and report that covers it: the export, flat for spreadsheets. */
export function toClaimsCsv(data: ClaimsExport): string {
  const outlets = new Map(data.articles.map((article) => [article.id, article.outlet]));
  const rows = data.claims.flatMap((claim) =>
    Object.entries(claim.accounts).map(([articleId, account]) => [
      claim.id,
      claim.story,
      claim.url,
      claim.title,
      claim.topic,
      claim.status,
      claim.note ?? "",
      claim.people.join(" "),
      claim.places.join(" "),
      articleId,
      outlets.get(articleId) ?? "",
      account.summary,
      account.speaker ?? "",
      account.direct,
      account.quotes.join("\n"),
      account.anchors.join(" "),
      detailsCell(claim.details?.[articleId]),
    ]),
  );
  return toCsv([HEADER, ...rows]);
}
