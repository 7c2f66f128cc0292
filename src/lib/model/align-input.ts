import { reportReference } from "./note-references.ts";
import type { Site } from "./types.ts";
import type { ExistingClaim } from "../compare/align/existing-claim.ts";
import type { ReportInput } from "../compare/align/suggest.ts";

/**
 * Outlet names made unique within a story, as the suggest command's summary
 * heads each report: two unnamed outlets stay apart ("Outlet not named (2)").
 * Not what the engine names reports by in its notes (storyReports).
 */
export function outletLabels(site: Site, articleIds: readonly string[]): Map<string, string> {
  const outlets = articleIds.map((id) => site.articles.get(id)?.meta.outlet ?? id);
  return new Map(
    articleIds.map((id, i) => {
      const outlet = outlets[i] as string;
      const same = outlets.filter((o) => o === outlet).length;
      return [id, same > 1 ? `${outlet} (${outlets.slice(0, i + 1).filter((o) => o === outlet).length})` : outlet];
    }),
  );
}

/**
 * A story's reports, as the engine reads them. Each is labelled by its note
 * reference, `[[article-id]]`, so a drafted note ("only [[…]] names Keir
 * Starmer") names the report in a way the build resolves and keeps true as
 * the story grows.
 */
export function storyReports(site: Site, storyId: string): ReportInput[] {
  const story = site.stories.find((s) => s.id === storyId);
  if (story === undefined) return [];
  return story.articleIds.map((id) => ({
    id,
    label: reportReference(id),
    blocks: site.articles.get(id)?.blocks ?? [],
  }));
}

/** A story's committed claims: the sentences each account quotes. */
export function existingClaims(site: Site, storyId: string): (ExistingClaim & { status: string })[] {
  const story = site.stories.find((s) => s.id === storyId);
  return (story?.claimIds ?? []).flatMap((id) => {
    const claim = site.claims.get(id);
    if (claim === undefined) return [];
    const accounts = new Map(
      claim.accounts.map((account) => [
        account.articleId,
        [...new Set(account.quotes.flatMap((quote) => quote.anchors.map((anchor) => anchor.replace(/^#/u, ""))))],
      ]),
    );
    const quotes = new Map(claim.accounts.map((account) => [account.articleId, account.quotes.map((q) => q.exact)]));
    return [{ id, status: claim.status, ...(claim.note === undefined ? {} : { note: claim.note }), accounts, quotes }];
  });
}
