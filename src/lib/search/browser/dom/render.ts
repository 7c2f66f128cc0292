/**
 * Results as DOM nodes: people (with mentions per report), claims (status in
 * icon and words, title linking to the claim, the matching quote with <mark>s,
 * the reports that carry it) and reports. A quote and a report's headline
 * carry `lang` and `dir` when the report is not in the site's language.
 * Every result link carries `data-result` for keyboard navigation.
 */
import { STATUS_TEXT } from "../../../status.ts";
import type { ClaimView, PersonView, ReportView, ResultsView } from "../view.ts";
import { el, type Child } from "./element.ts";

/** Options: `headings` on the search page (h2 per group); the header panel uses labelled lists. */
export interface RenderOptions {
  readonly headings: boolean;
}

/** Replace a container's content with the groups of a results view. */
export function renderResults(container: HTMLElement, view: ResultsView, options: RenderOptions): void {
  const groups = resultGroups(view, options);
  for (const { list, items } of groups) list.append(...items);
  container.replaceChildren(...groups.map((group) => group.section));
}

/** Results shown before the first pause: about a phone screen of them. */
const FIRST_RESULTS = 4;
/** Results added between two pauses after that. */
const RESULTS_PER_STEP = 8;

/**
 * Render the same content as renderResults, a few results at a time with a
 * pause between (the page yields to the browser): laying out twenty claims
 * with their quotes is one long task on a slow phone, a few at a time is
 * several short ones. Results only ever grow at the end, so nothing shown
 * moves. Stops, leaving what it added, once `current()` turns false (a newer
 * query is being shown).
 */
export async function renderResultsGradually(
  container: HTMLElement,
  view: ResultsView,
  options: RenderOptions,
  pause: () => Promise<void>,
  current: () => boolean,
): Promise<void> {
  container.replaceChildren();
  let added = 0;
  let budget = FIRST_RESULTS;
  for (const { section, list, items } of resultGroups(view, options)) {
    container.append(section);
    for (const item of items) {
      if (added === budget) {
        await pause();
        if (!current()) return;
        budget += RESULTS_PER_STEP;
      }
      list.append(item);
      added++;
    }
  }
}

/** The non-empty groups of a view: each section (heading and empty list), its list, and the items for it. */
function resultGroups(
  view: ResultsView,
  options: RenderOptions,
): { section: HTMLElement; list: HTMLElement; items: HTMLElement[] }[] {
  return [
    group("People", view.people.map(personItem), options),
    group("Claims", view.claims.map(claimItem), options),
    group("Reports", view.reports.map(reportItem), options),
  ].flatMap((found) => found ?? []);
}

function group(
  label: string,
  items: HTMLElement[],
  options: RenderOptions,
): { section: HTMLElement; list: HTMLElement; items: HTMLElement[] } | undefined {
  if (items.length === 0) return undefined;
  const id = `search-group-${label.toLowerCase()}-${options.headings ? "page" : "panel"}`;
  const heading = options.headings
    ? el("h2", { id, class: "font-serif text-xl font-bold" }, [label])
    : el("p", { id, class: "text-xs font-semibold tracking-wide text-muted uppercase" }, [label]);
  const list = el("ul", { class: "space-y-3" }, []);
  return { section: el("section", { "aria-labelledby": id, class: "space-y-2" }, [heading, list]), list, items };
}

function personItem(person: PersonView): HTMLElement {
  const mentions = person.mentions.map(
    (mention) => `${mention.outlet}: ${mention.count} ${mention.count === 1 ? "mention" : "mentions"}`,
  );
  return el("li", { class: "rounded-lg border border-rule p-3" }, [
    el("a", { href: person.url, class: "font-semibold", "data-result": "" }, [person.name]),
    el("p", { class: "text-sm text-muted" }, [person.role]),
    person.aliases.length > 0 && el("p", { class: "text-sm" }, [`Also written: ${person.aliases.join(", ")}`]),
    el("p", { class: "text-sm" }, [mentions.length > 0 ? mentions.join(" · ") : "Not named in the reports' text"]),
    el("p", { class: "text-sm" }, [
      `${person.claimCount} ${person.claimCount === 1 ? "claim involves" : "claims involve"} ${person.name}`,
    ]),
  ]);
}

function claimItem(claim: ClaimView): HTMLElement {
  const status = STATUS_TEXT[claim.status];
  const quote: Child =
    claim.quote &&
    el("figure", { class: "border-s-2 border-rule ps-3" }, [
      el(
        "blockquote",
        { class: "text-sm", lang: claim.quote.lang, dir: claim.quote.dir },
        claim.quote.pieces.map((piece) =>
          piece.marked ? el("mark", { class: "rounded-sm bg-mark text-ink" }, [piece.text]) : piece.text,
        ),
      ),
      el("figcaption", { class: "text-xs text-muted" }, [`— ${claim.quote.outlet}`]),
    ]);
  const details = [
    `Reported by ${claim.outlets.join(", ")}`,
    ...(claim.people.length > 0 ? [`involves ${claim.people.join(", ")}`] : []),
  ];
  return el("li", { class: "space-y-1" }, [
    el("p", { class: "flex flex-wrap items-center gap-x-2 gap-y-1" }, [
      el("span", { class: `badge status-${claim.status}` }, [
        el("span", { "aria-hidden": "true" }, [status.icon]),
        status.label,
      ]),
      el("a", { href: claim.url, class: "font-semibold", "data-result": "" }, [claim.title]),
    ]),
    quote,
    el("p", { class: "text-xs text-muted" }, [details.join(" · ")]),
  ]);
}

function reportItem(report: ReportView): HTMLElement {
  return el("li", {}, [
    el("a", { href: report.url, lang: report.lang, dir: report.dir, "data-result": "" }, [report.title]),
    el("span", { class: "text-sm text-muted" }, [` — ${report.outlet}`]),
  ]);
}
