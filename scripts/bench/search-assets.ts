/**
 * What a built site makes a browser download for search: the scripts a page
 * runs before any interaction (static imports followed), and the chunks its
 * loader imports on first use. Sizes raw and gzipped (level 9, as a static
 * host would precompress).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/** One file a browser fetches, with its sizes in bytes. */
export interface Asset {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

/** Sizes of a file of the built site (path relative to the site root, with or without a leading slash). */
export function sizeOf(dist: string, path: string): Asset {
  const bytes = readFileSync(join(dist, path));
  return {
    path: path.startsWith("/") ? path : `/${path}`,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/gu;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/gu;
const MODULE_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/gu;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gu;

/** Every script a page runs before interaction: module scripts and their static imports, plus inline scripts. */
export function scriptsBeforeInteraction(
  dist: string,
  pagePath: string,
): { files: Asset[]; inlineBytes: number; inlineGzip: number } {
  const html = readFileSync(join(dist, pagePath), "utf8");
  const entries = [...html.matchAll(MODULE_SRC)].map((match) => match[1] as string);
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "").join("\n");
  return {
    files: staticClosure(dist, entries).map((path) => sizeOf(dist, path)),
    inlineBytes: Buffer.byteLength(inline),
    inlineGzip: inline.trim() === "" ? 0 : gzipSync(inline, { level: 9 }).length,
  };
}

/** Chunks that scripts import dynamically (on first use), with their static imports, minus what is already loaded. */
export function loadedOnFirstUse(dist: string, loaded: readonly string[]): Asset[] {
  const dynamic = loaded.flatMap((path) =>
    [...readScript(dist, path).matchAll(DYNAMIC_IMPORT)].map((m) => resolveFrom(path, m[1] as string)),
  );
  return staticClosure(dist, dynamic)
    .filter((path) => !loaded.includes(path))
    .map((path) => sizeOf(dist, path));
}

/** The search index files of a build (`/search/index.<hash>.json`). */
export function searchIndexFiles(dist: string): string[] {
  const folder = join(dist, "search");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^index\.[0-9a-f]+\.json$/u.test(name))
    .map((name) => `/search/${name}`);
}

/** True when a script contains Fuse (its bitap error message survives minification). */
export function containsFuse(dist: string, path: string): boolean {
  return readScript(dist, path).includes("Pattern length exceeds max");
}

function staticClosure(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    for (const match of readScript(dist, path).matchAll(STATIC_IMPORT)) visit(resolveFrom(path, match[1] as string));
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

const readScript = (dist: string, path: string): string => readFileSync(join(dist, path), "utf8");
const resolveFrom = (from: string, specifier: string): string => posix.normalize(posix.join(dirname(from), specifier));
