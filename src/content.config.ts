import { defineCollection } from "astro:content";
import { directoryLoader } from "./lib/content/directory-loader.ts";
import { articleSchema } from "./schemas/article.ts";
import { claimSchema } from "./schemas/claim.ts";
import { personSchema } from "./schemas/person.ts";
import { placeSchema } from "./schemas/place.ts";
import { storySchema } from "./schemas/story.ts";

/**
 * The content collections, read from the top-level `content/` folder.
 * Schemas live in src/schemas/ (one per concern) so scripts and tests can
 * validate content outside Astro with exactly the same rules.
 */
export const collections = {
  stories: defineCollection({ loader: directoryLoader("stories", storySchema), schema: storySchema }),
  articles: defineCollection({ loader: directoryLoader("articles", articleSchema), schema: articleSchema }),
  claims: defineCollection({ loader: directoryLoader("claims", claimSchema), schema: claimSchema }),
  people: defineCollection({ loader: directoryLoader("people", personSchema), schema: personSchema }),
  places: defineCollection({ loader: directoryLoader("places", placeSchema), schema: placeSchema }),
};
