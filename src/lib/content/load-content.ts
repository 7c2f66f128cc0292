import { join } from "node:path";
import { articleSchema } from "../../schemas/article.ts";
import { claimSchema } from "../../schemas/claim.ts";
import { personSchema } from "../../schemas/person.ts";
import { placeSchema } from "../../schemas/place.ts";
import { storySchema } from "../../schemas/story.ts";
import type { SiteInput } from "../model/input.ts";
import { parseEntries } from "./parse-entries.ts";
import { readEntries } from "./read-entries.ts";

/** Read and validate a content folder outside Astro (scripts, tests, benchmarks). */
export function loadContent(dir: string): SiteInput {
  return {
    stories: parseEntries(storySchema, readEntries(join(dir, "stories"))),
    articles: parseEntries(articleSchema, readEntries(join(dir, "articles"))),
    claims: parseEntries(claimSchema, readEntries(join(dir, "claims"))),
    people: parseEntries(personSchema, readEntries(join(dir, "people"))),
    places: parseEntries(placeSchema, readEntries(join(dir, "places"))),
  };
}
