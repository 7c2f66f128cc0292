import type { Element, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { slugify } from "../lib/slug.ts";
import { splitSentences } from "../lib/text/sentences.ts";
import type { TextRange } from "../lib/text/ranges.ts";
import { wrapRanges } from "../lib/hast/wrap-ranges.ts";

/** A sentence of the article as the site addresses it. */
export interface SentenceInfo extends TextRange {
  /** Element id, e.g. `s-putin-has-agreed-to-security-guarantees`. */
  readonly id: string;
  readonly text: string;
}

/** A paragraph or heading with its sentences. */
export interface BlockInfo {
  readonly id: string;
  readonly kind: "paragraph" | "heading";
  /** The block's text, as the reader sees it. */
  readonly text: string;
  readonly sentences: readonly SentenceInfo[];
}

declare module "vfile" {
  interface DataMap {
    /** Set by rehype-sentence-ids: every paragraph and heading, in order. */
    blocks: BlockInfo[];
  }
}

const WORDS_IN_ID = 6;
const WORDS_IN_LONG_ID = 12;

/**
 * Give every paragraph, heading and sentence an id derived from its own words.
 *
 * Ids come from the text they name, not from positions, so adding, removing
 * or editing other paragraphs never changes them and a shared `#s-…` link
 * keeps pointing at its sentence. Where two sentences begin alike, the id
 * takes more words, and only then a counter.
 */
export default function rehypeSentenceIds() {
  return (tree: Root, file: VFile): void => {
    const taken = new Set<string>();
    const unique = (prefix: string, text: string): string => {
      for (const words of [WORDS_IN_ID, WORDS_IN_LONG_ID]) {
        const candidate = `${prefix}-${slugify(text, words) || "x"}`;
        if (!taken.has(candidate)) return take(candidate);
      }
      const base = `${prefix}-${slugify(text, WORDS_IN_LONG_ID) || "x"}`;
      let counter = 2;
      while (taken.has(`${base}-${counter}`)) counter++;
      return take(`${base}-${counter}`);
    };
    const take = (id: string): string => {
      taken.add(id);
      return id;
    };

    const blocks: BlockInfo[] = [];
    visit(tree, "element", (node: Element) => {
      const isHeading = /^h[1-6]$/u.test(node.tagName);
      if (node.tagName !== "p" && !isHeading) return;
      const text = toString(node);
      if (text.trim() === "") return;
      if (isHeading) {
        const id = unique("h", text);
        node.properties.id = id;
        blocks.push({ id, kind: "heading", text, sentences: [] });
        return "skip";
      }
      const spans = splitSentences(text);
      const sentences = spans.map((span) => ({ ...span, id: unique("s", span.text) }));
      const id = unique("p", text);
      node.properties.id = id;
      wrapRanges(node, sentences, (sentence) => h("span", { id: sentence.id, className: ["sentence"] }));
      blocks.push({ id, kind: "paragraph", text, sentences });
      return "skip";
    });
    file.data.blocks = blocks;
  };
}
