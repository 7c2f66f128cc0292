import { ImportError } from "./import-error.ts";
import { isValidSlug } from "./slug.ts";

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
  /** BCP 47 tag, canonicalised; absent: detected from the text's script. */
  readonly language?: string;
  readonly slug?: string;
  readonly out: string;
  readonly force: boolean;
  readonly strip: readonly string[];
}

/** Either a request for help or arguments to run with. */
export type ParsedArgs = { readonly help: true } | { readonly help: false; readonly args: ImportArgs };

const VALUE_OPTIONS = new Set(["story", "date", "title", "outlet", "language", "slug", "out", "strip"]);
const FLAG_OPTIONS = new Set(["date-inferred", "force", "help"]);
const REPEATABLE = new Set(["strip"]);

/** A usage mistake: exit code 2. */
function usage(message: string): ImportError {
  return new ImportError(`${message} (run with --help for usage)`, 2);
}

/**
 * Parse the importer's arguments (without `node` and the script path).
 * Accepts `--name value` and `--name=value`; `--` ends the options.
 *
 * @throws ImportError (exit 2) on unknown or repeated options, missing
 *   values, a missing input file or `--story`, a story that is not an id, a
 *   malformed date or language tag, or `--date-inferred` without `--date`.
 */
export function parseImportArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === "-h") {
      flags.add("help");
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = (equals < 0 ? arg : arg.slice(0, equals)).replace(/^--?/u, "");
    if (FLAG_OPTIONS.has(name)) {
      if (equals >= 0) throw usage(`option --${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name) || !arg.startsWith("--")) throw usage(`unknown option ${arg}`);
    let value: string | undefined;
    if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      value = argv[index + 1];
      // "--title --force" is a forgotten value, not a title; use --title=--force for that.
      if (value === undefined || value.startsWith("--")) throw usage(`option --${name} needs a value`);
      index++;
    }
    const previous = values.get(name) ?? [];
    if (previous.length > 0 && !REPEATABLE.has(name)) throw usage(`option --${name} given more than once`);
    values.set(name, [...previous, value]);
  }

  if (flags.has("help")) return { help: true };

  const single = (name: string): string | undefined => values.get(name)?.[0];
  if (positionals.length === 0) throw usage("missing the raw text file to import");
  if (positionals.length > 1)
    throw usage(`expected one raw text file, got ${positionals.length}: ${positionals.join(" ")}`);
  const story = single("story");
  if (story === undefined || story.trim() === "") throw usage("missing --story <id>");
  // The id goes into the front matter and names content/stories/<id>.yaml: a path or a title is a mistake.
  if (!isValidSlug(story.trim())) {
    throw usage(
      `--story must be a story id (lower-case letters, digits and single hyphens, as in content/stories/<id>.yaml), got ${JSON.stringify(story)}`,
    );
  }
  const language = single("language");
  const canonical = language === undefined ? undefined : canonicalLanguage(language);
  if (language !== undefined && canonical === undefined) {
    throw usage(`--language must be a BCP 47 language tag such as en, ar or zh-Hant, got ${JSON.stringify(language)}`);
  }
  const date = single("date");
  if (date === undefined && flags.has("date-inferred")) throw usage("--date-inferred needs --date YYYY-MM-DD");
  if (date !== undefined && !isIsoDate(date)) {
    throw usage(`--date must be a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }

  const title = single("title");
  const outlet = single("outlet");
  const slug = single("slug");
  return {
    help: false,
    args: {
      input: positionals[0] as string,
      story: story.trim(),
      ...(date === undefined ? {} : { date }),
      dateInferred: flags.has("date-inferred"),
      ...(title === undefined ? {} : { title }),
      ...(outlet === undefined ? {} : { outlet }),
      ...(canonical === undefined ? {} : { language: canonical }),
      ...(slug === undefined ? {} : { slug }),
      out: single("out") ?? DEFAULT_OUT_DIR,
      force: flags.has("force"),
      strip: values.get("strip") ?? [],
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
