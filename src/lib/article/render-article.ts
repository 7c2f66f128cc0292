import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import rehypeClaimMarks, { type SentenceMark } from "../../plugins/rehype-claim-marks.ts";
import remarkDropImages, { type DroppedImage } from "../../plugins/remark-drop-images.ts";
import remarkRawHtmlAsText from "../../plugins/remark-raw-html-as-text.ts";
import rehypeSentenceIds, { type BlockInfo } from "../../plugins/rehype-sentence-ids.ts";

/** An article body parsed once: its sanitised tree and its addressable blocks. */
export interface ParsedArticle {
  readonly tree: Root;
  readonly blocks: readonly BlockInfo[];
  /** Images of the Markdown, replaced by their alt text (the site shows none). */
  readonly droppedImages: readonly DroppedImage[];
}

const parser = unified()
  .use(remarkParse)
  .use(remarkRawHtmlAsText)
  .use(remarkDropImages)
  .use(remarkRehype)
  // Sanitise before ids are added: the default schema would prefix our ids.
  .use(rehypeSanitize)
  .use(rehypeSentenceIds);

/** Parse Markdown into a sanitised hast tree whose paragraphs and sentences carry ids. */
export function parseArticle(markdown: string): ParsedArticle {
  const file = new VFile(markdown);
  const tree = parser.runSync(parser.parse(file), file);
  return { tree, blocks: file.data.blocks ?? [], droppedImages: file.data.droppedImages ?? [] };
}

/** Serialise a parsed article to HTML, marking quoted passages and linking them to claims. */
export function renderArticle(article: ParsedArticle, marks: ReadonlyMap<string, readonly SentenceMark[]>): string {
  const processor = unified().use(rehypeClaimMarks, { marks }).use(rehypeStringify);
  // Marks change the tree: work on a copy so the parsed article can be rendered again.
  const tree = processor.runSync(structuredClone(article.tree)) as Root;
  return processor.stringify(tree);
}
