import type { SitemapOptions } from "@astrojs/sitemap";
import { SITEMAP_MAX_URLS } from "../../config.ts";
import { indexablePages } from "./sitemap-filter.ts";

/**
 * Options of @astrojs/sitemap for a build into `outDir`: indexable pages
 * only, and at most SITEMAP_MAX_URLS URLs a file. The integration always
 * writes `sitemap-index.xml`, which lists `sitemap-0.xml`, `sitemap-1.xml`…
 * as the pages outgrow one file.
 */
export function sitemapOptions(outDir: string): SitemapOptions & { entryLimit: number } {
  return { filter: indexablePages(outDir), entryLimit: SITEMAP_MAX_URLS };
}
