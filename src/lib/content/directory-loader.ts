import { join } from "node:path";
import type { Loader } from "astro/loaders";
import type { z } from "zod";
import { contentDir, type CollectionName } from "./content-dir.ts";
import { parseEntries } from "./parse-entries.ts";
import { readEntries } from "./read-entries.ts";

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
      const raw = readEntries(dir);
      // Validated here for our messages; Astro's parseData then applies the same schema to the same raw data
      // (handing it our output would make the schema accept what it produces, such as a Date, from a file).
      parseEntries(schema, raw);
      store.clear();
      for (const entry of raw) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file, ...(entry.body === undefined ? {} : { body: entry.body }) });
      }
    },
  };
}
