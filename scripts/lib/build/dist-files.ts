import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `root`, as sorted POSIX paths relative to it (`articles/x/index.html`). */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(root);
  // Sorted by code unit, not locale: output and comparisons must not depend on the machine.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The HTML pages of a built site. */
export function listPages(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith(".html"));
}

/**
 * The URL path a static host serves a file at: `a/b/index.html` → `/a/b/`,
 * `404.html` → `/404.html`.
 */
export function urlPathForFile(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}
