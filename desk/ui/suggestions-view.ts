import { h, type Child } from "./dom.ts";
import { nextWithSuggestions, sentenceAt, statusBadge, type Desk, type Story } from "./shared.ts";
import { currentSelection } from "./story-view.ts";

/** The side panel: the focused sentence, its claims, the engine's suggestions for it, and quoting by selection. */
export function suggestionsFor(desk: Desk, story: Story): Child[] {
  const at = sentenceAt(story, desk.focus);
  const claims = new Map(story.claims.map((c) => [c.id, c]));
  const accept = async (key: string, into?: string) => {
    // A new claim needs the editor's topic: the field beside the suggestion.
    const topic = document.querySelector<HTMLInputElement>(`[data-suggestion="${key}"] [data-topic]`)?.value;
    const result = await desk.run<{ claim: string }>("/api/suggestions/accept", {
      key,
      bases: desk.bases(),
      ...(into === undefined ? {} : { into }),
      ...(topic === undefined ? {} : { topic }),
    });
    if (result === undefined) return;
    desk.message(`Accepted into ${result.claim}.`);
    const next = desk.state.story === null ? undefined : nextWithSuggestions(desk.state.story, desk.focus);
    if (next !== undefined) desk.focus = next;
    desk.render();
  };
  const acceptCandidate = async (claim: string) => {
    if (at === undefined) return;
    const result = await desk.run<{ claim: string }>("/api/candidates/accept", {
      articleId: at.report.id,
      sentenceId: at.sentence.id,
      claim,
      bases: desk.bases(),
    });
    if (result === undefined) return;
    desk.message(`Accepted into ${result.claim}.`);
    const next = desk.state.story === null ? undefined : nextWithSuggestions(desk.state.story, desk.focus);
    if (next !== undefined) desk.focus = next;
    desk.render();
  };
  const reject = async (key: string) => {
    if ((await desk.run("/api/suggestions/reject", { key })) !== undefined)
      desk.message("Suggestion rejected (for this session).");
  };
  const claimOptions = () => [
    h("option", { value: "new" }, "a new claim"),
    story.claims.map((c) => h("option", { value: c.id }, c.title)),
  ];
  const quoteInto = h("select", { id: "quote-into" }, claimOptions());
  const suggestions = (at?.sentence.suggestions ?? []).flatMap((key) => story.suggestions.filter((s) => s.key === key));
  return [
    h(
      "datalist",
      { id: "story-topics" },
      [...new Set(story.claims.map((c) => topicOf(c)))].map((t) => h("option", { value: t })),
    ),
    h("h2", { id: "side-title" }, "Sentence"),
    at === undefined
      ? h("p", {}, "Press j or k, or click a sentence.")
      : h("blockquote", { class: "focused-sentence" }, h("p", {}, at.sentence.text), h("footer", {}, at.report.label)),
    at !== undefined &&
      at.sentence.claims.length > 0 &&
      h(
        "ul",
        { class: "plain" },
        at.sentence.claims.map((id, i) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                ...(i === 0 ? { "data-open-focused": "" } : {}),
                onclick: () => {
                  desk.open = id;
                  desk.render();
                },
              },
              `Open: ${claims.get(id)?.title ?? id}`,
            ),
          ),
        ),
      ),
    at !== undefined &&
      at.sentence.claims.length === 0 &&
      at.sentence.candidates.length > 0 && [
        h("h2", {}, "The engine’s best claims for it"),
        h(
          "ol",
          { class: "candidates" },
          at.sentence.candidates.map((c, i) =>
            h(
              "li",
              { "data-candidate": c.claim },
              h("strong", {}, claims.get(c.claim)?.title ?? c.claim),
              ` · ${c.strength} (score ${c.score.toFixed(2)})`,
              c.via !== undefined &&
                h(
                  "span",
                  { class: "muted" },
                  ` · like ${story.reports.find((r) => r.id === c.via?.articleId)?.label ?? c.via.articleId}: “${c.via.quote}”`,
                ),
              " ",
              h(
                "button",
                {
                  type: "button",
                  "data-accept-candidate": String(i + 1),
                  onclick: () => void acceptCandidate(c.claim),
                },
                `Accept into this claim (${i + 1})`,
              ),
            ),
          ),
        ),
      ],
    h("h2", {}, `Suggestions (${story.suggestions.length} left in the story)`),
    suggestions.length === 0 &&
      h(
        "p",
        {},
        at?.sentence.claims.length === 0
          ? "None for this sentence: quote its words into a claim below."
          : "None for this sentence.",
      ),
    suggestions.map((s, i) => {
      const target = s.claim === null ? undefined : claims.get(s.claim);
      const into = h("select", { "aria-label": "Accept into" }, claimOptions());
      return h(
        "section",
        { class: "suggestion", "data-suggestion": s.key, "aria-label": `Suggestion ${i + 1}` },
        h(
          "p",
          {},
          h(
            "strong",
            {},
            target === undefined
              ? s.accounts.length > 1
                ? "New claim, with another report"
                : "New claim, this report only"
              : `Join: ${target.title}`,
          ),
        ),
        h(
          "p",
          {},
          "Proposed: ",
          statusBadge({ status: s.status, ...(story.statuses[s.status] ?? { label: s.status, icon: "" }) }),
          ` · score ${s.score.toFixed(2)}`,
        ),
        "error" in s.draft
          ? h("p", { class: "problems" }, s.draft.error)
          : target === undefined
            ? [
                h("p", { "data-draft": s.draft.id }, `Draft: “${s.draft.title}” (content/claims/${s.draft.id}.yaml)`),
                h(
                  "label",
                  { class: "field" },
                  "Topic of the new claim",
                  h("input", {
                    "data-topic": "",
                    list: "story-topics",
                    value: "",
                    onkeydown: (event: Event) => {
                      if ((event as KeyboardEvent).key === "Enter") void accept(s.key);
                    },
                  }),
                ),
              ]
            : h("p", {}, `Adds: ${s.draft.summary}`),
        s.note !== undefined && h("p", {}, `Note: ${s.note}`),
        s.details !== undefined && h("p", {}, `Details: ${s.details}`),
        s.shared.length > 0 && h("p", { class: "muted" }, `Shared: ${s.shared.join(", ")}`),
        s.accounts.map((a) =>
          h(
            "p",
            { class: "muted" },
            `${story.reports.find((r) => r.id === a.articleId)?.label ?? a.articleId}: ${a.quotes.join(" … ")}`,
          ),
        ),
        h(
          "div",
          { class: "actions" },
          h(
            "button",
            {
              type: "button",
              class: "primary",
              ...(i === 0 ? { "data-accept": "" } : {}),
              onclick: () => void accept(s.key),
            },
            "Accept",
          ),
          h(
            "button",
            { type: "button", ...(i === 0 ? { "data-reject": "" } : {}), onclick: () => void reject(s.key) },
            "Reject",
          ),
        ),
        h(
          "div",
          { class: "actions" },
          h("label", {}, "or into ", into),
          h(
            "button",
            { type: "button", onclick: () => void accept(s.key, (into as HTMLSelectElement).value) },
            "Accept into",
          ),
        ),
      );
    }),
    h(
      "section",
      { class: "quote-bar", "aria-labelledby": "quote-title" },
      h("h2", { id: "quote-title" }, "Quote selected words"),
      h(
        "p",
        { id: "selected-words" },
        currentSelection() === undefined ? "Select words in a report." : `“${currentSelection()?.text.trim()}”`,
      ),
      h("label", {}, "into ", quoteInto),
      h(
        "label",
        { class: "field" },
        "Topic, when it is a new claim",
        h("input", { id: "quote-topic", list: "story-topics", value: "" }),
      ),
      h(
        "button",
        {
          type: "button",
          id: "quote-add",
          onclick: () =>
            void quote(
              desk,
              (quoteInto as HTMLSelectElement).value,
              document.querySelector<HTMLInputElement>("#quote-topic")?.value,
            ),
        },
        "Add quote",
      ),
    ),
  ];
}

/** Send the selection's offsets: the server cuts the words from the report itself, so the quote is verbatim. */
export async function quote(desk: Desk, claim: string, topic?: string): Promise<void> {
  const selection = currentSelection();
  if (selection === undefined) {
    desk.message("Select some words in a report first.", "error");
    return;
  }
  const result = await desk.run<{ claim: string }>("/api/quotes", {
    claim,
    ...selection,
    ...(claim === "new" && topic !== undefined ? { topic } : {}),
    bases: desk.bases(),
  });
  if (result !== undefined) desk.message(`Quoted into ${result.claim}.`);
}

/** A claim's topic as its file says. */
function topicOf(claim: Story["claims"][number]): string {
  return String((claim.fields as { topic?: unknown }).topic ?? "");
}
