import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { parseDocument } from "yaml";
import { ContentError, type ContentProblem } from "../content-error.ts";
import { ID_FIX, idProblem } from "./ids.ts";

/** A content file before validation. */
export interface RawEntry {
  /** File name without extension: the entry's id and URL slug. */
  readonly id: string;
  /** Path relative to the working directory, for error messages. */
  readonly file: string;
  readonly data: unknown;
  /** Markdown body, for `.md` files. */
  readonly body?: string;
  /** Line of the file on which the body starts (1-based), for messages about a body line. */
  readonly bodyLine?: number;
}

const EXTENSIONS = [".md", ".yaml", ".yml"];
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/**
 * Read every `.md`, `.yaml` or `.yml` file of a folder (not recursive).
 *
 * Ids are file names; since they become URLs, they must be lower-case slugs
 * and unique whatever the extension, or the build stops here rather than
 * letting one file silently replace another. A file whose extension differs
 * only in case (`x.YAML`) is refused by name rather than silently skipped.
 */
export function readEntries(dir: string): RawEntry[] {
  const files = readdirSync(dir)
    .filter((name) => EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort();
  const entries: RawEntry[] = [];
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const extension = extname(name);
    const id = name.slice(0, -extension.length);
    if (!EXTENSIONS.includes(extension)) {
      problems.push({ file, field: "(file name)", problem: `the extension "${extension}" is not lower case, so the file would be skipped`, fix: `rename it to ${id}${extension.toLowerCase()}` });
      continue;
    }
    const clash = seen.get(id.toLowerCase());
    if (clash !== undefined) {
      problems.push({ file, field: "(file name)", problem: `id "${id}" is already used by ${clash}`, fix: "rename one of the files: ids must be unique" });
      continue;
    }
    seen.set(id.toLowerCase(), file);
    const invalid = idProblem(id);
    if (invalid !== undefined) {
      problems.push({ file, field: "(file name)", problem: invalid, fix: ID_FIX });
      continue;
    }
    // A byte-order mark is invisible in editors; it must not hide the front matter.
    const text = readFileSync(path, "utf8").replace(/^\uFEFF/u, "");
    try {
      entries.push(extname(name) === ".md" ? readMarkdown(id, file, text) : { id, file, data: readYaml(file, text) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

function readMarkdown(id: string, file: string, text: string): RawEntry {
  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    throw new ContentError([
      { file, field: "(front matter)", problem: "the file has no front matter", fix: "start the file with a `---` block giving story, outlet, title and published (see content/README.md)" },
    ]);
  }
  const bodyLine = match[0].split("\n").length + (match[0].endsWith("\n") ? 0 : 1);
  return { id, file, data: readYaml(file, match[1] ?? "", 2), body: text.slice(match[0].length), bodyLine };
}

/**
 * Parse YAML as plain data: the core schema (no timestamps) and no known
 * tags, so `!!timestamp 2025-02-30` stays the text "2025-02-30" for the
 * schema to judge, never a rolled-over Date. Every syntax error is reported.
 */
function readYaml(file: string, text: string, firstLine = 1): unknown {
  const document = parseDocument(text, { schema: "core", resolveKnownTags: false });
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((error) => {
        // yaml counts lines from the start of the text it was given; the front matter starts below `---`.
        const [position] = error.linePos ?? [];
        const what = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/u, "");
        const where = position === undefined ? "" : ` at line ${position.line + firstLine - 1}, column ${position.col}`;
        return { file, field: "(syntax)", problem: `${what}${where}`, fix: "correct the YAML syntax" };
      }),
    );
  }
  return document.toJS() ?? {};
}
