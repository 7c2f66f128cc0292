import type { SiteArticle, SiteClaim, SitePerson } from "../../lib/model/types.ts";

/** What a story's comparison shows, as a table (two reports) or a matrix (three or more): StoryView picks one. */
export interface ClaimsComparisonProps {
  caption: string;
  claims: readonly SiteClaim[];
  articles: readonly SiteArticle[];
  people: ReadonlyMap<string, SitePerson>;
  /** Per article id, the story's claims the report leaves out (SiteStory.leftOut). */
  leftOut: Readonly<Record<string, readonly string[]>>;
}
