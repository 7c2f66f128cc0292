import { join } from "node:path";
import { articleSchema } from "../../schemas/article.ts";
import { claimSchema } from "../../schemas/claim.ts";
import { personSchema } from "../../schemas/person.ts";
import { placeSchema } from "../../schemas/place.ts";
import { storySchema } from "../../schemas/story.ts";
import { ContentError, type ContentProblem } from "../content-error.ts";
import type { SiteInput } from "../model/input.ts";
import { parseEntries, type Entry } from "./parse-entries.ts";
import { readEntries } from "./read-entries.ts";

/**
 * Read and validate a content folder outside Astro (scripts, tests, benchmarks).
 * Every collection is read even when an earlier one fails, so an editor sees
 * all problems of all files at once.
 */
export function loadContent(dir: string): SiteInput {
  const problems: ContentProblem[] = [];
  const load = <T>(collection: string, parse: (raw: ReturnType<typeof readEntries>) => Entry<T>[]): Entry<T>[] => {
    try {
      return parse(readEntries(join(dir, collection)));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  };
  const input: SiteInput = {
    stories: load("stories", (raw) => parseEntries(storySchema, raw)),
    articles: load("articles", (raw) => parseEntries(articleSchema, raw)),
    claims: load("claims", (raw) => parseEntries(claimSchema, raw)),
    people: load("people", (raw) => parseEntries(personSchema, raw)),
    places: load("places", (raw) => parseEntries(placeSchema, raw)),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return input;
}
