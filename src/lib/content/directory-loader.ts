import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Loader } from "astro/loaders";
import type { z } from "zod";
import { ContentError } from "../content-error.ts";
import { proveContent } from "../model/prove-site.ts";
import { contentDir, type CollectionName } from "./content-dir.ts";
import { parseEntries } from "./parse-entries.ts";
import { readEntries } from "./read-entries.ts";

/** Every file of the content folder with its size and time: the proof is redone when any of them changes. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\n");
}

let proven: { key: string; dir: string } | undefined;

/**
 * The whole folder proven as `npm run check:content` proves it (sources
 * re-proved, every problem of every file at once), once per state of the
 * folder however many collections load: a problem in one collection's file
 * must not hide those of another, nor stop the build before the quotes
 * of the valid files are checked.
 */
function proveOnce(dir: string): void {
  const key = fingerprint(dir);
  if (proven?.dir === dir && proven.key === key) return;
  proveContent(dir);
  proven = { key, dir };
}

/**
 * An Astro content loader for one collection folder of `content/`.
 *
 * It validates with our own messages (file, field, fix) before Astro's
 * `parseData`, and refuses ids that clash, which the glob loader would only
 * warn about while letting one file replace the other.
 */
export function directoryLoader(collection: CollectionName, schema: z.ZodType): Loader {
  return {
    name: `directory-loader:${collection}`,
    load: async ({ store, parseData, watcher }) => {
      const dir = join(contentDir(), collection);
      watcher?.add(dir);
      proveOnce(contentDir());
      const folder = readEntries(dir);
      const problems = [...folder.problems, ...parseEntries(schema, folder.entries).problems];
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      // Astro's parseData applies the same schema to the same raw data (handing it our output would make the
      // schema accept what it produces, such as a Date, from a file).
      for (const entry of folder.entries) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file, ...(entry.body === undefined ? {} : { body: entry.body }) });
      }
    },
  };
}
