import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/** Parents whose children are flow content: a lone text node there needs a paragraph. */
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Turn raw HTML in Markdown into plain text.
 *
 * Reports are untrusted input: instead of dropping `<script>` (and losing
 * the words around it) or rendering it, the markup is shown as the literal
 * text it is. Sanitising later removes anything that still slipped through.
 */
export default function remarkRawHtmlAsText() {
  return (tree: Root): void => {
    visit(tree, "html", (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const text = { type: "text" as const, value: node.value };
      parent.children[index] = FLOW_PARENTS.has(parent.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
}
