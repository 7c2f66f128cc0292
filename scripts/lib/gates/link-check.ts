import { posix } from "node:path";
import type { PageLinks } from "./extract-links.ts";
import { urlPathForFile } from "../build/dist-files.ts";

/** A link that does not resolve, with where it was found. */
export interface BrokenLink {
  /** URL path of the page holding the link. */
  readonly page: string;
  /** Where on the page: `a[href]`, `img[srcset]`, … */
  readonly source: string;
  readonly url: string;
  readonly reason: string;
}

/** The outcome of checking a whole site. */
export interface LinkReport {
  readonly pages: number;
  /** Internal URLs checked (every occurrence counts). */
  readonly checked: number;
  /** URLs on other origins: listed in the count, not fetched (the check runs offline). */
  readonly external: number;
  readonly broken: readonly BrokenLink[];
}

/** Where a URL points, seen from one page. */
export type LinkTarget =
  | { readonly kind: "internal"; readonly pathname: string; readonly fragment: string | undefined }
  | { readonly kind: "external" }
  | { readonly kind: "unsafe"; readonly reason: string }
  | { readonly kind: "other-scheme" };

/** Resolve a URL written on the page at `pagePath` against our origin. */
export function classifyLink(url: string, pagePath: string, origin: string, base?: string): LinkTarget {
  const pageUrl = new URL(pagePath, origin);
  let resolved: URL;
  try {
    resolved = new URL(url, base === undefined ? pageUrl : new URL(base, pageUrl));
  } catch {
    return { kind: "unsafe", reason: "not a valid URL" };
  }
  if (resolved.protocol === "javascript:" || resolved.protocol === "vbscript:") {
    return { kind: "unsafe", reason: `${resolved.protocol} URL` };
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return { kind: "other-scheme" };
  if (resolved.origin !== new URL(origin).origin) return { kind: "external" };
  // `#` alone is an empty fragment, which still means "this page": keep it distinct from no fragment.
  const fragment = resolved.hash === "" ? (url.endsWith("#") ? "" : undefined) : resolved.hash.slice(1);
  return { kind: "internal", pathname: resolved.pathname, fragment };
}

/**
 * The file a static host serves for a URL path, or why there is none.
 * `exists` answers for paths relative to the site root.
 */
export function fileForPath(
  pathname: string,
  exists: (file: string) => boolean,
): { readonly file: string } | { readonly problem: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: "malformed percent-encoding" };
  }
  const normal = posix.normalize(decoded);
  if (!normal.startsWith("/") || normal.split("/").includes("..")) return { problem: "leaves the site root" };
  const relative = normal.slice(1);
  if (relative === "" || relative.endsWith("/")) {
    const index = `${relative}index.html`;
    return exists(index) ? { file: index } : { problem: `no file ${index}` };
  }
  if (exists(relative)) return { file: relative };
  // The site uses trailing slashes: without one, hosts answer with a redirect, or not at all.
  if (exists(`${relative}/index.html`)) return { problem: "directory link without a trailing slash" };
  return { problem: `no file ${relative}` };
}

/** Whether `fragment` names an element of a page with these ids (the HTML "indicated part" rules). */
export function fragmentExists(fragment: string, ids: ReadonlySet<string>): boolean {
  // An empty fragment and "top" scroll to the top without any element.
  if (fragment === "" || fragment.toLowerCase() === "top") return true;
  // Text fragments (#:~:text=…) are directives, not ids.
  if (fragment.startsWith(":~:")) return true;
  if (ids.has(fragment)) return true;
  try {
    return ids.has(decodeURIComponent(fragment));
  } catch {
    return false;
  }
}

/**
 * Check every internal URL of every page: the target file exists and, for a
 * `#fragment`, the target page has that id. `pages` maps root-relative file
 * paths to their parsed links; `exists` answers for any file of the site.
 */
export function checkLinks(
  pages: ReadonlyMap<string, PageLinks>,
  exists: (file: string) => boolean,
  origin: string,
): LinkReport {
  const broken: BrokenLink[] = [];
  let checked = 0;
  let external = 0;
  for (const [file, links] of pages) {
    const page = urlPathForFile(file);
    for (const { source, url } of links.refs) {
      const target = classifyLink(url, page, origin, links.base);
      if (target.kind === "external") external += 1;
      if (target.kind === "unsafe") broken.push({ page, source, url, reason: target.reason });
      if (target.kind !== "internal") continue;
      checked += 1;
      const found = fileForPath(target.pathname, exists);
      if ("problem" in found) {
        broken.push({ page, source, url, reason: found.problem });
        continue;
      }
      if (target.fragment === undefined) continue;
      const targetLinks = pages.get(found.file);
      if (targetLinks === undefined) {
        if (target.fragment !== "")
          broken.push({ page, source, url, reason: `#${target.fragment} on a non-HTML file` });
      } else if (!fragmentExists(target.fragment, targetLinks.ids)) {
        broken.push({ page, source, url, reason: `no id "${target.fragment}" on ${urlPathForFile(found.file)}` });
      }
    }
  }
  return { pages: pages.size, checked, external, broken };
}

/** Broken links grouped by URL and reason, most widespread first: one missing page linked from every footer is one line. */
export function groupBroken(broken: readonly BrokenLink[]): { url: string; reason: string; pages: string[] }[] {
  const groups = new Map<string, { url: string; reason: string; pages: string[] }>();
  for (const link of broken) {
    const key = `${link.url}\u0000${link.reason}`;
    const group = groups.get(key) ?? { url: link.url, reason: link.reason, pages: [] };
    if (!group.pages.includes(link.page)) group.pages.push(link.page);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.pages.length - a.pages.length);
}
