/**
 * Prove the content outside a full build and print the coverage report:
 * per article, the share of body sentences that claims quote, and the
 * sentences no claim covers yet.
 *
 *   npm run check:content [-- <content-dir>] [--strict]
 *
 * With --strict the command fails unless every sentence is covered.
 */
import { resolve } from "node:path";
import { formatDetailWarnings, formatUnlistedNames } from "../src/lib/compare/review.ts";
import { ContentError } from "../src/lib/content-error.ts";
import { loadContent } from "../src/lib/content/load-content.ts";
import { buildSite } from "../src/lib/model/build-site.ts";
import { formatCoverage } from "../src/lib/model/coverage.ts";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const dir = resolve(args.find((arg) => !arg.startsWith("--")) ?? process.env.CONTENT_DIR ?? "content");

try {
  const site = buildSite(loadContent(dir));
  for (const line of formatCoverage(site.coverage)) console.log(line);
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
