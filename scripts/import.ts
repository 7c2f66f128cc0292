/**
 * The raw-report importer: turns a raw news report (plain text, one paragraph
 * per line) into content/articles/<slug>.md, proving that nothing was lost.
 *
 *   npx tsx scripts/import.ts <raw-text-file> --story <id> --date YYYY-MM-DD [options]
 *
 * All decisions live in src/lib/import/; this file only does the I/O.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseImportArgs, USAGE, type ImportArgs } from "../src/lib/import/cli-args.ts";
import { convertRawReport, type ConvertResult } from "../src/lib/import/convert-raw-report.ts";
import { decodeInput } from "../src/lib/import/decode-input.ts";
import { ImportError } from "../src/lib/import/import-error.ts";
import { isValidSlug, slugify } from "../src/lib/import/slug.ts";
import { compileStripPatterns, DEFAULT_STRIP_RULES } from "../src/lib/import/strip-rules.ts";

/** Where the CLI reads and writes; tests pass a temporary directory and capture the output. */
export interface ImportIo {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

const defaultIo: ImportIo = {
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Run the importer.
 *
 * @param argv Arguments without `node` and the script path.
 * @returns The process exit code: 0 written, 1 bad input or output, 2 usage error.
 */
export async function main(argv: readonly string[], io: Partial<ImportIo> = {}): Promise<number> {
  const { cwd, stdout, stderr } = { ...defaultIo, ...io };
  try {
    const parsed = parseImportArgs(argv);
    if (parsed.help) {
      stdout(USAGE);
      return 0;
    }
    await runImport(parsed.args, { cwd, stdout, stderr });
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      stderr(`import: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

async function runImport(args: ImportArgs, io: ImportIo): Promise<void> {
  const inputPath = path.resolve(io.cwd, args.input);
  const text = decodeInput(await readInput(inputPath, args.input), args.input);
  const stripRules = [...DEFAULT_STRIP_RULES, ...compileStripPatterns(args.strip)];

  const result = convertRawReport(text, {
    story: args.story,
    published: args.date,
    publishedInferred: args.dateInferred,
    importedFrom: toPosix(path.relative(io.cwd, inputPath)),
    stripRules,
    ...(args.title === undefined ? {} : { title: args.title }),
    ...(args.outlet === undefined ? {} : { outlet: args.outlet }),
  });

  const slug = args.slug ?? slugify(result.frontMatter.title);
  if (!isValidSlug(slug)) {
    throw new ImportError(
      args.slug === undefined
        ? `cannot derive a file name from the title: pass --slug`
        : `--slug must be lower-case letters, digits and single hyphens, got ${JSON.stringify(slug)}`,
      args.slug === undefined ? 1 : 2,
    );
  }
  const outPath = path.resolve(io.cwd, args.out, `${slug}.md`);
  const shownPath = shown(io.cwd, outPath);
  await mkdir(path.dirname(outPath), { recursive: true });
  try {
    // "wx" fails if the file exists, atomically: no window between a check and the write.
    await writeFile(outPath, result.markdown, { encoding: "utf8", flag: args.force ? "w" : "wx" });
  } catch (error) {
    if (errorCode(error) === "EEXIST") {
      throw new ImportError(`${shownPath} already exists: pass --force to overwrite it`);
    }
    throw new ImportError(`cannot write ${shownPath}: ${errorCode(error) ?? String(error)}`);
  }
  for (const line of summary(shownPath, result)) io.stdout(line);
  for (const warning of result.warnings) io.stderr(`import: warning: ${warning}`);
}

/** Read the raw file, turning file-system errors into one-line messages. */
async function readInput(absolute: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(absolute);
  } catch (error) {
    const code = errorCode(error);
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : (code ?? String(error));
    throw new ImportError(`cannot read ${shown}: ${reason}`);
  }
}

/** The short report printed after writing. */
function summary(shownPath: string, result: ConvertResult): string[] {
  const { frontMatter } = result;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
  return [
    `Wrote ${shownPath}`,
    `  title: ${frontMatter.title}${frontMatter.titleInferred ? " (from --title, inferred)" : " (repeated headline)"}`,
    `  outlet: ${frontMatter.outlet}`,
    `  ${plural(result.paragraphs, "paragraph")}, ${plural(result.headings, "heading")}, ` +
      `${plural(result.sentences, "sentence")} (each found in the output exactly once)`,
    `  removed ${plural(frontMatter.removed.length, "line")}${frontMatter.removed.length > 0 ? ":" : ""}`,
    ...frontMatter.removed.map((line) => `    - ${line.reason}: ${line.text}`),
  ];
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** A path for messages: relative to the working directory, unless it lies outside it. */
function shown(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : toPosix(relative);
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

/** True when this file is the program being run, not a module imported by tests. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
