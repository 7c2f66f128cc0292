import type { z } from "zod";
import type { ContentProblem } from "../content-error.ts";
import { findBidiOverrides } from "./bidi-overrides.ts";
import { formatPath } from "./field-path.ts";
import type { RawEntry } from "./read-entries.ts";
import { didYouMean, keysAt } from "./unknown-keys.ts";

/** A validated content entry. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  readonly body?: string;
}

/** Turn a zod issue into editor-facing problems with a fix: one per unknown key, else one. */
function toProblems(schema: z.ZodType, entry: RawEntry, issue: z.core.$ZodIssue): ContentProblem[] {
  const where = entry.body === undefined ? "the file" : "the front matter";
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(schema, issue.path) ?? [];
    return issue.keys.map((key) => {
      const field = formatPath([...issue.path, key]);
      const guess = didYouMean(key, known);
      return {
        file: entry.file,
        field,
        problem: `"${key}" is not a field here, so it would be ignored (fields here: ${known.join(", ")})`,
        fix: guess === undefined ? `remove \`${key}:\` from ${where}` : `did you mean \`${guess}\`? Rename \`${key}:\` to \`${guess}:\``,
      };
    });
  }
  const field = formatPath(issue.path) || "(root)";
  const missing = issue.code === "invalid_type" && /received undefined/u.test(issue.message);
  // A schema's own check may say how to fix what it refused (fields.ts: `params: { fix }`).
  const fix = issue.code === "custom" && typeof issue.params?.["fix"] === "string" ? issue.params["fix"] : undefined;
  return [
    {
      file: entry.file,
      field,
      problem: missing ? "is required but missing" : issue.message,
      fix: missing ? `add \`${field}:\` to ${where}` : (fix ?? `correct \`${field}\` in ${where}`),
    },
  ];
}

/** What validating raw entries gave: the valid entries, a problem for each fault, the ids that failed. */
export interface ParsedEntries<T> {
  readonly entries: Entry<T>[];
  readonly problems: ContentProblem[];
  readonly failed: ReadonlySet<string>;
}

/**
 * Validate raw entries against a schema, reporting every problem of every
 * file at once (not just the first), each with its file, field and fix.
 * Text that would display other than it reads (bidi controls) is refused first.
 */
export function parseEntries<S extends z.ZodType>(schema: S, raw: readonly RawEntry[]): ParsedEntries<z.output<S>> {
  const problems: ContentProblem[] = [];
  const entries: Entry<z.output<S>>[] = [];
  const failed = new Set<string>();
  for (const entry of raw) {
    const overrides = findBidiOverrides(entry);
    const result = schema.safeParse(entry.data);
    problems.push(...overrides);
    if (!result.success) problems.push(...result.error.issues.flatMap((issue) => toProblems(schema, entry, issue)));
    if (result.success && overrides.length === 0) {
      entries.push({ id: entry.id, file: entry.file, data: result.data, ...(entry.body === undefined ? {} : { body: entry.body }) });
    } else failed.add(entry.id);
  }
  return { entries, problems, failed };
}
