import { parse, stringify } from "yaml";
import { escapeMarkdownText } from "./escape-markdown.ts";
import type { Block, RemovedLine } from "./parse-raw-report.ts";
import type { DateEvidence } from "./published-date.ts";

/**
 * The front matter the importer writes, in the order editors read it. Field
 * meanings are those of `articleSchema` (src/schemas/article.ts).
 */
export interface ArticleFrontMatter {
  readonly story: string;
  readonly outlet: string;
  readonly title: string;
  readonly titleInferred: boolean;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string;
  readonly publishedInferred: boolean;
  /** Where the text states the date; absent when the editor gave it. */
  readonly publishedFrom?: DateEvidence;
  /** The dateline opening the first paragraph, verbatim. */
  readonly dateline?: string;
  readonly language: string;
  readonly importedFrom?: string;
  readonly removed: readonly RemovedLine[];
}

const FENCE = "---";

/** Render the body: one block per line of input, separated by blank lines. */
export function renderBody(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.kind === "heading"
        ? `## ${escapeMarkdownText(block.text, "heading")}`
        : escapeMarkdownText(block.text, "paragraph"),
    )
    .join("\n\n");
}

/**
 * Render a complete article file: YAML front matter (via the `yaml` package,
 * so titles with colons or quotes are quoted correctly) and the Markdown body.
 */
export function toMarkdown(frontMatter: ArticleFrontMatter, blocks: readonly Block[]): string {
  // lineWidth 0: never fold long titles or removed lines across several YAML lines.
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  const body = renderBody(blocks);
  return `${FENCE}\n${yaml}${FENCE}\n${body === "" ? "" : `\n${body}\n`}`;
}

/** A Markdown file split into its front matter (parsed YAML) and its body. */
export interface SplitMarkdown {
  readonly frontMatter: unknown;
  readonly body: string;
}

/**
 * Split a file written by `toMarkdown` back into front matter and body.
 * Needed because remark-parse alone would read the fence as a thematic break.
 *
 * @throws Error when the file does not start with a front matter block.
 */
export function splitFrontMatter(markdown: string): SplitMarkdown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(markdown);
  if (match === null) throw new Error("the Markdown has no front matter block");
  return { frontMatter: parse(match[1] ?? ""), body: markdown.slice(match[0].length) };
}
