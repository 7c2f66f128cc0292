import type { ArticleMeta } from "../../schemas/article.ts";
import type { ClaimData } from "../../schemas/claim.ts";
import type { Person } from "../../schemas/person.ts";
import type { Place } from "../../schemas/place.ts";
import type { Story } from "../../schemas/story.ts";
import type { Entry } from "../content/parse-entries.ts";

/** Validated content, as read from `content/` (by Astro or by a script). */
export interface SiteInput {
  readonly stories: readonly Entry<Story>[];
  readonly articles: readonly Entry<ArticleMeta>[];
  readonly claims: readonly Entry<ClaimData>[];
  readonly people: readonly Entry<Person>[];
  readonly places: readonly Entry<Place>[];
}
