/**
 * The raw-report importer: turns a raw news report (plain text, one paragraph
 * per line) into content/articles/<slug>.md, proving that nothing was lost,
 * and keeps the raw text as content/sources/<slug>.txt.
 *
 *   npx tsx scripts/import.ts <raw-text-file> --story <id> [--date YYYY-MM-DD] [options]
 *
 * All decisions live in src/lib/import/; this file only does the I/O.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseImportArgs, USAGE, type ImportArgs } from "./lib/import/import-args.ts";
import type { CliIo } from "./lib/cli/cli-io.ts";
import { cliMain, runWhenEntryPoint } from "./lib/cli/run-cli.ts";
import { convertRawReport } from "../src/lib/import/convert-raw-report.ts";
import { decodeInput } from "../src/lib/import/decode-input.ts";
import { ImportError } from "../src/lib/import/import-error.ts";
import { compileStripPatterns, LINE_RULES } from "../src/lib/import/line-rules.ts";
import { formatImportReport } from "../src/lib/import/report.ts";

/**
 * Run the importer: exit code 0 written, 1 bad input or output, 2 usage error.
 * Arguments are without `node` and the script path; tests pass a temporary directory as `cwd` and capture the lines.
 */
export const main = cliMain(
  async (argv, io) => {
    const parsed = parseImportArgs(argv);
    if (parsed.help) {
      io.stdout(USAGE);
      return;
    }
    await runImport(parsed.args, io);
  },
  { prefix: "import: ", expected: [ImportError] },
);

async function runImport(args: ImportArgs, io: CliIo): Promise<void> {
  const inputPath = path.resolve(io.cwd, args.input);
  const bytes = await readInput(inputPath, args.input);
  const text = decodeInput(bytes, args.input);

  const result = convertRawReport(text, {
    story: args.story,
    recordSource: true,
    lineRules: [...LINE_RULES, ...compileStripPatterns(args.strip)],
    ...(args.date === undefined ? {} : { published: args.date, publishedInferred: args.dateInferred }),
    ...(args.title === undefined ? {} : { title: args.title }),
    ...(args.outlet === undefined ? {} : { outlet: args.outlet }),
    ...(args.language === undefined ? {} : { language: args.language }),
    ...(args.slug === undefined ? {} : { slug: args.slug }),
  });

  const outDir = path.resolve(io.cwd, args.out);
  const outPath = path.join(outDir, `${result.slug}.md`);
  // importedFrom is relative to the content folder, the output folder's parent.
  const sourcePath = path.join(path.dirname(outDir), result.frontMatter.importedFrom ?? "");
  const flag = args.force ? "w" : "wx";
  // Re-importing a kept source (content/sources/<id>.txt) must not write it onto itself.
  const sourceIsInput = sourcePath === inputPath;
  if (!sourceIsInput) await writeNew(sourcePath, bytes, flag, shown(io.cwd, sourcePath));
  try {
    await writeNew(outPath, result.markdown, flag, shown(io.cwd, outPath));
  } catch (error) {
    // Leave nothing half-imported: a source without its article would fail check:content.
    if (!sourceIsInput) await rm(sourcePath, { force: true });
    throw error;
  }
  io.stdout(`Wrote ${shown(io.cwd, outPath)}${sourceIsInput ? "" : ` and ${shown(io.cwd, sourcePath)}`}`);
  for (const line of formatImportReport(result)) io.stdout(line);
  for (const warning of result.warnings) io.stderr(`import: warning: ${warning}`);
}

/**
 * Write a file, creating its folder. "wx" fails if the file exists,
 * atomically: no window between a check and the write.
 */
async function writeNew(file: string, data: string | Uint8Array, flag: "w" | "wx", shownPath: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, data, { flag });
  } catch (error) {
    if (errorCode(error) === "EEXIST")
      throw new ImportError(`${shownPath} already exists: pass --force to overwrite it`);
    throw new ImportError(`cannot write ${shownPath}: ${errorCode(error) ?? String(error)}`);
  }
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

await runWhenEntryPoint(import.meta.url, main);
