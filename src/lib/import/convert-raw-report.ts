import { z } from "zod";
import { languageOfScript, SITE_LANGUAGE } from "../text/language.ts";
import { articleSchema } from "../../schemas/article.ts";
import { ImportError } from "./import-error.ts";
import { LINE_RULES, type LineRule } from "./line-rules.ts";
import { parseRawReport, type Block } from "./parse-raw-report.ts";
import { statedPublication } from "./published-date.ts";
import { PROMOTIONAL_REASON, outletFromPromoLines } from "./rules/promotions.ts";
import { fileNameSlug, isValidSlug } from "./slug.ts";
import { sourceFileFor } from "./sources.ts";
import { checkNoLoss, describeLoss } from "./verify-no-loss.ts";
import { splitFrontMatter, toMarkdown, type ArticleFrontMatter } from "./to-markdown.ts";

/** Outlet recorded when neither the editor nor the text names one. */
export const OUTLET_NOT_NAMED = "Outlet not named";

/** What the editor tells the converter about a raw report. */
export interface ConvertOptions {
  /** Id of the story the report covers. */
  readonly story: string;
  /** Publication date, YYYY-MM-DD; optional when the text states one (dateline or timestamp). */
  readonly published?: string;
  /** True when the date is the editor's inference, not stated by the text. */
  readonly publishedInferred?: boolean;
  /** Outlet name; otherwise recognised from promotional lines or the dateline's agency. */
  readonly outlet?: string;
  /** BCP 47 language of the text; otherwise told by its script (see languageOfScript). */
  readonly language?: string;
  /** Title to use when the text has no headline. */
  readonly title?: string;
  /** File name without .md; default: from the title. */
  readonly slug?: string;
  /** Record `importedFrom: sources/<slug>.txt`: the caller keeps the raw text there. */
  readonly recordSource?: boolean;
  /** Line rules; defaults to LINE_RULES. */
  readonly lineRules?: readonly LineRule[];
}

/** A converted report, verified to have lost nothing. */
export interface ConvertResult {
  /** The article id and file name (without .md). */
  readonly slug: string;
  /** The complete file: front matter and body. */
  readonly markdown: string;
  readonly frontMatter: ArticleFrontMatter;
  readonly blocks: readonly Block[];
  readonly paragraphs: number;
  readonly headings: number;
  /** Sentences of the body, each checked to occur exactly once per input occurrence. */
  readonly sentences: number;
  /** Where the language came from: the editor's `--language`, or the text's script. */
  readonly languageFrom: "option" | "script";
  /** Things the editor should know but that do not stop the import. */
  readonly warnings: readonly string[];
}

/**
 * Convert a raw report (plain text, one paragraph per line) into an article
 * file, then prove the result: the front matter must pass `articleSchema`
 * after a YAML round trip, and the body must pass the no-loss check.
 *
 * @throws ImportError when there is no title, date or body, or a check fails.
 */
export function convertRawReport(text: string, options: ConvertOptions): ConvertResult {
  const parsed = parseRawReport(text, options.lineRules ?? LINE_RULES, {
    ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
  });
  const warnings: string[] = [];

  let title: string;
  let titleInferred: boolean;
  if (parsed.headline !== undefined) {
    title = parsed.headline.text;
    titleInferred = false;
    // The text's own headline is evidence; an editor's title would only replace it.
    if (options.title !== undefined && options.title !== title) {
      warnings.push(`--title ignored: the text has its own headline (${JSON.stringify(title)})`);
    }
  } else if (options.title !== undefined && options.title.trim() !== "") {
    title = options.title.trim();
    titleInferred = true;
  } else {
    throw new ImportError(
      'the text has no headline (no line repeats, and the first reads as a paragraph): pass --title "…"',
    );
  }

  if (parsed.blocks.length === 0) {
    throw new ImportError("nothing left to import after removing the headline and the lines listed in `removed`");
  }

  const stated = statedPublication(parsed.stamps, parsed.dateline);
  let date: Pick<ArticleFrontMatter, "published" | "publishedInferred" | "publishedFrom">;
  if (options.published !== undefined) {
    const agrees = stated.kind === "date" && stated.date === options.published;
    if (stated.kind === "date" && !agrees) {
      warnings.push(
        `--date ${options.published} used, although the ${stated.from.kind} says ${stated.date} (${JSON.stringify(stated.from.text)})`,
      );
    }
    date = {
      published: options.published,
      publishedInferred: options.publishedInferred ?? false,
      ...(agrees ? { publishedFrom: stated.from } : {}),
    };
  } else if (stated.kind === "date") {
    date = { published: stated.date, publishedInferred: false, publishedFrom: stated.from };
  } else {
    throw new ImportError(
      stated.kind === "no-year"
        ? `the dateline ${JSON.stringify(stated.dateline)} gives no year and no timestamp does: pass --date YYYY-MM-DD`
        : "the text states no date (no dateline or timestamp gives one): pass --date YYYY-MM-DD, with --date-inferred if you inferred it",
    );
  }

  const slug = options.slug ?? fileNameSlug(title);
  if (!isValidSlug(slug)) {
    throw options.slug === undefined
      ? new ImportError("cannot derive a file name from the title: pass --slug")
      : new ImportError(`--slug must be lower-case letters, digits and single hyphens, got ${JSON.stringify(slug)}`, 2);
  }

  const language =
    options.language ?? languageOfScript(parsed.blocks.map((block) => block.text).join("\n")) ?? SITE_LANGUAGE;
  const promoLines = parsed.removed.filter((line) => line.reason === PROMOTIONAL_REASON).map((line) => line.text);
  const frontMatter: ArticleFrontMatter = {
    story: options.story,
    outlet: options.outlet ?? outletFromPromoLines(promoLines) ?? parsed.dateline?.agency ?? OUTLET_NOT_NAMED,
    title,
    titleInferred,
    ...date,
    ...(parsed.dateline === undefined ? {} : { dateline: parsed.dateline.text }),
    language,
    ...(options.recordSource === true ? { importedFrom: sourceFileFor(slug) } : {}),
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
    slug,
    markdown,
    frontMatter,
    blocks: parsed.blocks,
    paragraphs: parsed.blocks.length - headings,
    headings,
    sentences: loss.sentenceCount,
    languageFrom: options.language === undefined ? "script" : "option",
    warnings,
  };
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/gu, "; ");
}
