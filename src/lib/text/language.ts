/**
 * The language a text is written in, as far as its script tells, and the
 * direction a language is written in. Script-to-language and direction come
 * from CLDR through `Intl.Locale` (likely subtags, text info); only the
 * letters that tell apart languages sharing a script are listed here.
 */

/** The language of the site's own words (navigation, labels, claims). */
export const SITE_LANGUAGE = "en";

/** Scripts to look for, as ISO 15924 codes with their Unicode property names. */
const SCRIPTS: readonly (readonly [code: string, pattern: RegExp])[] = [
  ["Latn", /\p{Script=Latin}/u],
  ["Arab", /\p{Script=Arabic}/u],
  ["Hebr", /\p{Script=Hebrew}/u],
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Grek", /\p{Script=Greek}/u],
  ["Hani", /\p{Script=Han}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Hang", /\p{Script=Hangul}/u],
  ["Deva", /\p{Script=Devanagari}/u],
  ["Beng", /\p{Script=Bengali}/u],
  ["Taml", /\p{Script=Tamil}/u],
  ["Telu", /\p{Script=Telugu}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Geor", /\p{Script=Georgian}/u],
  ["Armn", /\p{Script=Armenian}/u],
  ["Ethi", /\p{Script=Ethiopic}/u],
];

/** Letters only one language of a shared script uses, checked in order. */
const TELLING_LETTERS: Readonly<Record<string, readonly (readonly [language: string, letters: RegExp])[]>> = {
  Arab: [
    ["ur", /[ٹڈڑںے]/u],
    ["fa", /[پچژگی]/u],
  ],
  Cyrl: [
    ["uk", /[іїєґІЇЄҐ]/u],
    ["be", /[ўЎ]/u],
    ["sr", /[ђћџљњЂЋЏЉЊ]/u],
  ],
};

/**
 * The BCP 47 language of a text, told by the script most of its letters
 * are written in: Arabic → "ar" (or "fa", "ur" by their own letters),
 * Hebrew → "he", Han → "zh", kana → "ja", Cyrillic → "ru" (or "uk", "be",
 * "sr"), Latin → "en". Latin cannot tell English from German: pass the
 * language when it is not English.
 *
 * @returns The language, or undefined when the text has no letter of a known script.
 */
export function languageOfScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Japanese writes Han and kana together: any kana makes Han text Japanese.
  if ((counts.get("Kana") ?? 0) > 0 && (counts.get("Hani") ?? 0) > 0) {
    counts.set("Kana", (counts.get("Kana") ?? 0) + (counts.get("Hani") ?? 0));
  }
  const [script] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (script === undefined) return undefined;
  const telling = TELLING_LETTERS[script]?.find(([, letters]) => letters.test(text))?.[0];
  return telling ?? new Intl.Locale(`und-${script}`).maximize().language;
}

/** `Intl.Locale` text info (ES2024); older type declarations lack it. */
interface LocaleWithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** The direction a language is written in, from CLDR: "rtl" for Arabic, Hebrew, Persian, Urdu …, else "ltr". */
export function textDirection(language: string): "ltr" | "rtl" {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(language) as unknown as LocaleWithTextInfo;
  } catch {
    return "ltr";
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}

/**
 * The `lang` and `dir` attributes for text in `language` on one of the
 * site's pages: none when it is the site's own language (the page says so
 * already), else both, so screen readers switch voice and the text runs
 * the right way.
 */
export function languageAttributes(language: string): { lang?: string; dir?: "ltr" | "rtl" } {
  return language === SITE_LANGUAGE ? {} : { lang: language, dir: textDirection(language) };
}
