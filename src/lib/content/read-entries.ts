import { readdirSync, readFileSync, type Dirent } from "node:fs";
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

/** What reading a folder gave: the entries it could read, and a problem for each file it could not. */
export interface FolderRead {
  readonly entries: RawEntry[];
  readonly problems: ContentProblem[];
}

/** Why the directory entry `item` is not a content file to read, or undefined when it is one. */
function notAFile(item: Dirent, dir: string): ContentProblem | undefined {
  const path = join(dir, item.name);
  const file = relative(process.cwd(), path) || path;
  const folder = relative(process.cwd(), dir) || dir;
  if (item.isDirectory()) {
    return {
      file,
      field: "(file name)",
      problem: `is a folder: ${folder}/ is read without its sub-folders, so nothing in it would be published`,
      fix: `move its files into ${folder}/ (or out of the content folder), then delete the folder`,
    };
  }
  if (!item.isFile()) {
    return {
      file,
      field: "(file name)",
      problem: "is not a regular file (a link or a device), so it is not read",
      fix: `replace it with a copy of the file it stands for, or remove it from ${folder}/`,
    };
  }
  if (!EXTENSIONS.includes(extname(item.name).toLowerCase())) {
    return {
      file,
      field: "(file name)",
      problem: `is not a content file (${EXTENSIONS.join(", ")}), so it would be skipped`,
      fix: `rename it with one of those extensions, or move it out of ${folder}/`,
    };
  }
  return undefined;
}

/**
 * Read every `.md`, `.yaml` or `.yml` file of a folder, refusing by name
 * whatever else it holds: a sub-folder (`claims/archive/`, or a folder named
 * `extra.yaml`), a link, or a file of another kind, each of which would
 * otherwise be skipped without a word. Hidden files (`.gitkeep`) are not
 * content and are passed over.
 *
 * Ids are file names; since they become URLs, they must be lower-case slugs
 * and unique whatever the extension, rather than letting one file silently
 * replace another. A file whose extension differs only in case (`x.YAML`) is
 * refused by name. A problem in one file never stops the others being read.
 */
export function readEntries(dir: string): FolderRead {
  const items = readdirSync(dir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries: RawEntry[] = [];
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const { name } = item;
    const refused = notAFile(item, dir);
    if (refused !== undefined) {
      problems.push(refused);
      continue;
    }
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
  return { entries, problems };
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
