import type { Root } from "mdast";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";

/** Parents whose children are flow content: a lone text node there needs a paragraph. */
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Turn raw HTML in Markdown into plain text.
 *
 * Reports are untrusted input: instead of dropping `<script>` (and losing
 * the words around it) or rendering it, the markup is shown as the literal
 * text it is. Sanitising later removes anything that still slipped through.
 *
 * 1. The parser is told not to recognise HTML at all (micromark's `htmlFlow`
 *    and `htmlText` constructs are disabled). An HTML block such as `<!--` or
 *    `<script>` otherwise runs until its closing marker, so an unclosed one
 *    swallowed every later paragraph (and changed their sentence ids); now
 *    `<` is an ordinary character and the paragraphs after it stay paragraphs.
 * 2. Any `html` node that still reaches the tree (from another plugin) becomes text.
 */
export default function remarkRawHtmlAsText(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ["htmlFlow", "htmlText"] } });
  return (tree: Root): void => {
    visit(tree, "html", (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const text = { type: "text" as const, value: node.value };
      parent.children[index] = FLOW_PARENTS.has(parent.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
}
