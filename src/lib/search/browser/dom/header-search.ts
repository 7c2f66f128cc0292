/**
 * The header field's results panel: the best few people, claims and reports
 * as you type, and a link to all results. Enter submits the form to
 * /search/?q=… as it does without JavaScript; Esc closes the panel, then
 * clears the field.
 */
import { announcer } from "./announce.ts";
import { el } from "./element.ts";
import { arrowNavigation } from "./keyboard.ts";
import { loadEngine } from "./load-engine.ts";
import { renderResults } from "./render.ts";

/** Claims shown in the panel; the search page shows the rest. */
const PANEL_CLAIMS = 5;
/** People and reports shown in the panel. */
const PANEL_LIST = 3;

/** Attach the panel to the header search form (`data-search-form`, `data-search-index`). */
export function startHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const panel = form.querySelector<HTMLElement>("[data-search-panel]");
  const region = form.querySelector<HTMLElement>("[data-search-status]");
  const url = form.dataset["searchIndex"];
  if (!input || !panel || !region || url === undefined) return;
  const say = announcer(region);
  const summary = el("p", { class: "text-sm text-muted" });
  const list = el("div", { class: "space-y-4" });
  const more = el("a", { class: "text-sm font-semibold", "data-result": "" });
  panel.replaceChildren(summary, list, more);
  arrowNavigation(input, panel);

  let pending = 0;
  const close = (): void => {
    panel.hidden = true;
  };
  const update = async (): Promise<void> => {
    const ticket = ++pending;
    const query = input.value;
    if (query.trim().length < 2) {
      close();
      say("");
      return;
    }
    try {
      const search = await loadEngine(url);
      const results = await search.search(query);
      const view = await search.view(results, [], PANEL_CLAIMS, PANEL_LIST);
      if (ticket !== pending) return;
      summary.textContent = view.message;
      renderResults(list, view, { headings: false });
      const all = new URL(form.action, location.href);
      all.searchParams.set("q", query);
      more.href = `${all.pathname}${all.search}`;
      more.textContent = `All results for “${results.query.raw}” →`;
      panel.hidden = false;
      say(view.message);
    } catch (error) {
      summary.textContent = `Search could not load (${error instanceof Error ? error.message : String(error)}). Press Enter to open the search page.`;
      list.replaceChildren();
      panel.hidden = false;
      say(summary.textContent, true);
    }
  };

  // Fetch the vocabulary now, while the reader types their first letters (a failure shows on the first search).
  loadEngine(url).catch(() => undefined);
  input.addEventListener("input", () => void update());
  input.addEventListener("focus", () => void update());
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!panel.hidden) {
      close();
      input.focus();
    } else if (input.value !== "") {
      input.value = "";
      say("");
    } else return;
    event.preventDefault();
  });
  form.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) close();
  });
  void update();
}
