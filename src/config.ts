/**
 * Site-wide constants and URL builders: every internal path is made here,
 * so pages never spell URLs by hand and a shared link has one definition.
 */

/** Public name of the site. */
export const SITE_NAME = "Side by Side";

/** One-line description used in meta tags and the footer. */
export const SITE_DESCRIPTION =
  "News reports of the same event compared claim by claim: where they agree, where they differ, and what only one of them says.";

/** Absolute origin for canonical and Open Graph URLs; set SITE_URL when deploying elsewhere. */
export const SITE_URL = (process.env.SITE_URL ?? "https://side-by-side.example.org").replace(/\/+$/u, "");

/** Stories per home page: at 1 000 reports a page of 20 stays under 8 KB gzipped (npm run bench scale). */
export const HOME_PAGE_SIZE = 20;

/** Stories in the Atom feed: the latest only, so the feed stays small however many stories there are. */
export const FEED_MAX_STORIES = 20;

/** URLs per sitemap file: the sitemaps.org limit; past it the sitemap index lists several files. */
export const SITEMAP_MAX_URLS = 50_000;

export const paths = {
  home: (): string => "/",
  /** Page `n` of the story list: the home page is page 1. */
  homePage: (n: number): string => (n <= 1 ? "/" : `/page/${n}/`),
  story: (id: string): string => `/stories/${id}/`,
  storyFilter: (id: string, kind: "status" | "person" | "topic", value: string): string =>
    `/stories/${id}/${kind}/${value}/`,
  /** Two reports of a story side by side (ids in the story's report order). */
  storyCompare: (id: string, a: string, b: string): string => `/stories/${id}/compare/${a}/${b}/`,
  /** A claim's row in its story's table. */
  claimRow: (storyId: string, claimId: string): string => `/stories/${storyId}/#claim-${claimId}`,
  article: (id: string): string => `/articles/${id}/`,
  /** The list of claims a report leaves out, on its article page. */
  leftOut: (articleId: string): string => `/articles/${articleId}/#left-out`,
  sentence: (articleId: string, sentenceId: string): string => `/articles/${articleId}/#${sentenceId}`,
  claim: (id: string): string => `/claims/${id}/`,
  claimImage: (id: string): string => `/og/claims/${id}.png`,
  people: (): string => "/people/",
  person: (id: string): string => `/people/${id}/`,
  places: (): string => "/places/",
  place: (id: string): string => `/places/${id}/`,
  search: (query?: string): string => (query ? `/search/?q=${encodeURIComponent(query)}` : "/search/"),
  /** The content-hashed search index, e.g. /search/index.3f9a2c1b.json. */
  searchIndex: (file: string): string => `/search/${file}`,
  annotations: (): string => "/annotations.json",
  siteImage: (): string => "/og/site.png",
  claimsJson: (): string => "/claims.json",
  claimsCsv: (): string => "/claims.csv",
  feed: (): string => "/feed.xml",
  about: (): string => "/about/",
} as const;

/** Absolute URL for a site path. */
export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;
