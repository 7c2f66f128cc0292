/**
 * The search page: results for the query in the URL, updated as you type,
 * on submit and on back/forward (popstate); status filter buttons; "show
 * more"; arrow keys through results.
 *
 * History: the first keystroke after a settled query (page load, submit,
 * back/forward) pushes one entry, later keystrokes replace it, and submit
 * settles it; so Back returns to the previous query, not to each letter.
 */
import type { ClaimStatus } from "../../../status.ts";
import { readState, writeState, type SearchState } from "../url-state.ts";
import { announcer } from "./announce.ts";
import { arrowNavigation } from "./keyboard.ts";
import { loadEngine } from "./load-engine.ts";
import { renderResultsGradually } from "./render.ts";
import { yieldToMain } from "./yield-to-main.ts";

/** Claims shown at first and added by each "show more" (their records are fetched as they are shown). */
export const PAGE_SIZE = 20;

/** Run the search page inside `root` (`data-search-page`, `data-search-index`). */
export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[role=search]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  const results = root.querySelector<HTMLElement>("[data-search-results]");
  const count = root.querySelector<HTMLElement>("[data-search-count]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  const chips = [...root.querySelectorAll<HTMLButtonElement>("[data-status-filter] button[data-status]")];
  const url = root.dataset["searchIndex"];
  if (!form || !input || !results || !count || !more || url === undefined) return;
  const say = announcer(count);
  const engine = loadEngine(url);
  for (const needed of root.querySelectorAll<HTMLElement>("[data-needs-script]")) needed.classList.remove("invisible");
  arrowNavigation(input, results);

  let state: SearchState = readState(location.search);
  let limit = PAGE_SIZE;

  const render = async (announceNow: boolean): Promise<void> => {
    const { query, statuses } = state;
    for (const chip of chips)
      chip.setAttribute("aria-pressed", String(statuses.includes(chip.dataset["status"] as ClaimStatus)));
    try {
      const search = await engine;
      const view = await search.view(await search.search(query), statuses, limit);
      if (query !== state.query || statuses !== state.statuses) return;
      // Building the results and laying them out come after the search's task, a few results per task.
      const current = (): boolean => query === state.query && statuses === state.statuses;
      await yieldToMain();
      if (!current()) return;
      await renderResultsGradually(results, view, { headings: true }, yieldToMain, current);
      if (!current()) return;
      for (const chip of chips) {
        const number = chip.querySelector("[data-count]");
        if (number) number.textContent = String(view.counts[chip.dataset["status"] as ClaimStatus] ?? 0);
      }
      more.hidden = view.claims.length >= view.filteredCount;
      say(view.message || "Type a name, a place or words from a claim.", announceNow);
    } catch (error) {
      results.replaceChildren();
      more.hidden = true;
      root.querySelector<HTMLElement>("[data-search-fallback]")?.removeAttribute("hidden");
      say(`Search could not load: ${error instanceof Error ? error.message : String(error)}.`, true);
    }
  };

  /** True when the current history entry holds a query the reader settled on. */
  let settled = true;

  /** Change the state, record it in the URL (a new entry for a new query after a settled one), show it. */
  const go = (next: SearchState, announceNow: boolean): void => {
    state = next;
    limit = PAGE_SIZE;
    const target = `${location.pathname}${writeState(state)}`;
    if (target !== `${location.pathname}${location.search}`) {
      if (settled) history.pushState(null, "", target);
      else history.replaceState(null, "", target);
      settled = false;
    }
    void render(announceNow);
  };

  input.value = state.query;
  input.addEventListener("input", () => go({ ...state, query: input.value }, false));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go({ ...state, query: input.value }, true);
    settled = true;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || input.value === "") return;
    event.preventDefault();
    input.value = "";
    go({ ...state, query: "" }, true);
  });
  for (const chip of chips) {
    chip.addEventListener("click", () => {
      const status = chip.dataset["status"] as ClaimStatus;
      const statuses = state.statuses.includes(status)
        ? state.statuses.filter((s) => s !== status)
        : [...state.statuses, status];
      go({ ...state, statuses }, true);
    });
  }
  more.addEventListener("click", () => {
    const shown = results.querySelectorAll("[data-result]").length;
    limit += PAGE_SIZE;
    void render(true).then(() => results.querySelectorAll<HTMLElement>("[data-result]")[shown]?.focus());
  });
  addEventListener("popstate", () => {
    settled = true;
    state = readState(location.search);
    input.value = state.query;
    limit = PAGE_SIZE;
    void render(true);
  });
  void render(true);
}
