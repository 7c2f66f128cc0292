/**
 * The source content as an editor wrote it, read straight from the files
 * (YAML and Markdown, with the `yaml` package and string handling only): an
 * oracle for browser tests that owes nothing to the site's loader, model,
 * parser or exports, so a page is compared with what the editor wrote.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";

/** The content folder the built site was made from. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? "content";

/** A claim file's fields the tests read. */
export interface SourceClaim {
  readonly id: string;
  readonly story: string;
  readonly status?: "agree" | "differ" | "only";
  readonly people?: readonly string[];
  readonly title: string;
  readonly topic?: string;
  readonly note?: string;
  readonly accounts: Readonly<Record<string, { quotes: readonly string[]; summary?: string }>>;
}

/** A person file's names. */
export interface SourcePerson {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

const yamlFiles = (folder: string): string[] =>
  readdirSync(join(CONTENT_DIR, folder))
    .filter((file) => /\.ya?ml$/u.test(file))
    .sort();

const read = <T>(folder: string): T[] =>
  yamlFiles(folder).map((file) => ({
    id: basename(file).replace(/\.ya?ml$/u, ""),
    ...(parse(readFileSync(join(CONTENT_DIR, folder, file), "utf8")) as object),
  })) as T[];

/** Every claim file. */
export const sourceClaims = (): SourceClaim[] => read<SourceClaim>("claims");

/** Every person file. */
export const sourcePeople = (): SourcePerson[] => read<SourcePerson>("people");

/**
 * The blocks of an article's Markdown body as a reader sees them: front
 * matter dropped, one block per run of lines, a heading's `#`s and the
 * importer's backslash escapes removed, whitespace folded.
 */
export function sourceBlocks(articleId: string): string[] {
  const text = readFileSync(join(CONTENT_DIR, "articles", `${articleId}.md`), "utf8");
  const body = text.replace(/^\uFEFF?---\n[\s\S]*?\n---\n/u, "");
  return body
    .split(/\n\s*\n/u)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/u, "")
        .replace(/\\([!-/:-@[-`{-~])/gu, "$1")
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter((block) => block !== "");
}

/** Fold for comparing names with text: no diacritics, lower case. */
export const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
