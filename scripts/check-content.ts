/**
 * Prove the content outside a full build and print the coverage report:
 * per article, the share of body sentences that claims quote, and the
 * sentences no claim covers yet. Every article that records its source
 * (`importedFrom`) is re-proved against it: no sentence lost or added.
 *
 *   npm run check:content [-- <content-dir>] [--strict]
 *
 * It runs the build's own proof (proveSite), so it refuses what the build refuses.
 * With --strict the command fails unless every sentence is covered.
 */
import { resolve } from "node:path";
import { ContentError } from "../src/lib/content-error.ts";
import { countOf } from "../src/lib/format.ts";
import { formatCoverage } from "../src/lib/model/coverage.ts";
import { formatDroppedImages } from "../src/lib/model/dropped-images.ts";
import { proveContent } from "../src/lib/model/prove-site.ts";
import { formatDetailWarnings, formatNoteWarnings, formatUnlistedNames } from "../src/lib/model/review.ts";
import { CliError } from "./lib/cli/cli-error.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain(
  (argv, io) => {
    const { values, positionals } = parseCliArgs(argv, { options: { strict: { type: "boolean" } }, maxPositionals: 1 });
    const dir = resolve(io.cwd, positionals[0] ?? process.env.CONTENT_DIR ?? "content");
    const { site, sources } = proveContent(dir);
    io.stdout(
      `${countOf(sources.articles, "article")} re-proved against their sources: ${countOf(sources.sentences, "sentence")}, none lost`,
    );
    for (const line of formatCoverage(site.coverage)) io.stdout(line);
    for (const line of formatDroppedImages(site.articles.values())) io.stdout(line);
    const complete = site.coverage.every((coverage) => coverage.uncovered.length === 0);
    const claims = [...site.claims.values()];
    io.stdout(
      `${countOf(claims.length, "claim")}: ${["agree", "differ", "only"].map((s) => `${claims.filter((c) => c.status === s).length} ${s}`).join(" · ")}`,
    );
    for (const line of formatUnlistedNames(site)) io.stdout(line);
    for (const line of formatDetailWarnings(site)) io.stderr(line);
    for (const line of formatNoteWarnings(site)) io.stderr(line);
    if (values.strict === true && !complete) {
      throw new CliError("Coverage is below 100 %: add claims for the uncovered sentences.");
    }
  },
  { expected: [ContentError] },
);

await runWhenEntryPoint(import.meta.url, main);
