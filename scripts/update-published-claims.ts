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
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain(
  (argv, io) => {
    const { positionals } = parseCliArgs(argv, { options: {}, maxPositionals: 1 });
    const dir = resolve(io.cwd, positionals[0] ?? process.env.CONTENT_DIR ?? "content");
    const file = join(dir, PUBLISHED_CLAIMS_FILE);
    // Schema validation is enough here: ids and redirectFrom need no quote resolution.
    const claims = loadContent(dir).claims.map((entry) => ({ id: entry.id, redirectFrom: entry.data.redirectFrom }));
    const published = existsSync(file) ? parsePublishedIds(readFileSync(file, "utf8")) : [];
    checkPublishedIds(claims, published, relative(io.cwd, file));
    const { text, added } = publishIds(
      published,
      claims.map((claim) => claim.id),
    );
    writeFileSync(file, text);
    const count = parsePublishedIds(text).length;
    io.stdout(
      added.length === 0
        ? `${relative(io.cwd, file)}: no new claims (${count} published).`
        : `${relative(io.cwd, file)}: added ${added.join(", ")} (${count} published).`,
    );
  },
  { expected: [ContentError] },
);

await runWhenEntryPoint(import.meta.url, main);
