import { h } from "./dom.ts";
import { statusBadge, type Desk, type Story } from "./shared.ts";

/** The last words the editor selected inside one paragraph of a report: offsets in the paragraph's own text. */
export interface Selection {
  readonly articleId: string;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

let selected: Selection | undefined;

/** The words selected in a report, if the selection lies within one paragraph. */
export function currentSelection(): Selection | undefined {
  return selected;
}

/** Where a point of a selection lies in its paragraph: the sentence's offset plus the offset inside it. */
function blockOffset(node: Node, offset: number): { articleId: string; blockId: string; at: number } | undefined {
  const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>(
    ".sentence",
  );
  if (span == null) return undefined;
  const { article, block, start } = span.dataset;
  if (article === undefined || block === undefined || start === undefined) return undefined;
  return { articleId: article, blockId: block, at: Number(start) + (node.nodeType === Node.TEXT_NODE ? offset : 0) };
}

document.addEventListener("selectionchange", () => {
  const selection = document.getSelection();
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  const from = blockOffset(range.startContainer, range.startOffset);
  const to = blockOffset(range.endContainer, range.endOffset);
  if (from === undefined || to === undefined || from.blockId !== to.blockId || from.articleId !== to.articleId) return;
  selected = {
    articleId: from.articleId,
    blockId: from.blockId,
    start: from.at,
    end: to.at,
    text: selection.toString(),
  };
  const shown = document.getElementById("selected-words");
  if (shown !== null) shown.textContent = `“${selected.text.trim()}”`;
});

/** The reports side by side as sentences, each with the claims that cover it; uncovered ones marked. */
export function storyPanel(desk: Desk, story: Story): HTMLElement {
  const claims = new Map(story.claims.map((c) => [c.id, c]));
  return h(
    "section",
    { class: "reports", "aria-labelledby": "story-title" },
    h("h2", { id: "story-title" }, story.title),
    h(
      "div",
      { class: "columns" },
      story.reports.map((report) =>
        h(
          "article",
          { class: "report", "aria-labelledby": `report-${report.id}`, "data-report": report.id },
          h("h3", { id: `report-${report.id}` }, report.label),
          h("p", { class: "muted" }, report.title),
          h(
            "p",
            { class: "coverage", "data-coverage": report.id },
            `Coverage: ${report.covered}/${report.total} sentences (${report.share})`,
          ),
          report.blocks.map((block) =>
            h(
              block.kind === "heading" ? "h4" : "p",
              { class: "block" },
              // A heading is not cut into sentences (nothing to cover): its text alone, never an empty heading.
              block.sentences.length === 0 && block.text,
              block.sentences.map((sentence) => {
                const key = `${report.id}#${sentence.id}`;
                return h(
                  "span",
                  {
                    class: `unit${sentence.claims.length === 0 ? " uncovered" : ""}${desk.focus === key ? " focused" : ""}`,
                  },
                  h(
                    "span",
                    {
                      class: "sentence",
                      tabindex: desk.focus === key ? "0" : "-1",
                      "data-key": key,
                      "data-article": report.id,
                      "data-block": block.id,
                      "data-start": sentence.start,
                      onclick: () => {
                        if (!(document.getSelection()?.isCollapsed ?? true)) return;
                        desk.focus = key;
                        desk.render();
                      },
                    },
                    sentence.text,
                  ),
                  " ",
                  sentence.claims.length === 0
                    ? h(
                        "span",
                        { class: "chip chip-uncovered" },
                        h("span", { "aria-hidden": "true" }, "○"),
                        " Uncovered",
                      )
                    : sentence.claims.map((id) => {
                        const claim = claims.get(id);
                        return claim === undefined
                          ? null
                          : h(
                              "button",
                              {
                                type: "button",
                                class: "chip",
                                "data-claim": id,
                                onclick: () => {
                                  desk.open = id;
                                  desk.focus = key;
                                  desk.render();
                                },
                              },
                              statusBadge(claim),
                              ` ${claim.title}`,
                            );
                      }),
                  " ",
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
