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

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const dir = resolve(args.find((arg) => !arg.startsWith("--")) ?? process.env.CONTENT_DIR ?? "content");

try {
  const input = loadContent(dir);
  const sources = checkSources(
    input.articles,
    (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined),
    (file) => relative(process.cwd(), join(dir, file)),
  );
  if (sources.problems.length > 0) throw new ContentError(sources.problems);
  console.log(
    `${sources.articles} articles re-proved against their sources: ${sources.sentences} sentences, none lost`,
  );
  const site = proveSite(input, readPublishedList(dir));
  for (const line of formatCoverage(site.coverage)) console.log(line);
  for (const line of formatDroppedImages(site.articles.values())) console.log(line);
  const complete = site.coverage.every((coverage) => coverage.uncovered.length === 0);
  const claims = [...site.claims.values()];
  console.log(
    `${claims.length} claims: ${["agree", "differ", "only"].map((s) => `${claims.filter((c) => c.status === s).length} ${s}`).join(" · ")}`,
  );
  for (const line of formatUnlistedNames(site)) console.log(line);
  for (const line of formatDetailWarnings(site)) console.warn(line);
  if (strict && !complete) {
    console.error("Coverage is below 100 %: add claims for the uncovered sentences.");
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
