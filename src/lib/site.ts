import { getCollection } from "astro:content";
import { contentDir } from "./content/content-dir.ts";
import type { Entry } from "./content/parse-entries.ts";
import { formatCoverage } from "./model/coverage.ts";
import { formatDroppedImages } from "./model/dropped-images.ts";
import { proveSite, readPublishedList } from "./model/prove-site.ts";
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
    // The same proof as `npm run check:content`, so the two refuse exactly the same content.
    const built = proveSite(
      {
        stories: (await getCollection("stories")).map(toEntry),
        articles: (await getCollection("articles")).map(toEntry),
        claims: (await getCollection("claims")).map(toEntry),
        people: (await getCollection("people")).map(toEntry),
        places: (await getCollection("places")).map(toEntry),
      },
      readPublishedList(contentDir()),
    );
    // The coverage report belongs in the build log: an editor sees at once which sentences no claim covers.
    for (const line of formatCoverage(built.coverage)) console.info(`[coverage] ${line}`);
    for (const line of formatDroppedImages(built.articles.values())) console.info(`[images] ${line}`);
    return built;
  })();
  return site;
}
