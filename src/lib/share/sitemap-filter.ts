import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Keep out of the sitemap every page that asks not to be indexed (redirect
 * pages at former claim ids, the claims-table filter pages, 404) and every
 * non-HTML file: the page's own `<meta name="robots">` is the one truth.
 */

const NOINDEX = /<meta\b[^>]*\bname=["']?robots["']?[^>]*\bcontent=["'][^"']*\bnoindex\b/iu;
const NOINDEX_REVERSED = /<meta\b[^>]*\bcontent=["'][^"']*\bnoindex\b[^>]*\bname=["']?robots\b/iu;

/** True when the HTML carries a robots meta tag with `noindex`. */
export const hasNoindex = (html: string): boolean => NOINDEX.test(html) || NOINDEX_REVERSED.test(html);

/** The built file of a page URL in a `build.format: "directory"` output. */
export function pageFile(outDir: string, pageUrl: string): string {
  const { pathname } = new URL(pageUrl);
  return join(outDir, decodeURIComponent(pathname), pathname.endsWith("/") ? "index.html" : "");
}

/**
 * A filter for @astrojs/sitemap: it runs after the pages are written, so it
 * reads each page and drops those marked noindex or not HTML.
 */
export function indexablePages(outDir: string): (pageUrl: string) => boolean {
  return (pageUrl) => {
    const file = pageFile(outDir, pageUrl);
    if (!file.endsWith(".html") || !existsSync(file)) return false;
    return !hasNoindex(readFileSync(file, "utf8"));
  };
}
