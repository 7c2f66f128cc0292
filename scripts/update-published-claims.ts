/**
 * Record the current claim ids as published, so the build guards their URLs.
 *
 *   npm run claims:publish [-- <content-dir>]
 *
 * Appends ids of new claims to `<content-dir>/published-claims.txt` (kept
 * sorted) and never removes one: a renamed claim keeps its old id alive
 * through `redirectFrom`. Fails, like the build, when a listed id has
 * disappeared without a redirect.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentError } from "../src/lib/content-error.ts";
import { loadContent } from "../src/lib/content/load-content.ts";
import {
  PUBLISHED_CLAIMS_FILE,
  checkPublishedIds,
  parsePublishedIds,
  publishIds,
} from "../src/lib/claims/published-ids.ts";

const dir = resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? process.env.CONTENT_DIR ?? "content");
const file = join(dir, PUBLISHED_CLAIMS_FILE);

try {
  // Schema validation is enough here: ids and redirectFrom need no quote resolution.
  const claims = loadContent(dir).claims.map((entry) => ({ id: entry.id, redirectFrom: entry.data.redirectFrom }));
  const published = existsSync(file) ? parsePublishedIds(readFileSync(file, "utf8")) : [];
  checkPublishedIds(claims, published, relative(process.cwd(), file));
  const { text, added } = publishIds(
    published,
    claims.map((claim) => claim.id),
  );
  writeFileSync(file, text);
  const count = parsePublishedIds(text).length;
  console.log(
    added.length === 0
      ? `${relative(process.cwd(), file)}: no new claims (${count} published).`
      : `${relative(process.cwd(), file)}: added ${added.join(", ")} (${count} published).`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
