import type { ArticleMeta } from "../../schemas/article.ts";
import type { ContentProblem } from "../content-error.ts";
import { decodeInput } from "../import/decode-input.ts";
import { ImportError } from "../import/import-error.ts";
import { checkNoLoss } from "../import/verify-no-loss.ts";
import type { Entry } from "./parse-entries.ts";

/** What re-proving the articles against their kept sources found. */
export interface SourceCheck {
  readonly problems: readonly ContentProblem[];
  /** Articles with a recorded source, and the sentences proven present. */
  readonly articles: number;
  readonly sentences: number;
}

/**
 * Re-prove every article that records `importedFrom`: each sentence of its
 * raw source, less the lines listed in `removed`, must still be in the
 * Markdown, and the Markdown may hold no sentence the source lacks. So a
 * later edit of either file can never drop or invent a sentence unnoticed.
 *
 * @param readSource Bytes of a source by its `importedFrom` path, or undefined when it does not exist.
 * @param shownPath How to name a source in messages (its path from the project).
 */
export function checkSources(
  articles: readonly Entry<ArticleMeta>[],
  readSource: (importedFrom: string) => Uint8Array | undefined,
  shownPath: (importedFrom: string) => string,
): SourceCheck {
  const problems: ContentProblem[] = [];
  let checked = 0;
  let sentences = 0;
  for (const article of articles) {
    const { importedFrom, removed } = article.data;
    if (importedFrom === undefined) continue;
    checked++;
    const source = shownPath(importedFrom);
    const problem = (text: string, fix: string): void => {
      problems.push({ file: article.file, field: "importedFrom", problem: text, fix });
    };
    const bytes = readSource(importedFrom);
    if (bytes === undefined) {
      problem(`${source} does not exist`, "restore the source from version control, or re-import the report");
      continue;
    }
    let text: string;
    try {
      text = decodeInput(bytes, source);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problem(error.message, "restore the source from version control, or re-import the report");
      continue;
    }
    const report = checkNoLoss(text, removed, article.body ?? "");
    sentences += report.sentenceCount - report.missing.length;
    const reimport = `or, if ${source} is right, re-import it (npm run import -- ${source} … --force)`;
    for (const sentence of report.missing) {
      problem(
        `a sentence of ${source} is missing from the article: "${sentence}"`,
        `restore the sentence in the article, list its line under \`removed\` with a reason, ${reimport}`,
      );
    }
    for (const sentence of report.extra) {
      problem(`a sentence is not in ${source}: "${sentence}"`, `remove or correct it, ${reimport}`);
    }
    if (report.unexpectedNodes.length > 0) {
      problem(
        `the body renders as ${report.unexpectedNodes.join(", ")}, which plain report text never does`,
        "keep the body to paragraphs and ## headings, escaping Markdown characters as the importer does",
      );
    }
  }
  return { problems, articles: checked, sentences };
}
