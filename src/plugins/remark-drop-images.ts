import type { Definition, Root, Text } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/** An image the report's Markdown asked for, which the site does not show. */
export interface DroppedImage {
  readonly url: string;
  readonly alt: string;
}

declare module "vfile" {
  interface DataMap {
    /** Set by remark-drop-images: every image removed from the report, in order. */
    droppedImages: DroppedImage[];
  }
}

/**
 * Replace every image of a report by its alt text, and list it.
 *
 * Our copy of a report is text: the site hosts no image of it, and the CSP
 * allows images from our own origin only, so an image (`![x](https://…)`)
 * would show as a broken icon with a console error. Its alt text stays in the
 * sentence, where the reader expects the words; the image itself is recorded
 * in `file.data.droppedImages` so the article page can say what was left out.
 */
export default function remarkDropImages() {
  return (tree: Root, file: VFile): void => {
    const definitions = new Map<string, string>();
    visit(tree, "definition", (node: Definition) => {
      definitions.set(node.identifier, node.url);
    });
    const dropped: DroppedImage[] = [];
    visit(tree, (node, index, parent) => {
      if ((node.type !== "image" && node.type !== "imageReference") || parent === undefined || index === undefined)
        return;
      const url = node.type === "image" ? node.url : (definitions.get(node.identifier) ?? `[${node.label ?? ""}]`);
      const alt = node.alt ?? "";
      dropped.push({ url, alt });
      const text: Text = { type: "text", value: alt };
      parent.children.splice(index, 1, text);
      return index;
    });
    file.data.droppedImages = dropped;
  };
}
