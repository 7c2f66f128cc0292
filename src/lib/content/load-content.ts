import { join } from "node:path";
import type { z } from "zod";
import { articleSchema } from "../../schemas/article.ts";
import { claimSchema } from "../../schemas/claim.ts";
import { personSchema } from "../../schemas/person.ts";
import { placeSchema } from "../../schemas/place.ts";
import { storySchema } from "../../schemas/story.ts";
import { ContentError, type ContentProblem } from "../content-error.ts";
import type { SiteInput } from "../model/input.ts";
import type { Unreadable } from "./unreadable.ts";
import type { CollectionName } from "./content-dir.ts";
import { parseEntries, type Entry } from "./parse-entries.ts";
import { readEntries } from "./read-entries.ts";

/** A content folder as far as it could be read: the valid entries, every problem, and what failed. */
export interface ContentRead {
  readonly input: SiteInput;
  readonly problems: readonly ContentProblem[];
  readonly unreadable: Unreadable;
}

/** The schema of each collection, as the Astro config and the scripts apply them. */
export const SCHEMAS = {
  stories: storySchema,
  articles: articleSchema,
  claims: claimSchema,
  people: personSchema,
  places: placeSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** An id of a file the reader refused before it had data: its name, less the extension. */
const idOf = (file: string): string => (file.split(/[\\/]/u).pop() ?? "").replace(/\.[^.]*$/u, "");

/**
 * Read and validate a content folder, never stopping at a bad file: every
 * file of every collection is read and checked, so an editor sees all
 * problems of all files at once, and the entries that are valid can still
 * be proven (their quotes checked) beside those that are not.
 */
export function readContent(dir: string): ContentRead {
  const problems: ContentProblem[] = [];
  const read = <S extends z.ZodType>(
    collection: CollectionName,
    schema: S,
  ): { entries: Entry<z.output<S>>[]; failed: Set<string> } => {
    const folder = readEntries(join(dir, collection));
    const parsed = parseEntries(schema, folder.entries);
    problems.push(...folder.problems, ...parsed.problems);
    return { entries: parsed.entries, failed: new Set([...parsed.failed, ...folder.problems.map((p) => idOf(p.file))]) };
  };
  const stories = read("stories", SCHEMAS.stories);
  const articles = read("articles", SCHEMAS.articles);
  const claims = read("claims", SCHEMAS.claims);
  const people = read("people", SCHEMAS.people);
  const places = read("places", SCHEMAS.places);
  return {
    input: {
      stories: stories.entries,
      articles: articles.entries,
      claims: claims.entries,
      people: people.entries,
      places: places.entries,
    },
    problems,
    unreadable: {
      stories: stories.failed,
      articles: articles.failed,
      claims: claims.failed,
      people: people.failed,
      places: places.failed,
    },
  };
}

/**
 * Read and validate a content folder outside Astro (scripts, tests,
 * benchmarks), throwing every problem of every file at once.
 */
export function loadContent(dir: string): SiteInput {
  const { input, problems } = readContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return input;
}
