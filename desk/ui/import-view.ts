import { fill, h } from "./dom.ts";
import { ApiError, api } from "./api.ts";
import type { Desk } from "./shared.ts";

interface Preview {
  slug: string;
  frontMatter: {
    title: string;
    outlet: string;
    published: string;
    publishedFrom?: { kind: string; text: string };
    dateline?: string;
    removed: { text: string; reason: string }[];
  };
  blocks: { kind: "heading" | "paragraph"; text: string }[];
  sentences: number;
  warnings: string[];
  /** Per removed line: a rule removed it (the editor may keep it), the editor did (undo that), or it is the headline. */
  removedBy: ("rule" | "editor" | "headline")[];
}

/** The editor's overturned decisions, kept while the preview is open. */
const overturned = { keep: new Set<string>(), remove: new Set<string>() };

/**
 * Add a report: paste or pick a file, preview the importer's decisions
 * (kept lines, removed lines with reasons, headings, title, date, outlet),
 * overturn any of them, then write. The importer decides; the page asks.
 */
export function importView(desk: Desk): HTMLElement {
  const text = h("textarea", { id: "import-text", rows: "10", oninput: () => schedule() }) as HTMLTextAreaElement;
  const file = h("input", {
    id: "import-file",
    type: "file",
    accept: ".txt,text/plain",
    onchange: async () => {
      const chosen = file.files?.[0];
      if (chosen !== undefined) text.value = await chosen.text();
      void preview();
    },
  }) as HTMLInputElement;
  const field = (label: string, id: string, type = "text") => {
    const element = h("input", { id, type, oninput: () => schedule() }) as HTMLInputElement;
    return { element, wrap: h("div", { class: "field" }, h("label", { for: id }, label), element) };
  };
  const outlet = field("Outlet (when the text names none)", "import-outlet");
  const date = field("Date (when the text states none)", "import-date", "date");
  const title = field("Title (when the text has no headline)", "import-title");
  const result = h("section", { id: "import-preview", "aria-live": "polite", "aria-labelledby": "preview-title" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void preview(), 250);
  }
  const request = () => ({
    text: text.value,
    story: desk.storyId ?? desk.state.story?.id ?? "",
    outlet: outlet.element.value,
    published: date.element.value,
    title: title.element.value,
    keep: [...overturned.keep],
    remove: [...overturned.remove],
  });
  async function preview() {
    if (text.value.trim() === "") {
      fill(
        result,
        h("h3", { id: "preview-title" }, "Preview"),
        h("p", {}, "Paste a report to see what the importer keeps and removes."),
      );
      return;
    }
    try {
      show(await api<Preview>("/api/import/preview", request()));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      fill(
        result,
        h("h3", { id: "preview-title" }, "Preview"),
        h("p", { class: "error", role: "alert" }, error.message),
      );
    }
  }
  const toggle = (set: Set<string>, line: string) => {
    if (set.has(line)) set.delete(line);
    else set.add(line);
    void preview();
  };
  function show(p: Preview) {
    const meta = p.frontMatter;
    fill(
      result,
      h("h3", { id: "preview-title" }, "Preview"),
      h(
        "dl",
        { class: "meta" },
        h("dt", {}, "Story"),
        h("dd", {}, desk.state.stories.find((s) => s.id === request().story)?.title ?? request().story),
        h("dt", {}, "Title"),
        h("dd", {}, meta.title),
        h("dt", {}, "Date"),
        h(
          "dd",
          {},
          meta.published,
          meta.publishedFrom === undefined
            ? " (from the date field)"
            : ` (from the ${meta.publishedFrom.kind} “${meta.publishedFrom.text}”)`,
        ),
        h("dt", {}, "Outlet"),
        h("dd", {}, meta.outlet),
        meta.dateline !== undefined && [h("dt", {}, "Dateline"), h("dd", {}, meta.dateline)],
        h("dt", {}, "File"),
        h("dd", {}, `content/articles/${p.slug}.md (${p.sentences} sentences, none lost)`),
      ),
      p.warnings.map((w) => h("p", { class: "warning" }, w)),
      h("h4", {}, "Kept"),
      h(
        "ol",
        { class: "lines" },
        p.blocks.map((block) =>
          h(
            "li",
            { "data-kept": block.text },
            h("span", { class: "line-kind" }, block.kind === "heading" ? "Heading" : "Paragraph"),
            ` ${block.text} `,
            h(
              "button",
              { type: "button", "data-remove-line": block.text, onclick: () => toggle(overturned.remove, block.text) },
              "Remove",
            ),
          ),
        ),
      ),
      h("h4", {}, "Removed"),
      h(
        "ol",
        { class: "lines" },
        meta.removed.map((line, i) =>
          h(
            "li",
            { "data-removed": line.text },
            h("span", { class: "line-kind" }, line.reason),
            ` ${line.text} `,
            p.removedBy[i] === "headline"
              ? null
              : h(
                  "button",
                  {
                    type: "button",
                    "data-keep-line": line.text,
                    onclick: () => toggle(p.removedBy[i] === "editor" ? overturned.remove : overturned.keep, line.text),
                  },
                  "Keep",
                ),
          ),
        ),
      ),
      h(
        "button",
        { type: "button", class: "primary", id: "import-write", onclick: () => void write() },
        "Add the report",
      ),
    );
  }
  async function write() {
    const written = await desk.run<{ article: string }>("/api/import/write", request());
    if (written === undefined) return;
    overturned.keep.clear();
    overturned.remove.clear();
    desk.view = "story";
    // The new report's first sentence with a suggestion: where the review starts.
    const report = desk.state.story?.reports.find((r) => r.id === written.article);
    const first = report?.blocks.flatMap((b) => b.sentences).find((s) => s.suggestions.length > 0);
    if (first !== undefined) desk.focus = `${written.article}#${first.id}`;
    desk.message(`Added content/articles/${written.article}.md: its suggestions are below.`);
    desk.render();
  }
  void preview();
  return h(
    "section",
    { class: "import", "aria-labelledby": "import-title" },
    h(
      "div",
      {},
      h("h2", { id: "import-title" }, "Add a report"),
      h("div", { class: "field" }, h("label", { for: "import-text" }, "Paste the report, one paragraph a line"), text),
      h("div", { class: "field" }, h("label", { for: "import-file" }, "or pick a text file"), file),
      outlet.wrap,
      date.wrap,
      title.wrap,
    ),
    result,
  );
}
