/**
 * Search records built from the site model: what results show (display
 * records) and what Fuse compares (index records, every string folded by
 * searchText). Pure and linear in the content.
 */
import type { Site, SiteClaim } from "../../model/types.ts";
import { languageAttributes } from "../../text/language.ts";
import { searchText } from "../shared/fold.ts";
import type {
  ClaimIndexRecord,
  PersonIndexRecord,
  ReportIndexRecord,
  SearchClaim,
  SearchPerson,
  SearchReport,
} from "../shared/types.ts";

/** Display records and index records, in the same order (index i describes display i). */
export interface SearchDocuments {
  readonly reports: readonly SearchReport[];
  readonly people: readonly SearchPerson[];
  readonly claims: readonly SearchClaim[];
  readonly index: {
    readonly reports: readonly ReportIndexRecord[];
    readonly people: readonly PersonIndexRecord[];
    readonly claims: readonly ClaimIndexRecord[];
  };
}

/**
 * Build the search records for a site. Claims and reports follow the stories'
 * order (newest story first, claims as the reports first make them).
 */
export function buildSearchDocuments(site: Site): SearchDocuments {
  const storyRank = new Map(site.stories.map((story, rank) => [story.id, rank]));
  const rank = (story: string): number => storyRank.get(story) ?? Number.MAX_SAFE_INTEGER;
  const articles = [...site.articles.values()].sort((a, b) => rank(a.meta.story) - rank(b.meta.story));
  const claims = [...site.claims.values()].sort((a, b) => rank(a.story) - rank(b.story));
  const reportIndex = new Map(articles.map((article, i) => [article.id, i]));
  const claimIndex = new Map(claims.map((claim, i) => [claim.id, i]));
  const people = [...site.people.values()];
  const names = (
    ids: Iterable<string>,
    from: ReadonlyMap<string, { name: string; aliases: readonly string[] }>,
  ): string[] =>
    [...new Set(ids)].flatMap((id) => {
      const entity = from.get(id);
      return entity ? [entity.name, ...entity.aliases].map(searchText) : [];
    });

  return {
    reports: articles.map((article) => ({
      id: article.id,
      url: article.url,
      outlet: article.meta.outlet,
      title: article.meta.title,
      ...languageAttributes(article.meta.language),
    })),
    people: people.map((person) => ({
      id: person.id,
      url: person.url,
      name: person.name,
      role: person.role,
      aliases: person.aliases,
      mentions: Object.entries(person.mentions)
        .flatMap(([articleId, count]) => {
          const report = reportIndex.get(articleId);
          return report === undefined ? [] : [{ report, count }];
        })
        .sort((a, b) => a.report - b.report),
      claims: person.claimIds.flatMap((id) => claimIndex.get(id) ?? []),
    })),
    claims: claims.map((claim) => ({
      id: claim.id,
      url: claim.url,
      title: claim.title,
      topic: claim.topic,
      status: claim.status,
      reports: claim.accounts.flatMap((account) => reportIndex.get(account.articleId) ?? []),
      quotes: claim.accounts.flatMap((account) => {
        const report = reportIndex.get(account.articleId);
        return report === undefined ? [] : account.quotes.map((quote) => ({ report, text: quote.exact }));
      }),
    })),
    index: {
      reports: articles.map((article) => ({
        outlet: searchText(article.meta.outlet),
        title: searchText(article.meta.title),
      })),
      people: people.map((person) => ({
        names: [person.name, ...person.aliases].map(searchText),
        role: searchText(person.role),
      })),
      claims: claims.map((claim) =>
        claimRecord(
          claim,
          (ids) => names(ids, site.people),
          (ids) => names(ids, site.places),
        ),
      ),
    },
  };
}

/** The folded fields of one claim. */
function claimRecord(
  claim: SiteClaim,
  people: (ids: Iterable<string>) => string[],
  places: (ids: Iterable<string>) => string[],
): ClaimIndexRecord {
  const speakers = claim.accounts.flatMap((account) => (account.speaker === undefined ? [] : [account.speaker]));
  return {
    title: searchText(claim.title),
    topic: searchText(claim.topic),
    people: people([...claim.people, ...speakers]),
    places: places(claim.places),
    note: searchText(claim.note ?? ""),
    summaries: claim.accounts.map((account) => searchText(account.summary)),
  };
}
