import type { Element } from "hast";
import { h } from "hastscript";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { wrapRanges } from "../../src/lib/hast/wrap-ranges.ts";

const toHtml = (node: Element): string =>
  unified()
    .use(rehypeStringify)
    .stringify({ type: "root", children: [node] });

/** `<p>` with text, an element and a comment among its children. */
const paragraph = (): Element => ({
  type: "element",
  tagName: "p",
  properties: {},
  children: [
    { type: "text", value: "Ab " },
    { type: "comment", value: "a note" },
    h("em", "cd"),
    { type: "text", value: " ef." },
  ],
});

describe("wrapRanges", () => {
  it("wraps ranges of the parent's text, counting the text of elements and none of comments", () => {
    const p = paragraph();
    wrapRanges(
      p,
      [
        { start: 0, end: 2 },
        { start: 3, end: 8 },
      ],
      () => h("mark"),
    );
    expect(toHtml(p)).toBe("<p><mark>Ab</mark> <mark><!--a note--><em>cd</em> ef</mark>.</p>");
  });

  it("leaves the children as they are without ranges", () => {
    const p = paragraph();
    wrapRanges(p, [], () => h("mark"));
    expect(p).toEqual(paragraph());
  });
});
