import { usageError } from "../cli/cli-error.ts";
import { parseCliArgs } from "../cli/parse-cli-args.ts";
import { isValidSlug } from "../../../src/lib/import/slug.ts";

/** Where articles go unless `--out` says otherwise. */
export const DEFAULT_OUT_DIR = "content/articles";

/** Usage text printed by `--help`. */
export const USAGE = `Usage: npm run import -- <raw-text-file> --story <id> [--date YYYY-MM-DD] [options]

Turns a raw news report (plain text, one paragraph per line) into content/articles/<slug>.md,
and keeps the raw text as content/sources/<slug>.txt (beside the output folder).

Options:
  --story <id>        story the report covers (required)
  --date YYYY-MM-DD   publication date; required unless a dateline or timestamp states it
  --date-inferred     the --date is inferred, not stated by the text
  --title <text>      title, when the text has no headline (marked inferred)
  --outlet <name>     outlet; default: named by its promotional lines or dateline, else "Outlet not named"
  --language <tag>    BCP 47 language of the text (en, ar, he, zh-Hans …); default: told by its script
  --slug <slug>       file name without .md; default: from the title
  --out <dir>         output folder; default: ${DEFAULT_OUT_DIR}
  --force             overwrite existing files
  --strip <regex>     also strip lines matching this regular expression (repeatable)
  --help              show this help`;

/** The parsed command line of the importer. */
export interface ImportArgs {
  readonly input: string;
  readonly story: string;
  /** Absent: the text must state the date. */
  readonly date?: string;
  readonly dateInferred: boolean;
  readonly title?: string;
  readonly outlet?: string;
  /** BCP 47 tag, canonicalised; absent: told by the text's script. */
  readonly language?: string;
  readonly slug?: string;
  readonly out: string;
  readonly force: boolean;
  readonly strip: readonly string[];
}

/** Either a request for help or arguments to run with. */
export type ParsedArgs = { readonly help: true } | { readonly help: false; readonly args: ImportArgs };

const OPTIONS = {
  story: { type: "string" },
  date: { type: "string" },
  "date-inferred": { type: "boolean" },
  title: { type: "string" },
  outlet: { type: "string" },
  language: { type: "string" },
  slug: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  strip: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

const HINT = " (run with --help for usage)";

/**
 * Parse the importer's arguments (without `node` and the script path).
 * Accepts `--name value` and `--name=value`; `--` ends the options.
 *
 * @throws CliError (exit 2) on unknown or repeated options, missing
 *   values, a missing input file or `--story`, a story that is not an id, a
 *   malformed date or language tag, or `--date-inferred` without `--date`.
 */
export function parseImportArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = parseCliArgs(argv, { options: OPTIONS, maxPositionals: Infinity, hint: HINT });
  if (values.help === true) return { help: true };

  if (positionals.length === 0) throw usageError(`missing the raw text file to import${HINT}`);
  if (positionals.length > 1)
    throw usageError(`expected one raw text file, got ${positionals.length}: ${positionals.join(" ")}${HINT}`);
  const story = values.story;
  if (story === undefined || story.trim() === "") throw usageError(`missing --story <id>${HINT}`);
  // The id goes into the front matter and names content/stories/<id>.yaml: a path or a title is a mistake.
  if (!isValidSlug(story.trim())) {
    throw usageError(
      `--story must be a story id (lower-case letters, digits and single hyphens, as in content/stories/<id>.yaml), got ${JSON.stringify(story)}${HINT}`,
    );
  }
  const language = values.language === undefined ? undefined : canonicalLanguage(values.language);
  if (values.language !== undefined && language === undefined) {
    throw usageError(
      `--language must be a BCP 47 language tag such as en, ar or zh-Hant, got ${JSON.stringify(values.language)}${HINT}`,
    );
  }
  const date = values.date;
  const dateInferred = values["date-inferred"] === true;
  if (date === undefined && dateInferred) throw usageError(`--date-inferred needs --date YYYY-MM-DD${HINT}`);
  if (date !== undefined && !isIsoDate(date)) {
    throw usageError(`--date must be a real date as YYYY-MM-DD, got ${JSON.stringify(date)}${HINT}`);
  }

  const { title, outlet, slug } = values;
  return {
    help: false,
    args: {
      input: positionals[0] as string,
      story: story.trim(),
      ...(date === undefined ? {} : { date }),
      dateInferred,
      ...(title === undefined ? {} : { title }),
      ...(outlet === undefined ? {} : { outlet }),
      ...(language === undefined ? {} : { language }),
      ...(slug === undefined ? {} : { slug }),
      out: values.out ?? DEFAULT_OUT_DIR,
      force: values.force === true,
      strip: values.strip ?? [],
    },
  };
}

/** The canonical form of a BCP 47 tag ("EN-gb" → "en-GB"), or undefined when it is not one. */
function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** True for an existing calendar date written YYYY-MM-DD (rejects 2025-02-30). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
