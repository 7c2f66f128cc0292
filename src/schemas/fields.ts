import { z } from "zod";
import { idProblem } from "../lib/content/ids.ts";

/**
 * Field types shared by the schemas. Each refuses what would otherwise be
 * accepted and then mislead: a rolled-over date, a script URL, an id that
 * is a path or a reserved name, a name that folds to nothing.
 */

/** What an id is, said in messages about one. */
const ID_RULE = "ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A day written `YYYY-MM-DD` that exists in the calendar, as a Date at UTC midnight. */
function parseIsoDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over to 2 March: a round trip tells a real day from a rolled one.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * An ISO calendar date (`2025-08-17`). Anything else, such as `Aug 17` (which
 * JavaScript reads as 2001) or `2025-02-30` (which it rolls over to March), is
 * refused with the date as written. A Date passes, so the schema also accepts
 * its own output (Astro validates loader data a second time).
 */
export const isoDateSchema = z.union([z.date(), z.string(), z.number()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
    ctx.addIssue({ code: "custom", message: "is an invalid date: write it as YYYY-MM-DD (e.g. 2025-08-17)" });
    return z.NEVER;
  }
  const text = String(value).trim();
  const date = parseIsoDay(text);
  if (date !== undefined) return date;
  ctx.addIssue({
    code: "custom",
    message: ISO_DAY.test(text)
      ? `"${text}" is written as an ISO date (YYYY-MM-DD) but no such day exists`
      : `"${text}" is not an ISO date: write it as YYYY-MM-DD (e.g. 2025-08-17)`,
  });
  return z.NEVER;
});

/** A web address: only http and https, so no `javascript:` link can reach a page, claims.json or JSON-LD. */
export const webUrlSchema = z.url({
  protocol: /^https?$/u,
  error: (issue) => `"${String(issue.input)}" is not an http:// or https:// address`,
});

/**
 * A BCP 47 language tag (`en`, `ar`, `zh-Hant`), as `Intl` reads it: it
 * becomes the `lang` of the report's text on the pages, so "en_US" or
 * "English (UK)" is refused rather than written into the HTML.
 */
export const languageTagSchema = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag: write it like en, ar, he or zh-Hant` },
);

/** An id (claim, article): lower-case slug, not a reserved name such as `constructor`. */
export const idSchema = z.string().superRefine((id, ctx) => {
  const problem = idProblem(id);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: `${problem} (${ID_RULE})` });
});

/**
 * A record keyed by ids. Keys are checked on the raw input, before zod copies
 * them: zod's own record would silently drop a `__proto__` key.
 */
export function idRecord<T extends z.ZodType>(value: T) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        const received = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
        // Worded as zod words it, so a missing map reads "is required but missing" like any other field.
        ctx.addIssue({
          code: "invalid_type",
          expected: "record",
          input,
          message: `Invalid input: expected a map of ids, received ${received}`,
        });
        return;
      }
      for (const key of Object.keys(input)) {
        const problem = idProblem(key);
        if (problem !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${problem} (${ID_RULE})` });
      }
    })
    .pipe(z.record(z.string(), value));
}

/** Letters or digits left once diacritics are folded away, as the mention counter folds names. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** `U+0301 U+0020`: the characters of a string that may not show. */
const codePoints = (text: string): string =>
  [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");

/** A name or alias the text is searched for: it must keep a letter or digit after folding diacritics. */
export const nameSchema = z
  .string()
  .min(1)
  .refine((name) => HAS_WORD.test(name.normalize("NFKD").replace(/\p{M}+/gu, "")), {
    error: (issue) =>
      `"${String(issue.input)}" (${codePoints(String(issue.input))}) has no letter or digit once accents are removed, so no text can ever match it`,
  });
