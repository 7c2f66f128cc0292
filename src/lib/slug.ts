/**
 * The words of a slug: ASCII, lower case, diacritics dropped and apostrophes
 * removed ("Zelenskyj’s" → "zelenskyjs") so ids survive copy and paste.
 */
export function slugWords(input: string): string[] {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

/** Slugs for ids and URLs: the first `maxWords` words joined by hyphens. */
export function slugify(input: string, maxWords = Number.POSITIVE_INFINITY): string {
  return slugWords(input).slice(0, maxWords).join("-");
}
