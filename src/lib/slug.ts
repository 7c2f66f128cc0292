/**
 * Slugs for ids and URLs: ASCII, lower case, words joined by hyphens.
 * Diacritics are dropped ("Zelenskyj’s" → "zelenskyjs") so ids survive copy and paste.
 */
export function slugify(input: string, maxWords = Number.POSITIVE_INFINITY): string {
  const words = input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}
