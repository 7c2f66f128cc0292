import { z } from "zod";
import { articleSchema } from "../../schemas/article.ts";
import { ImportError } from "./import-error.ts";
import { parseRawReport, type Block } from "./parse-raw-report.ts";
import { DEFAULT_STRIP_RULES, PROMOTIONAL_REASON, outletFromPromoLines, type StripRule } from "./strip-rules.ts";
import { checkNoLoss, describeLoss } from "./verify-no-loss.ts";
import { splitFrontMatter, toMarkdown, type ArticleFrontMatter } from "./to-markdown.ts";

/** Outlet recorded when neither the editor nor the text names one. */
export const OUTLET_NOT_NAMED = "Outlet not named";

/** What the editor tells the converter about a raw report. */
export interface ConvertOptions {
  /** Id of the story the report covers. */
  readonly story: string;
  /** Publication date, YYYY-MM-DD. */
  readonly published: string;
  /** True when the date is the editor's inference, not stated by the text. */
  readonly publishedInferred?: boolean;
  /** Outlet name; otherwise recognised from promotional lines. */
  readonly outlet?: string;
  /** Title to use when the text has no repeated headline. */
  readonly title?: string;
  /** Path of the raw file, recorded as `importedFrom`. */
  readonly importedFrom?: string;
  /** Rules for lines to strip; defaults to DEFAULT_STRIP_RULES. */
  readonly stripRules?: readonly StripRule[];
}

/** A converted report, verified to have lost nothing. */
export interface ConvertResult {
  /** The complete file: front matter and body. */
  readonly markdown: string;
  readonly frontMatter: ArticleFrontMatter;
  readonly blocks: readonly Block[];
  readonly paragraphs: number;
  readonly headings: number;
  /** Sentences of the body, each checked to occur exactly once per input occurrence. */
  readonly sentences: number;
  /** Things the editor should know but that do not stop the import. */
  readonly warnings: readonly string[];
}

/**
 * Convert a raw report (plain text, one paragraph per line) into an article
 * file, then prove the result: the front matter must pass `articleSchema`
 * after a YAML round trip, and the body must pass the no-loss check.
 *
 * @throws ImportError when there is no title, no body, or a check fails.
 */
export function convertRawReport(text: string, options: ConvertOptions): ConvertResult {
  const parsed = parseRawReport(text, options.stripRules ?? DEFAULT_STRIP_RULES);
  const warnings: string[] = [];

  let title: string;
  let titleInferred: boolean;
  if (parsed.headline !== undefined) {
    title = parsed.headline;
    titleInferred = false;
    // The text's own headline is evidence; an editor's title would only replace it.
    if (options.title !== undefined && options.title !== parsed.headline) {
      warnings.push(`--title ignored: the text has its own headline (${JSON.stringify(parsed.headline)})`);
    }
  } else if (options.title !== undefined && options.title.trim() !== "") {
    title = options.title.trim();
    titleInferred = true;
  } else {
    throw new ImportError('the text has no headline (no line occurs twice): pass --title "…"');
  }

  if (parsed.blocks.length === 0) {
    throw new ImportError("nothing left to import after removing the headline and promotional lines");
  }

  const promoLines = parsed.removed.filter((line) => line.reason === PROMOTIONAL_REASON).map((line) => line.text);
  const frontMatter: ArticleFrontMatter = {
    story: options.story,
    outlet: options.outlet ?? outletFromPromoLines(promoLines) ?? OUTLET_NOT_NAMED,
    title,
    titleInferred,
    published: options.published,
    publishedInferred: options.publishedInferred ?? false,
    language: "en",
    ...(options.importedFrom === undefined ? {} : { importedFrom: options.importedFrom }),
    removed: parsed.removed,
  };

  const markdown = toMarkdown(frontMatter, parsed.blocks);
  const written = splitFrontMatter(markdown);
  // Validate what will be on disk, after YAML, not the object we meant to write.
  const validated = articleSchema.safeParse(written.frontMatter);
  if (!validated.success) {
    throw new ImportError(`front matter fails the article schema: ${oneLine(z.prettifyError(validated.error))}`);
  }
  if (validated.data.title !== title) {
    throw new ImportError(`front matter title does not round-trip: ${JSON.stringify(validated.data.title)}`);
  }

  const loss = checkNoLoss(text, parsed.removed, written.body);
  if (!loss.ok) throw new ImportError(`no-loss check failed, nothing written: ${describeLoss(loss)}`);

  const headings = parsed.blocks.filter((block) => block.kind === "heading").length;
  return {
    markdown,
    frontMatter,
    blocks: parsed.blocks,
    paragraphs: parsed.blocks.length - headings,
    headings,
    sentences: loss.sentenceCount,
    warnings,
  };
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/gu, "; ");
}
