import type { Element, ElementContent, Text } from "hast";
import { toString } from "hast-util-to-string";
import type { TextRange } from "../text/ranges.ts";

/**
 * Wrap character ranges (offsets in the text of `parent`) in new elements, in place.
 *
 * 1. Direct text children are split at every range boundary.
 * 2. Each child is given to the range its first character falls in; a nested
 *    element is never split, so a range ending inside one grows to its end.
 * 3. Consecutive children of one range are moved into `wrap(range, index)`.
 *
 * Ranges must be sorted and must not overlap. Text outside every range
 * (typically the spaces between sentences) stays where it was.
 */
export function wrapRanges<R extends TextRange>(
  parent: Element,
  ranges: readonly R[],
  wrap: (range: R, index: number) => Element,
): void {
  if (ranges.length === 0) return;
  const cuts = new Set<number>();
  for (const range of ranges) cuts.add(range.start).add(range.end);

  const pieces: { node: ElementContent; start: number }[] = [];
  let offset = 0;
  for (const child of parent.children) {
    if (child.type === "text") {
      const inner = [...cuts].filter((cut) => cut > offset && cut < offset + child.value.length).sort((a, b) => a - b);
      let from = 0;
      for (const cut of [...inner.map((cut) => cut - offset), child.value.length]) {
        const piece: Text = { type: "text", value: child.value.slice(from, cut) };
        pieces.push({ node: piece, start: offset + from });
        from = cut;
      }
      offset += child.value.length;
    } else {
      pieces.push({ node: child, start: offset });
      // A comment holds no text of the parent (toString would give its value).
      if (child.type === "element") offset += toString(child).length;
    }
  }

  const children: ElementContent[] = [];
  let current: { index: number; element: Element } | undefined;
  for (const piece of pieces) {
    const index = ranges.findIndex((range) => piece.start >= range.start && piece.start < range.end);
    if (index < 0) {
      current = undefined;
      children.push(piece.node);
      continue;
    }
    if (current?.index !== index) {
      current = { index, element: wrap(ranges[index] as R, index) };
      children.push(current.element);
    }
    current.element.children.push(piece.node);
  }
  parent.children = children;
}
