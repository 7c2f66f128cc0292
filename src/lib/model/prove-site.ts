import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PUBLISHED_CLAIMS_FILE, checkPublishedIds, parsePublishedIds } from "../claims/published-ids.ts";
import { ContentError, ProblemList, type ContentProblem } from "../content-error.ts";
import { checkSources, type SourceCheck } from "../content/check-sources.ts";
import { readContent } from "../content/load-content.ts";
import type { Unreadable } from "../content/unreadable.ts";
import { originalQuoteLinks } from "../share/original-links.ts";
import { buildSite } from "./build-site.ts";
import type { SiteInput } from "./input.ts";
import { topicProblems } from "./topics.ts";
import type { Site } from "./types.ts";

/** The published-claims list of a content folder: its ids and its path for messages. */
export interface PublishedList {
  readonly ids: readonly string[];
  readonly file: string;
}

/** Read `published-claims.txt` of a content folder, if it has one. */
export function readPublishedList(dir: string): PublishedList | undefined {
  const path = join(dir, PUBLISHED_CLAIMS_FILE);
  if (!existsSync(path)) return undefined;
  return { ids: parsePublishedIds(readFileSync(path, "utf8")), file: relative(process.cwd(), path) || path };
}

/**
 * Everything the build proves about content, in one function that both
 * `astro build` (through getSite) and `npm run check:content` run, so the
 * check refuses exactly what the build refuses:
 *
 * 1. the model (schemas were applied by the loader; references, quotes, statuses);
 * 2. topics that have no URL or share one;
 * 3. published claim ids that would vanish;
 * 4. quotes that no text fragment can single out in the original.
 */
export function proveSite(input: SiteInput, published?: PublishedList, unreadable?: Unreadable): Site {
  const site = buildSite(input, unreadable);
  const problems: ContentProblem[] = [...topicProblems(site.claims.values())];
  const collect = (check: () => unknown): void => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  };
  if (published !== undefined)
    collect(() => checkPublishedIds([...site.claims.values()], published.ids, published.file));
  for (const claim of site.claims.values()) collect(() => originalQuoteLinks(claim, site.articles));
  if (problems.length > 0) throw new ContentError(problems);
  return site;
}

/** A proven content folder: its site model and what re-proving its sources found. */
export interface ProvenContent {
  readonly site: Site;
  readonly sources: SourceCheck;
}

/**
 * Read a content folder and prove all of it, as `npm run check:content` and
 * the build's loader do: every file is read, every article re-proved against
 * its source, and the valid entries proven together, so one run reports
 * every problem of every file (syntax, schema, source, reference, quote).
 */
export function proveContent(dir: string): ProvenContent {
  const read = readContent(dir);
  const problems = new ProblemList();
  for (const problem of read.problems) problems.add(problem);
  const sources = checkSources(
    read.input.articles,
    (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined),
    (file) => relative(process.cwd(), join(dir, file)) || file,
  );
  for (const problem of sources.problems) problems.add(problem);
  const site = problems.collect(() => proveSite(read.input, readPublishedList(dir), read.unreadable));
  problems.throwIfAny();
  return { site: site as Site, sources };
}

/** Read a content folder and prove it, returning the site model. */
export function proveContentDir(dir: string): Site {
  return proveContent(dir).site;
}
