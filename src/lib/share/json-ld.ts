import { SITE_NAME, absoluteUrl } from "../../config.ts";
import { isoDay } from "../format.ts";
import type { SiteArticle, SiteClaim, SitePerson } from "../model/types.ts";

/**
 * schema.org structured data for search engines and link previews:
 * `NewsArticle` for a report, `Claim` for a claim with the reports it
 * appears in. Builders are pure; pages serialise with `serializeJsonLd`.
 */

const CONTEXT = "https://schema.org";

/** A schema.org NewsArticle: one report as our site publishes it. */
export interface NewsArticleLd {
  "@context"?: typeof CONTEXT;
  "@type": "NewsArticle";
  "@id": string;
  headline: string;
  datePublished: string;
  url: string;
  inLanguage: string;
  publisher: { "@type": "Organization"; name: string };
  isBasedOn?: string;
  wordCount?: number;
}

/** A schema.org Person who makes a statement. */
export interface PersonLd {
  "@type": "Person";
  name: string;
  jobTitle: string;
  url: string;
}

/** A schema.org Claim with every report it appears in. */
export interface ClaimLd {
  "@context": typeof CONTEXT;
  "@type": "Claim";
  "@id": string;
  url: string;
  name: string;
  keywords: string;
  isPartOf: { "@type": "WebSite"; name: string; url: string };
  appearance: NewsArticleLd[];
  /** A reference to the oldest entry of `appearance`. */
  firstAppearance?: { "@id": string };
  author?: PersonLd[];
}

/** A report as a NewsArticle; `url` is our copy, `isBasedOn` the original when known. */
export function newsArticleLd(article: SiteArticle): NewsArticleLd {
  const url = absoluteUrl(article.url);
  return {
    "@type": "NewsArticle",
    "@id": url,
    headline: article.meta.title,
    datePublished: isoDay(article.meta.published),
    url,
    inLanguage: article.meta.language,
    publisher: { "@type": "Organization", name: article.meta.outlet },
    ...(article.meta.sourceUrl === undefined ? {} : { isBasedOn: article.meta.sourceUrl }),
  };
}

/** The article page's own data block: the NewsArticle with context and word count. */
export const articlePageLd = (article: SiteArticle): NewsArticleLd => ({
  "@context": CONTEXT,
  ...newsArticleLd(article),
  wordCount: article.wordCount,
});

/**
 * A claim as schema.org `Claim`: `appearance` lists each report that covers
 * it (oldest first, so the first is `firstAppearance`); `author` lists the
 * people the reports attribute it to, where known.
 */
export function claimLd(
  claim: SiteClaim,
  articles: ReadonlyMap<string, SiteArticle>,
  people: ReadonlyMap<string, SitePerson>,
): ClaimLd {
  const url = absoluteUrl(claim.url);
  const appearance = claim.accounts
    .map((account) => articles.get(account.articleId))
    .filter((article) => article !== undefined)
    .map(newsArticleLd);
  const speakers = [...new Set(claim.accounts.flatMap((account) => (account.speaker ? [account.speaker] : [])))]
    .map((id) => people.get(id))
    .filter((person) => person !== undefined)
    .map((person): PersonLd => ({
      "@type": "Person",
      name: person.name,
      jobTitle: person.role,
      url: absoluteUrl(person.url),
    }));
  const [first] = appearance;
  return {
    "@context": CONTEXT,
    "@type": "Claim",
    "@id": url,
    url,
    name: claim.title,
    keywords: claim.topic,
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl("/") },
    appearance,
    ...(first === undefined ? {} : { firstAppearance: { "@id": first["@id"] } }),
    ...(speakers.length === 0 ? {} : { author: speakers }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&`
 * become `\u003c`… so no text can close the script element or open a
 * comment; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
