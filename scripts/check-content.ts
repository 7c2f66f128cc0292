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
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatDetailWarnings, formatUnlistedNames } from "../src/lib/model/review.ts";
import { ContentError } from "../src/lib/content-error.ts";
import { checkSources } from "../src/lib/content/check-sources.ts";
import { loadContent } from "../src/lib/content/load-content.ts";
import { formatCoverage } from "../src/lib/model/coverage.ts";
import { formatDroppedImages } from "../src/lib/model/dropped-images.ts";
import { proveSite, readPublishedList } from "../src/lib/model/prove-site.ts";
import { CliError } from "./lib/cli/cli-error.ts";
import { parseCliArgs } from "./lib/cli/parse-cli-args.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";

export const main = cliMain(
  (argv, io) => {
    const { values, positionals } = parseCliArgs(argv, { options: { strict: { type: "boolean" } }, maxPositionals: 1 });
    const dir = resolve(io.cwd, positionals[0] ?? process.env.CONTENT_DIR ?? "content");
    const input = loadContent(dir);
    const sources = checkSources(
      input.articles,
      (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined),
      (file) => relative(io.cwd, join(dir, file)),
    );
    if (sources.problems.length > 0) throw new ContentError(sources.problems);
    io.stdout(
      `${sources.articles} articles re-proved against their sources: ${sources.sentences} sentences, none lost`,
    );
    const site = proveSite(input, readPublishedList(dir));
    for (const line of formatCoverage(site.coverage)) io.stdout(line);
    for (const line of formatDroppedImages(site.articles.values())) io.stdout(line);
    const complete = site.coverage.every((coverage) => coverage.uncovered.length === 0);
    const claims = [...site.claims.values()];
    io.stdout(
      `${claims.length} claims: ${["agree", "differ", "only"].map((s) => `${claims.filter((c) => c.status === s).length} ${s}`).join(" · ")}`,
    );
    for (const line of formatUnlistedNames(site)) io.stdout(line);
    for (const line of formatDetailWarnings(site)) io.stderr(line);
    if (values.strict === true && !complete) {
      throw new CliError("Coverage is below 100 %: add claims for the uncovered sentences.");
    }
  },
  { expected: [ContentError] },
);

await runWhenEntryPoint(import.meta.url, main);
