import { getCollection } from "astro:content";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PUBLISHED_CLAIMS_FILE, checkPublishedIds, parsePublishedIds } from "./claims/published-ids.ts";
import { contentDir } from "./content/content-dir.ts";
import type { Entry } from "./content/parse-entries.ts";
import { buildSite } from "./model/build-site.ts";
import { formatCoverage } from "./model/coverage.ts";
import type { Site } from "./model/types.ts";

let site: Promise<Site> | undefined;

/** Adapt an Astro collection entry to the shape scripts use. */
function toEntry<T>(entry: {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}): Entry<T> {
  return {
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
    ...(entry.body === undefined ? {} : { body: entry.body }),
  };
}

/**
 * The site model, computed once per build from the content collections and
 * shared by every page (pages never re-derive what the model computed).
 */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const built = buildSite({
      stories: (await getCollection("stories")).map(toEntry),
      articles: (await getCollection("articles")).map(toEntry),
      claims: (await getCollection("claims")).map(toEntry),
      people: (await getCollection("people")).map(toEntry),
      places: (await getCollection("places")).map(toEntry),
    });
    checkPublished(built);
    // The coverage report belongs in the build log: an editor sees at once which sentences no claim covers.
    for (const line of formatCoverage(built.coverage)) console.info(`[coverage] ${line}`);
    return built;
  })();
  return site;
}

/** Published claim URLs must keep working: fail the build when one would vanish. */
function checkPublished(built: Site): void {
  const file = join(contentDir(), PUBLISHED_CLAIMS_FILE);
  if (!existsSync(file)) return;
  checkPublishedIds(
    [...built.claims.values()],
    parsePublishedIds(readFileSync(file, "utf8")),
    relative(process.cwd(), file),
  );
}
