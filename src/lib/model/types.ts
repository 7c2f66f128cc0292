import type { ArticleMeta } from "../../schemas/article.ts";
import type { Person } from "../../schemas/person.ts";
import type { Place } from "../../schemas/place.ts";
import type { Story } from "../../schemas/story.ts";
import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import type { DroppedImage } from "../../plugins/remark-drop-images.ts";
import type { ClaimStatus } from "../status.ts";
import type { AccountDetails } from "../compare/account-details.ts";

// The comparison's output, carried on each claim: pages read it from the model.
export type { AccountDetails };

/** A story with its reports and claims, resolved. */
export interface SiteStory extends Story {
  readonly id: string;
  readonly url: string;
  /** Article ids, oldest first. */
  readonly articleIds: readonly string[];
  /** Claim ids, in the order the reports first make them. */
  readonly claimIds: readonly string[];
  readonly topics: readonly string[];
  /** Per article id: the story's claims that report does not make (other reports do), in story order. */
  readonly leftOut: Readonly<Record<string, readonly string[]>>;
}

/** A report, parsed and rendered. */
export interface SiteArticle {
  readonly id: string;
  readonly file: string;
  readonly url: string;
  readonly meta: ArticleMeta;
  readonly blocks: readonly BlockInfo[];
  /** Sanitised HTML with sentence ids and claim marks. */
  readonly html: string;
  /** First paragraph, for previews. */
  readonly lead: string;
  /** Images of the Markdown that the site does not show (their alt text stays in the text); absent means none. */
  readonly droppedImages?: readonly DroppedImage[];
  readonly wordCount: number;
  /**
   * A name that tells the report apart within its story and never changes when another report joins: the outlet,
   * or "Outlet not named: “Its own title”" (see reportLabels).
   */
  readonly label: string;
}

/** One verified quote of an account. */
export interface SiteQuote {
  /** The quote as written in the claim file. */
  readonly text: string;
  /** The article's own characters for it. */
  readonly exact: string;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  /** `#sentence-id` of each sentence the quote touches. */
  readonly anchors: readonly string[];
  /**
   * The passage in the original publication: the report's `sourceUrl` with a text fragment its own text proves
   * unique. Set by proveSite (which refuses a quote no fragment singles out); absent when the report has no sourceUrl.
   */
  readonly original?: string;
}

/** What one report says on a claim. */
export interface SiteAccount {
  readonly articleId: string;
  readonly quotes: readonly SiteQuote[];
  readonly summary: string;
  readonly speaker?: string;
  readonly direct: boolean;
}

export interface SiteClaim {
  readonly id: string;
  readonly file: string;
  readonly url: string;
  readonly story: string;
  readonly title: string;
  readonly topic: string;
  readonly status: ClaimStatus;
  readonly note?: string;
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly redirectFrom: readonly string[];
  /** Accounts in the story's article order; a report that does not cover the claim has none. */
  readonly accounts: readonly SiteAccount[];
  /** One-sided details per article id: only accounts that have some; none for a claim with one account. */
  readonly details: Readonly<Record<string, AccountDetails>>;
  /** An agree claim where some account names what no other report names anywhere: "Agree · details differ". */
  readonly detailsDiffer: boolean;
}

/** A claim as resolved from its file, before the comparison adds its details. */
export type ResolvedClaim = Omit<SiteClaim, "details" | "detailsDiffer">;

export interface SitePerson extends Person {
  readonly id: string;
  readonly url: string;
  /** Mentions per article id, counted from the text; articles without one are absent. */
  readonly mentions: Readonly<Record<string, number>>;
  /** Claims that involve the person or quote a passage naming them. */
  readonly claimIds: readonly string[];
}

export interface SitePlace extends Place {
  readonly id: string;
  readonly mentions: Readonly<Record<string, number>>;
  readonly claimIds: readonly string[];
}

/** Share of an article's body sentences that some claim quotes. */
export interface ArticleCoverage {
  readonly articleId: string;
  readonly covered: number;
  readonly total: number;
  readonly uncovered: readonly string[];
}

/** Everything the pages show, computed once from content. */
export interface Site {
  readonly stories: readonly SiteStory[];
  readonly articles: ReadonlyMap<string, SiteArticle>;
  readonly claims: ReadonlyMap<string, SiteClaim>;
  readonly people: ReadonlyMap<string, SitePerson>;
  readonly places: ReadonlyMap<string, SitePlace>;
  readonly coverage: readonly ArticleCoverage[];
}
