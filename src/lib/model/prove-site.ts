import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PUBLISHED_CLAIMS_FILE, checkPublishedIds, parsePublishedIds } from "../claims/published-ids.ts";
import { ProblemList } from "../content-error.ts";
import { checkSources, type SourceCheck } from "../content/check-sources.ts";
import { readContent } from "../content/load-content.ts";
import type { Unreadable } from "../content/unreadable.ts";
import { originalQuoteLinks } from "../share/original-links.ts";
import { buildSite } from "./build-site.ts";
import type { SiteInput } from "./input.ts";
import { draftProblems } from "./draft-problems.ts";
import { topicProblems } from "./topics.ts";
import type { Site, SiteClaim, SiteQuote } from "./types.ts";

/** The published-claims list of a content folder: its ids and its path for messages. */
export interface PublishedList {
  readonly ids: readonly string[];
  readonly file: string;
}

/** Read `published-claims.txt` of a content folder, if it has one. */
export function readPublishedList(dir: string): PublishedList | undefined {
  const path = join(dir, PUBLISHED_CLAIMS_FILE);
  if (!existsSync(path)) return undefined;
  return { ids: parsePublishedIds(readFileSync(path, "utf8")), file: relative(process.cwd(), path) || path };
}

/**
 * Everything the build proves about content, in one function that both
 * `astro build` (through getSite) and `npm run check:content` run, so the
 * check refuses exactly what the build refuses:
 *
 * 1. the model (schemas were applied by the loader; references, quotes, statuses);
 * 2. draft placeholders not yet rewritten ("To review"), and topics that have no URL or share one;
 * 3. published claim ids that would vanish;
 * 4. quotes that no text fragment can single out in the original.
 *
 * 2 and 3 read the claims as written, so they are reported even when 1 fails;
 * 4 needs the model. The proven site carries each quote's link to the
 * original (`quote.original`), computed here once.
 */
export function proveSite(input: SiteInput, published?: PublishedList, unreadable?: Unreadable): Site {
  const problems = new ProblemList();
  const site = problems.collect(() => buildSite(input, unreadable));
  // In the site's order (as the reports make the claims) when there is one, else as the files are named.
  const written = site?.claims.values() ?? input.claims.map(({ id, file, data }) => ({ id, file, ...data }));
  for (const problem of draftProblems(input.claims)) problems.add(problem);
  for (const problem of topicProblems(written)) problems.add(problem);
  if (published !== undefined) {
    // A claim whose file could not be read has its own problem; it has not vanished.
    const ids = published.ids.filter((id) => unreadable?.claims.has(id) !== true);
    problems.collect(() =>
      checkPublishedIds(
        input.claims.map(({ id, data }) => ({ id, ...data })),
        ids,
        published.file,
      ),
    );
  }
  const claims = new Map<string, SiteClaim>();
  for (const claim of site?.claims.values() ?? []) {
    const links = problems.collect(() => originalQuoteLinks(claim, (site as Site).articles));
    claims.set(claim.id, links === undefined ? claim : withOriginals(claim, links));
  }
  problems.throwIfAny();
  // No problem: buildSite returned a site.
  return { ...(site as Site), claims };
}

/** The claim with each quote's link to the original, where its report has one. */
function withOriginals(claim: SiteClaim, links: ReadonlyMap<SiteQuote, string>): SiteClaim {
  const linked = (quote: SiteQuote): SiteQuote => {
    const original = links.get(quote);
    return original === undefined ? quote : { ...quote, original };
  };
  return { ...claim, accounts: claim.accounts.map((account) => ({ ...account, quotes: account.quotes.map(linked) })) };
}

/** A proven content folder: its site model and what re-proving its sources found. */
export interface ProvenContent {
  readonly site: Site;
  readonly sources: SourceCheck;
}

/**
 * Read a content folder and prove all of it, as `npm run check:content` and
 * the build's loader do: every file is read, every article re-proved against
 * its source, and the valid entries proven together, so one run reports
 * every problem of every file (syntax, schema, source, reference, quote).
 */
export function proveContent(dir: string): ProvenContent {
  const read = readContent(dir);
  const problems = new ProblemList();
  for (const problem of read.problems) problems.add(problem);
  const sources = checkSources(
    read.input.articles,
    (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : undefined),
    (file) => relative(process.cwd(), join(dir, file)) || file,
  );
  for (const problem of sources.problems) problems.add(problem);
  const site = problems.collect(() => proveSite(read.input, readPublishedList(dir), read.unreadable));
  problems.throwIfAny();
  return { site: site as Site, sources };
}

/** Read a content folder and prove it, returning the site model. */
export function proveContentDir(dir: string): Site {
  return proveContent(dir).site;
}
