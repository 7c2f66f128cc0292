import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parsePublishedIds, PUBLISHED_CLAIMS_FILE } from "../../src/lib/claims/published-ids.ts";
import { ContentError, type ContentProblem } from "../../src/lib/content-error.ts";
import { readContent } from "../../src/lib/content/load-content.ts";
import type { Unreadable } from "../../src/lib/content/unreadable.ts";
import { parseEntries } from "../../src/lib/content/parse-entries.ts";
import type { SiteInput } from "../../src/lib/model/input.ts";
import { proveContent, proveSite, readPublishedList } from "../../src/lib/model/prove-site.ts";
import type { AccountDetails, Site } from "../../src/lib/model/types.ts";
import { claimSchema } from "../../src/schemas/claim.ts";
import type { ContentFiles } from "./content-files.ts";

/** The content folder as read now: the validated input, the proven site when it proves, and every problem. */
export interface Snapshot {
  readonly input: SiteInput;
  /** Files that could not be read or validated, by collection: their ids are not "vanished". */
  readonly unreadable: Unreadable;
  readonly site?: Site;
  readonly problems: readonly ContentProblem[];
  readonly published: ReadonlySet<string>;
}

/**
 * The snapshot of a content folder, read again only when a file under it
 * changed (name, size or modification time): proving the site and running
 * the engine cost far more than listing the folder.
 */
export function snapshotCache(files: ContentFiles): () => Snapshot {
  let cached: { stamp: string; snapshot: Snapshot } | undefined;
  return () => {
    const stamp = folderStamp(files.root);
    if (cached?.stamp !== stamp) cached = { stamp, snapshot: readSnapshot(files) };
    return cached.snapshot;
  };
}

function folderStamp(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return `${entry.name}/{${folderStamp(path)}}`;
      const stat = statSync(path);
      return `${entry.name}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort()
    .join(",");
}

/**
 * Read and prove the content folder exactly as `npm run check:content` does
 * (proveContent: every file read, sources re-proved, then proveSite), keeping
 * the valid entries to prove an edit against.
 */
export function readSnapshot(files: ContentFiles): Snapshot {
  const published = new Set(publishedIds(files.root));
  const read = readContent(files.root);
  try {
    const { site } = proveContent(files.root);
    return { input: read.input, unreadable: read.unreadable, site, problems: [], published };
  } catch (error) {
    return { input: read.input, unreadable: read.unreadable, problems: problemsOf(error), published };
  }
}

/**
 * Prove the content as it would be with one claim's fields replaced (or
 * added), and the claims `removed` gone (a rename or a merge): the proof the
 * build would run after saving, without writing.
 * Returns every problem and, when it proves, that claim's details.
 */
export function proveWithClaim(
  snapshot: Snapshot,
  files: ContentFiles,
  id: string,
  data: unknown,
  removed: readonly string[] = [],
): { problems: ContentProblem[]; site?: Site } {
  const file = relative(process.cwd(), join(files.root, "claims", `${id}.yaml`));
  const parsed = parseEntries(claimSchema, [{ id, file, data }]);
  const entry = parsed.entries[0];
  if (parsed.problems.length > 0 || entry === undefined) return { problems: parsed.problems };
  const input: SiteInput = {
    ...snapshot.input,
    claims: [...snapshot.input.claims.filter((claim) => claim.id !== id && !removed.includes(claim.id)), entry],
  };
  try {
    return { problems: [], site: proveSite(input, readPublishedList(files.root), snapshot.unreadable) };
  } catch (error) {
    return { problems: problemsOf(error) };
  }
}

/** "Only Valley Courier names: Eastgate · four miles", one line per account that names details the others do not. */
export function detailLines(site: Site, claimId: string): string[] {
  const claim = site.claims.get(claimId);
  if (claim === undefined) return [];
  return Object.entries(claim.details as Record<string, AccountDetails>)
    .filter(([, details]) => details.only.length > 0)
    .map(
      ([articleId, details]) =>
        `Only ${site.articles.get(articleId)?.label ?? articleId} names: ${details.only.map((d) => d.text).join(" · ")}`,
    );
}

/** A short, stable key for a value (suggestions are recomputed per request and found again by it). */
export function keyOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}

function publishedIds(root: string): string[] {
  const path = join(root, PUBLISHED_CLAIMS_FILE);
  return existsSync(path) ? parsePublishedIds(readFileSync(path, "utf8")) : [];
}

/** The problems a content error carries; anything else is a bug and is rethrown. */
export function problemsOf(error: unknown): ContentProblem[] {
  if (error instanceof ContentError) return [...error.problems];
  throw error;
}

/** Per sentence (`articleId#sentenceId`) of a story, the claims whose quotes cover it. */
export function coveringClaims(site: Site, storyId: string): Map<string, string[]> {
  const covering = new Map<string, string[]>();
  for (const claim of site.claims.values()) {
    if (claim.story !== storyId) continue;
    for (const account of claim.accounts) {
      for (const quote of account.quotes) {
        for (const anchor of quote.anchors) {
          const key = `${account.articleId}#${anchor.slice(1)}`;
          covering.set(key, [...new Set([...(covering.get(key) ?? []), claim.id])]);
        }
      }
    }
  }
  return covering;
}
