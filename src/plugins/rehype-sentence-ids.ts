import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { idWords } from "../lib/text/id-words.ts";
import { splitSentences } from "../lib/text/sentences.ts";
import type { TextRange } from "../lib/text/ranges.ts";
import { wrapRanges } from "../lib/hast/wrap-ranges.ts";

/** A sentence of the article as the site addresses it. */
export interface SentenceInfo extends TextRange {
  /** Element id, e.g. `s-putin-has-agreed-to-security-guarantees`. */
  readonly id: string;
  readonly text: string;
}

/** A block of the article with its sentences: a paragraph, list item, table cell, or a heading (no sentences). */
export interface BlockInfo {
  readonly id: string;
  readonly kind: "paragraph" | "item" | "cell" | "heading";
  /** The block's text, as the reader sees it. */
  readonly text: string;
  readonly sentences: readonly SentenceInfo[];
}

declare module "vfile" {
  interface DataMap {
    /** Set by rehype-sentence-ids: every block with sentences and every heading, in order. */
    blocks: BlockInfo[];
  }
}

/**
 * Elements whose own text is sentences (a paragraph in a block quote is a `p` like any other). The parser reads
 * no Markdown tables (a table's text is a paragraph); cells are listed so that adding table support keeps them
 * quotable.
 */
const SENTENCE_BLOCKS: Readonly<Record<string, BlockInfo["kind"]>> = {
  p: "paragraph",
  li: "item",
  td: "cell",
  th: "cell",
};

/** Elements that hold blocks of their own: a list item holding them is read block by block. */
const BLOCK_ELEMENTS = new Set([
  "p",
  "ul",
  "ol",
  "blockquote",
  "table",
  "pre",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

const isBlock = (node: ElementContent): boolean => node.type === "element" && BLOCK_ELEMENTS.has(node.tagName);

const WORDS_IN_ID = 6;
const WORDS_IN_LONG_ID = 12;

/**
 * Give every block with sentences (paragraphs, also in block quotes; list
 * items; table cells), every heading and every sentence an id derived from
 * its own words, so all of the text can be quoted and counts in coverage.
 *
 * Ids come from the text they name, in any script (`idWords`), not from
 * positions, so adding, removing or editing other paragraphs never changes
 * them and a shared `#s-…` link keeps pointing at its sentence. Where two sentences begin alike, the id
 * takes more words, and only then a counter.
 */
export default function rehypeSentenceIds() {
  return (tree: Root, file: VFile): void => {
    const taken = new Set<string>();
    // The last counter given per base: a base's first free counter only grows, so each
    // duplicate continues from there instead of counting up from 2 again (linear in duplicates).
    const lastCounter = new Map<string, number>();
    const unique = (prefix: string, text: string): string => {
      const words = idWords(text);
      const idOf = (count: number): string => `${prefix}-${words.slice(0, count).join("-") || "x"}`;
      for (const count of [WORDS_IN_ID, WORDS_IN_LONG_ID]) {
        const candidate = idOf(count);
        if (!taken.has(candidate)) return take(candidate);
      }
      const base = idOf(WORDS_IN_LONG_ID);
      let counter = lastCounter.get(base) ?? 2;
      while (taken.has(`${base}-${counter}`)) counter++;
      lastCounter.set(base, counter);
      return take(`${base}-${counter}`);
    };
    const take = (id: string): string => {
      taken.add(id);
      return id;
    };

    const blocks: BlockInfo[] = [];
    /** Give `node` (whose sentences are the text of `children`) its block and sentence ids. */
    const addBlock = (node: Element, kind: BlockInfo["kind"], children: ElementContent[]): ElementContent[] => {
      const holder = h(node.tagName, {}, children);
      const text = toString(holder);
      if (text.trim() === "") return children;
      const sentences = splitSentences(text).map((span) => ({ ...span, id: unique("s", span.text) }));
      const id = unique("p", text);
      node.properties.id = id;
      wrapRanges(holder, sentences, (sentence) => h("span", { id: sentence.id, className: ["sentence"] }));
      blocks.push({ id, kind, text, sentences });
      return holder.children;
    };
    visit(tree, "element", (node: Element) => {
      if (/^h[1-6]$/u.test(node.tagName)) {
        const text = toString(node);
        if (text.trim() === "") return;
        const id = unique("h", text);
        node.properties.id = id;
        blocks.push({ id, kind: "heading", text, sentences: [] });
        return "skip";
      }
      const kind = SENTENCE_BLOCKS[node.tagName];
      if (kind === undefined) return;
      const firstBlock = node.children.findIndex(isBlock);
      if (firstBlock < 0) {
        node.children = addBlock(node, kind, node.children);
        return "skip";
      }
      // A list item holding paragraphs or a nested list: its text before them is a block of its own, the rest
      // is visited in turn.
      node.children = [...addBlock(node, kind, node.children.slice(0, firstBlock)), ...node.children.slice(firstBlock)];
      return undefined;
    });
    file.data.blocks = blocks;
  };
}
