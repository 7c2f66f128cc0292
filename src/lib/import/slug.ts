import { slugWords } from "../slug.ts";

/** What a slug may look like: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Long titles make unwieldy file names; cut at a word boundary below this length. */
const MAX_SLUG_LENGTH = 80;

/**
 * Turn a title into a file-name slug: ASCII, lower case, words joined by
 * hyphens, at most 80 characters. Diacritics are dropped and apostrophes
 * removed ("Ukraine’s" → "ukraines") rather than split into a lone "s".
 *
 * @returns The slug; empty when the title has no ASCII letters or digits.
 */
export function fileNameSlug(title: string): string {
  const words = slugWords(title);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit: cut it rather than return nothing.
  if (slug === "" && words[0] !== undefined) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  return slug;
}

/** True when `slug` is usable as a file name under content/articles/. */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}
