import { z } from "zod";
import { idProblem } from "../lib/content/ids.ts";
import { ordinaryWordIn } from "../lib/people/ambiguous-names.ts";
import { codePoints } from "../lib/text/code-points.ts";
import { findMixedScripts } from "../lib/text/scripts.ts";

/**
 * Field types shared by the schemas. Each refuses what would otherwise be
 * accepted and then mislead: a rolled-over date, a script URL, an id that
 * is a path or a reserved name, a name that folds to nothing.
 */

/** What an id is, said in messages about one. */
const ID_RULE = "ids are lower-case letters, digits and single hyphens, and not a reserved name such as constructor";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Years before this are typing mistakes in a news archive ("0099" for "1999"), not dates of reports. */
const FIRST_YEAR = 1000;

const ISO_FORMAT = "YYYY-MM-DD (e.g. 2025-08-17)";

/** A day written `YYYY-MM-DD` that exists in the calendar, as a Date at UTC midnight. */
function parseIsoDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over to 2 March: a round trip tells a real day from a rolled one.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * An ISO calendar date (`2025-08-17`), given as text. Anything else, such as
 * `Aug 17` (which JavaScript reads as 2001), `2025-02-30` (which it rolls
 * over to March) or a number, is refused with the date as written. Content
 * YAML is read without timestamps (read-entries.ts), so no Date ever reaches
 * this schema from a file; the loader hands Astro the raw text again.
 */
export const isoDateSchema = z.unknown().transform((value, ctx) => {
  const text = typeof value === "string" ? value.trim() : undefined;
  const match = text === undefined ? null : ISO_DAY.exec(text);
  const shown = text === undefined ? String(value) : `"${text}"`;
  const fail = (message: string): never => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  if (match === null) return fail(`${shown} is not an ISO date: write it as ${ISO_FORMAT}`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < FIRST_YEAR) {
    return fail(
      `${shown} has the year ${match[1]}, before ${FIRST_YEAR}: write the full four-digit year, as ${ISO_FORMAT}`,
    );
  }
  return (
    parseIsoDay(year, month, day) ?? fail(`${shown} is written as an ISO date (YYYY-MM-DD) but no such day exists`)
  );
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

/** Characters that print as nothing (zero-width space, joiners, soft hyphen, BOM, variation selectors). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Text a reader is shown (a title, note, summary, role): it must keep a
 * visible character, so " " or a zero-width space cannot stand in for a
 * required note ("a differ needs a note").
 */
export const textSchema = z.string().superRefine((text, ctx) => {
  if (text.replace(INVISIBLE, "") !== "") return;
  ctx.addIssue({
    code: "custom",
    message: text === "" ? "is empty" : `is blank: it holds only spaces or invisible characters (${codePoints(text)})`,
    params: { fix: "write the text, or remove the field where it is optional" },
  });
});

/**
 * A list in which each item may appear once: `people: [a, a]` would list a
 * person twice on every page that shows the claim.
 */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const first = new Map<string, number>();
    items.forEach((value, i) => {
      const key = JSON.stringify(value);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: [i],
        message: `${JSON.stringify(value)} is listed twice (also at [${earlier}])`,
        params: { fix: "remove the repeat" },
      });
    });
  });
}

/** Letters or digits left once diacritics are folded away, as the mention counter folds names. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * A name or alias the text is searched for: it must keep a letter or digit
 * after folding diacritics, and no word of it may mix look-alike scripts
 * (a Cyrillic "А" in "Anna Berg" shows as a second, identical Anna Berg).
 */
export const nameSchema = z
  .string()
  .min(1)
  .refine((name) => HAS_WORD.test(name.normalize("NFKD").replace(/\p{M}+/gu, "")), {
    error: (issue) =>
      `"${String(issue.input)}" (${codePoints(String(issue.input))}) has no letter or digit once accents are removed, so no text can ever match it`,
  })
  .superRefine((name, ctx) => {
    const mixed = findMixedScripts(name);
    if (mixed === undefined) return;
    ctx.addIssue({
      code: "custom",
      message: `"${name}" mixes ${mixed.main} and ${mixed.other} letters in "${mixed.word}" (${mixed.other}: ${mixed.letters}), so it looks like a name it does not match`,
      params: { fix: `retype the ${mixed.other} ${mixed.letters} as ${mixed.main} letters` },
    });
  });

/** What a person or place file lists under `caseSensitive`, and why, said in messages. */
const CASE_SENSITIVE_FIX =
  "if it is a name here, list it under `caseSensitive:` to confirm it (it is matched only as written, with its capitals); otherwise remove it";

/**
 * The names of a person or place (`name` and `aliases`) that are also an
 * ordinary word — a month or weekday, a common English word, one letter —
 * are refused unless listed in `caseSensitive`, so "May" cannot take every
 * month of May for a person without the editor saying so. Entries of
 * `caseSensitive` must be names of the file and carry a capital letter.
 */
export function checkOrdinaryNames(
  kind: "person" | "place",
  entity: { name: string; aliases: readonly string[]; caseSensitive: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  const confirmed = new Set(entity.caseSensitive);
  const names = [entity.name, ...entity.aliases];
  [["name"] as PropertyKey[], ...entity.aliases.map((_, i): PropertyKey[] => ["aliases", i])].forEach((path, i) => {
    const name = names[i] as string;
    const word = ordinaryWordIn(name);
    if (word === undefined || confirmed.has(name)) return;
    ctx.addIssue({
      code: "custom",
      path,
      message: `"${name}" is also ${word}, which the text may use as a word: every such use would count as a mention of this ${kind}`,
      params: { fix: CASE_SENSITIVE_FIX },
    });
  });
  entity.caseSensitive.forEach((name, i) => {
    const problem = !names.includes(name)
      ? `"${name}" is not the name or an alias of this ${kind}`
      : /\p{Lu}/u.test(name)
        ? undefined
        : `"${name}" has no capital letter, so it cannot be told from the ordinary word`;
    if (problem !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["caseSensitive", i],
        message: problem,
        params: { fix: "list only names or aliases of this file, written with their capitals" },
      });
    }
  });
}

/** `caseSensitive`: the field itself, documented once for people and places. */
export const caseSensitiveSchema = z.array(z.string().min(1)).default([]);
