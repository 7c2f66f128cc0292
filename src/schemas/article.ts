import { z } from "zod";
import { isoDateSchema, languageTagSchema, textSchema, webUrlSchema } from "./fields.ts";

/** One line the importer removed from the raw text, and why. */
export const removedLineSchema = z.strictObject({
  /** The removed line, verbatim. */
  text: z.string(),
  /** Why it was removed: "promotional line", "repeated headline", … */
  reason: textSchema,
});

/** Front matter of one imported report: `content/articles/<id>.md`. */
export const articleSchema = z.strictObject({
  /** Id of the story (file name in content/stories/) this report covers. */
  story: z.string().min(1),
  /** Publisher as named by the text, or "Outlet not named". */
  outlet: textSchema,
  /** Headline of the report. */
  title: textSchema,
  /** True when the title is the editor's, because the text carries no headline. */
  titleInferred: z.boolean().default(false),
  /** Publication date (ISO). */
  published: isoDateSchema,
  /** True when the text carries no date and the editor inferred it. */
  publishedInferred: z.boolean().default(false),
  /** BCP 47 language tag of the text; its script's direction (rtl for ar, he …) comes with it on the pages. */
  language: languageTagSchema.default("en"),
  /** Where the original is published, when known (http or https). */
  sourceUrl: webUrlSchema.optional(),
  /** The raw text this article was imported from, relative to the content folder: `sources/<id>.txt`. */
  importedFrom: z.string().optional(),
  /** Where the text states the publication date (absent: the editor gave it). */
  publishedFrom: z
    .strictObject({
      /** A dateline ("KYIV, Aug 17 (Reuters) -") or a timestamp line ("Updated 10:42 AM, August 17, 2025"). */
      kind: z.enum(["dateline", "timestamp"]),
      /** That dateline or line, verbatim. */
      text: textSchema,
    })
    .optional(),
  /** The dateline opening the first paragraph, verbatim; the paragraph keeps it. */
  dateline: textSchema.optional(),
  /** What the importer stripped, so nothing is lost silently. */
  removed: z.array(removedLineSchema).default([]),
});

export type ArticleMeta = z.infer<typeof articleSchema>;
