/**
 * Sanitising at unit level: the article pipeline (parseArticle, then
 * renderArticle) keeps only safe link targets and no ids that could clobber
 * the page's own. Raw HTML never reaches the sanitiser (remark-raw-html-as-text
 * makes it text first; tests/fixtures/plugins/ shows that), so these cases
 * use Markdown's own links, autolinks, reference definitions and footnote-like
 * ids, which Markdown turns into elements by itself.
 */
import type { Root, RootContent } from "hast";
import { describe, expect, it } from "vitest";
import { parseArticle, renderArticle } from "../../src/lib/article/render-article.ts";

const render = (markdown: string): string => renderArticle(parseArticle(markdown), new Map());
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/gu)].map((match) => match[1] ?? "");

/** The attribute names of every link in the parsed (sanitised) tree. */
function linkAttributes(markdown: string): string[][] {
  const found: string[][] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === "element" && node.tagName === "a") found.push(Object.keys(node.properties).sort());
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(parseArticle(markdown).tree);
  return found;
}

describe("article sanitising", () => {
  it("drops link targets of script and data URLs, in inline links, autolinks and reference definitions", () => {
    const html = render(
      [
        "A [harbour notice](javascript:alert(1)) was posted.",
        "The [ferry list](JaVaScRiPt:alert(2)) was posted too.",
        "A [map](data:text/html;base64,PHNjcmlwdD4=) was attached.",
        "See <vbscript:msgbox(3)> for details.",
        "The [timetable][t] changed.",
        "",
        "[t]: javascript:alert(4)",
      ].join("\n"),
    );
    expect(hrefs(html)).toEqual([]);
    // The words stay, as links without a target: a dropped target is no dropped text.
    for (const words of ["harbour notice", "ferry list", "map", "vbscript:msgbox(3)", "timetable"])
      expect(html).toContain(`<a>${words}</a>`);
  });

  it("keeps web, mail and relative link targets", () => {
    const html = render(
      "Read the [report](https://example.org/a?b=1), [write](mailto:desk@example.org) or see [below](#notes) and [the claim](/claims/x/).",
    );
    expect(hrefs(html)).toEqual(["https://example.org/a?b=1", "mailto:desk@example.org", "#notes", "/claims/x/"]);
  });

  it("keeps a link's target and title only: a title cannot smuggle in an event handler", () => {
    const markdown = 'The [port](https://example.org "x\\" onmouseover=\\"alert(5)") reopened.';
    expect(linkAttributes(markdown)).toEqual([["href", "title"]]);
    expect(render(markdown)).toContain('<a href="https://example.org" title="x&#x22; onmouseover=&#x22;alert(5)">');
  });
});
