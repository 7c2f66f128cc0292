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
  // One sorted list of cut points, walked once: linear in the text and the number of ranges.
  const cuts = [...new Set(ranges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);

  const pieces: { node: ElementContent; start: number }[] = [];
  let offset = 0;
  let nextCut = 0;
  for (const child of parent.children) {
    if (child.type === "text") {
      const end = offset + child.value.length;
      while (nextCut < cuts.length && (cuts[nextCut] as number) <= offset) nextCut++;
      let from = 0;
      while (nextCut < cuts.length && (cuts[nextCut] as number) < end) {
        const cut = (cuts[nextCut] as number) - offset;
        pieces.push({
          node: { type: "text", value: child.value.slice(from, cut) } satisfies Text,
          start: offset + from,
        });
        from = cut;
        nextCut++;
      }
      pieces.push({ node: { type: "text", value: child.value.slice(from) } satisfies Text, start: offset + from });
      offset = end;
    } else {
      pieces.push({ node: child, start: offset });
      // A comment holds no text of the parent (toString would give its value).
      if (child.type === "element") offset += toString(child).length;
    }
  }

  const children: ElementContent[] = [];
  let current: { index: number; element: Element } | undefined;
  // Pieces come in text order, so the range holding each one is found by moving forward only.
  let index = 0;
  for (const piece of pieces) {
    while (index < ranges.length && (ranges[index] as R).end <= piece.start) index++;
    const range = ranges[index];
    if (range === undefined || piece.start < range.start) {
      current = undefined;
      children.push(piece.node);
      continue;
    }
    if (current?.index !== index) {
      current = { index, element: wrap(range, index) };
      children.push(current.element);
    }
    current.element.children.push(piece.node);
  }
  parent.children = children;
}
