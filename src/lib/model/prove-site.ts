import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PUBLISHED_CLAIMS_FILE, checkPublishedIds, parsePublishedIds } from "../claims/published-ids.ts";
import { ContentError, type ContentProblem } from "../content-error.ts";
import { loadContent } from "../content/load-content.ts";
import { originalQuoteLinks } from "../share/original-links.ts";
import { buildSite } from "./build-site.ts";
import type { SiteInput } from "./input.ts";
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
 * 2. topics that have no URL or share one;
 * 3. published claim ids that would vanish;
 * 4. quotes that no text fragment can single out in the original.
 *
 * The proven site carries each quote's link to the original (`quote.original`), computed here once.
 */
export function proveSite(input: SiteInput, published?: PublishedList): Site {
  const site = buildSite(input);
  const problems: ContentProblem[] = [...topicProblems(site.claims.values())];
  const collect = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  if (published !== undefined)
    collect(() => checkPublishedIds([...site.claims.values()], published.ids, published.file));
  const claims = new Map<string, SiteClaim>();
  for (const claim of site.claims.values()) {
    const links = collect(() => originalQuoteLinks(claim, site.articles));
    claims.set(claim.id, links === undefined ? claim : withOriginals(claim, links));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...site, claims };
}

/** The claim with each quote's link to the original, where its report has one. */
function withOriginals(claim: SiteClaim, links: ReadonlyMap<SiteQuote, string>): SiteClaim {
  const linked = (quote: SiteQuote): SiteQuote => {
    const original = links.get(quote);
    return original === undefined ? quote : { ...quote, original };
  };
  return { ...claim, accounts: claim.accounts.map((account) => ({ ...account, quotes: account.quotes.map(linked) })) };
}

/** Load a content folder and prove it: what `npm run check:content` runs. */
export function proveContentDir(dir: string): Site {
  return proveSite(loadContent(dir), readPublishedList(dir));
}
