import { isoDay } from "../format.ts";
import type { Site } from "../model/types.ts";
import { exportDetails, type ExportedDetails } from "./claim-details.ts";

/** One report's account in the public export. */
export interface ExportedAccount {
  quotes: string[];
  summary: string;
  speaker?: string;
  direct: boolean;
  anchors: string[];
}

/** The public, versioned shape of `/claims.json` (JSON Schema: public/claims.schema.json). */
export interface ClaimsExport {
  $schema: string;
  version: 1;
  stories: { id: string; title: string; date: string; url: string; articles: string[] }[];
  articles: {
    id: string;
    story: string;
    outlet: string;
    title: string;
    published: string;
    publishedInferred: boolean;
    url: string;
    sourceUrl?: string;
  }[];
  people: {
    id: string;
    name: string;
    role: string;
    aliases: string[];
    url: string;
    mentions: Record<string, number>;
  }[];
  places: { id: string; name: string; aliases: string[]; mentions: Record<string, number> }[];
  claims: {
    id: string;
    story: string;
    url: string;
    title: string;
    topic: string;
    status: "agree" | "differ" | "only";
    note?: string;
    people: string[];
    places: string[];
    redirectFrom?: string[];
    accounts: Record<string, ExportedAccount>;
    /** Per article id, what that account names that no other account of the claim does. */
    details?: Record<string, ExportedDetails>;
  }[];
}

/**
 * Serialise the site model as the public claims contract. Key order and
 * array order are fixed so the file is byte-identical between builds.
 */
export function toClaimsExport(site: Site): ClaimsExport {
  const articles = site.stories.flatMap((story) =>
    story.articleIds.map((id) => site.articles.get(id)).filter((a) => a !== undefined),
  );
  return {
    $schema: "/claims.schema.json",
    version: 1,
    stories: site.stories.map((story) => ({
      id: story.id,
      title: story.title,
      date: isoDay(story.date),
      url: story.url,
      articles: [...story.articleIds],
    })),
    articles: articles.map((article) => ({
      id: article.id,
      story: article.meta.story,
      outlet: article.meta.outlet,
      title: article.meta.title,
      published: isoDay(article.meta.published),
      publishedInferred: article.meta.publishedInferred,
      url: article.url,
      ...(article.meta.sourceUrl === undefined ? {} : { sourceUrl: article.meta.sourceUrl }),
    })),
    people: [...site.people.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({
        id: p.id,
        name: p.name,
        role: p.role,
        aliases: [...p.aliases],
        url: p.url,
        mentions: { ...p.mentions },
      })),
    places: [...site.places.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({ id: p.id, name: p.name, aliases: [...p.aliases], mentions: { ...p.mentions } })),
    claims: [...site.claims.values()].map((claim) => ({
      id: claim.id,
      story: claim.story,
      url: claim.url,
      title: claim.title,
      topic: claim.topic,
      status: claim.status,
      ...(claim.note === undefined ? {} : { note: claim.note }),
      people: [...claim.people],
      places: [...claim.places],
      ...(claim.redirectFrom.length === 0 ? {} : { redirectFrom: [...claim.redirectFrom] }),
      accounts: Object.fromEntries(
        claim.accounts.map((account) => [
          account.articleId,
          {
            quotes: account.quotes.map((quote) => quote.exact),
            summary: account.summary,
            ...(account.speaker === undefined ? {} : { speaker: account.speaker }),
            direct: account.direct,
            anchors: [...new Set(account.quotes.flatMap((quote) => quote.anchors))],
          },
        ]),
      ),
      ...(Object.keys(claim.details).length === 0
        ? {}
        : {
            details: exportDetails(
              claim.details,
              claim.accounts.map((account) => account.articleId),
            ),
          }),
    })),
  };
}
