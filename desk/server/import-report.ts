import { convertRawReport, type ConvertResult } from "../../src/lib/import/convert-raw-report.ts";
import { decodeInput } from "../../src/lib/import/decode-input.ts";
import { ImportError } from "../../src/lib/import/import-error.ts";
import { LINE_RULES, type LineRule } from "../../src/lib/import/line-rules.ts";
import { HEADLINE_REASON, REPEATED_HEADLINE_REASON } from "../../src/lib/import/parse-raw-report.ts";
import { sourceFileFor } from "../../src/lib/import/sources.ts";
import { ABSENT, DeskError, type FileChange } from "./content-files.ts";

/** Reason recorded for a line the editor removed in the preview. */
export const EDITOR_REMOVED_REASON = "removed by the editor";

/** What the editor gives the importer: the raw text, the story, and every decision they overturned. */
export interface ImportRequest {
  readonly text: string;
  readonly story: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly title?: string;
  readonly slug?: string;
  /** Lines a rule removed that the editor keeps in the text. */
  readonly keep?: readonly string[];
  /** Lines kept (as paragraph or heading) that the editor removes. */
  readonly remove?: readonly string[];
}

/**
 * The importer's own rules, overturned line by line: a kept line the
 * editor removes is claimed first, with the editor's reason; a line the
 * editor keeps is claimed by no rule. Every decision stays the importer's
 * (src/lib/import), including its proof that no sentence was lost.
 */
function editorRules(request: ImportRequest): LineRule[] {
  const keep = new Set(request.keep ?? []);
  const remove = new Set(request.remove ?? []);
  const removeRule: LineRule = {
    name: "editor",
    reason: EDITOR_REMOVED_REASON,
    description: "A line the editor removed in the desk's preview.",
    examples: [],
    keeps: [],
    matches: (line) => remove.has(line),
  };
  return [
    removeRule,
    ...LINE_RULES.map((rule) => ({ ...rule, matches: (line: string) => !keep.has(line) && rule.matches(line) })),
  ];
}

/** Run the importer on pasted text with the editor's decisions; nothing is written. */
export function previewImport(request: ImportRequest): ConvertResult {
  if (typeof request.text !== "string" || typeof request.story !== "string" || request.story === "") {
    throw new DeskError("paste the report's text and choose its story");
  }
  const blank = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const outlet = blank(request.outlet);
  const published = blank(request.published);
  const title = blank(request.title);
  const slug = blank(request.slug);
  try {
    const text = decodeInput(new TextEncoder().encode(request.text), "the pasted text");
    return convertRawReport(text, {
      story: request.story,
      recordSource: true,
      lineRules: editorRules(request),
      ...(outlet === undefined ? {} : { outlet }),
      ...(published === undefined ? {} : { published }),
      ...(title === undefined ? {} : { title }),
      ...(slug === undefined ? {} : { slug }),
    });
  } catch (error) {
    if (error instanceof ImportError)
      throw new DeskError(error.message.replace(/--(title|date|slug)\b/gu, "the $1 field"));
    throw error;
  }
}

/** Who decided that a line is left out: a rule of the importer (the editor may keep it), the editor, or the headline. */
export type RemovedBy = "rule" | "editor" | "headline";

/** The importer's result with, per removed line, who removed it: what the preview lets the editor overturn. */
export function previewWithDecisions(request: ImportRequest): ConvertResult & { removedBy: RemovedBy[] } {
  const result = previewImport(request);
  const headline = new Set([HEADLINE_REASON, REPEATED_HEADLINE_REASON]);
  return {
    ...result,
    removedBy: result.frontMatter.removed.map((line) =>
      line.reason === EDITOR_REMOVED_REASON ? "editor" : headline.has(line.reason) ? "headline" : "rule",
    ),
  };
}

/** The files an import writes: the article and its kept source, both new (never over an existing file). */
export function importChanges(request: ImportRequest): { changes: FileChange[]; result: ConvertResult } {
  const result = previewImport(request);
  return {
    result,
    changes: [
      { path: `articles/${result.slug}.md`, base: ABSENT, text: result.markdown },
      { path: sourceFileFor(result.slug), base: ABSENT, text: request.text },
    ],
  };
}
