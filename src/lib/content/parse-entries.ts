import type { z } from "zod";
import { ContentError, type ContentProblem } from "../content-error.ts";
import { findBidiOverrides } from "./bidi-overrides.ts";
import { formatPath } from "./field-path.ts";
import type { RawEntry } from "./read-entries.ts";

/** A validated content entry. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  readonly body?: string;
}

/** Turn a zod issue into an editor-facing problem with a fix. */
function toProblem(entry: RawEntry, issue: z.core.$ZodIssue): ContentProblem {
  const field = formatPath(issue.path) || "(root)";
  const where = entry.body === undefined ? "the file" : "the front matter";
  const missing = issue.code === "invalid_type" && /received undefined/u.test(issue.message);
  return {
    file: entry.file,
    field,
    problem: missing ? "is required but missing" : issue.message,
    fix: missing ? `add \`${field}:\` to ${where}` : `correct \`${field}\` in ${where}`,
  };
}

/**
 * Validate raw entries against a schema, reporting every problem of every
 * file at once (not just the first), each with its file, field and fix.
 * Text that would display other than it reads (bidi overrides) is refused first.
 */
export function parseEntries<S extends z.ZodType>(schema: S, raw: readonly RawEntry[]): Entry<z.output<S>>[] {
  const problems: ContentProblem[] = [];
  const entries: Entry<z.output<S>>[] = [];
  for (const entry of raw) {
    const overrides = findBidiOverrides(entry);
    if (overrides.length > 0) {
      problems.push(...overrides);
      continue;
    }
    const result = schema.safeParse(entry.data);
    if (result.success) {
      entries.push({ id: entry.id, file: entry.file, data: result.data, ...(entry.body === undefined ? {} : { body: entry.body }) });
    } else problems.push(...result.error.issues.map((issue) => toProblem(entry, issue)));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
