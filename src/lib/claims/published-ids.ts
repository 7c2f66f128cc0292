import { ContentError, type ContentProblem } from "../content-error.ts";

/**
 * Published claim ids: once a claim's URL is out in the world it must keep
 * working, as the claim itself or as a redirect from a renamed or merged one.
 * `content/published-claims.txt` lists them, one per line, sorted.
 */

/** The ids of a published-claims list; blank lines and `#` comments are ignored. */
export function parsePublishedIds(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The list file's text: ids de-duplicated and sorted, one per line. */
export function formatPublishedIds(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  return sorted.length === 0 ? "" : `${sorted.join("\n")}\n`;
}

/**
 * Fail when a published id is neither a claim nor a claim's former id.
 *
 * @param claims every claim with the ids it replaces
 * @param published ids from the list
 * @param file the list's path, named in the error
 * @throws ContentError naming each missing id and how to keep its URL working
 */
export function checkPublishedIds(
  claims: readonly { readonly id: string; readonly redirectFrom: readonly string[] }[],
  published: readonly string[],
  file: string,
): void {
  const live = new Set(claims.flatMap((claim) => [claim.id, ...claim.redirectFrom]));
  const problems: ContentProblem[] = published
    .filter((id) => !live.has(id))
    .map((id) => ({
      file,
      field: id,
      problem: `claim "${id}" was published at /claims/${id}/ but no claim has this id or lists it in redirectFrom`,
      fix: `add \`redirectFrom: [${id}]\` to the claim that replaces it, or restore the claim`,
    }));
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Publish claim ids: the list with the ids of `claims` it lacks appended,
 * never dropping one (what `npm run claims:publish` and the desk write).
 *
 * @returns the new list file's text and the ids added, sorted
 */
export function publishIds(
  published: readonly string[],
  claimIds: Iterable<string>,
): { text: string; added: string[] } {
  const known = new Set(published);
  const added = [...new Set(claimIds)].filter((id) => !known.has(id)).sort();
  return { text: formatPublishedIds([...published, ...added]), added };
}

/** File name of the list, inside the content folder. */
export const PUBLISHED_CLAIMS_FILE = "published-claims.txt";
