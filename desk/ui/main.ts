/**
 * The desk's page: a story at a glance with the engine's suggestions, the
 * claim editor and the report importer. It holds no rule of its own: every
 * decision is the server's, which calls src/lib.
 */
import type { StoryView } from "../server/view.ts";
import { ApiError, api } from "./api.ts";
import { fill, h } from "./dom.ts";
import { claimEditor } from "./claim-editor.ts";
import { importView } from "./import-view.ts";
import { nextWithSuggestions, problemList, sentenceKeys, type Desk, type Story } from "./shared.ts";
import { storyPanel } from "./story-view.ts";
import { suggestionsFor } from "./suggestions-view.ts";

type View = StoryView;

const KEYS: [string, string][] = [
  ["j", "next sentence"],
  ["k", "previous sentence"],
  ["a", "accept the first suggestion"],
  ["r", "reject the first suggestion"],
  ["1 2 3", "accept the sentence into the engine's first, second or third claim"],
  ["o", "open the sentence's claim"],
  ["u", "undo the last write"],
  ["Esc", "close the claim editor"],
];

const root = document.getElementById("desk") as HTMLElement;
const desk: Desk = {
  state: undefined as unknown as View,
  storyId: undefined,
  view: "story",
  focus: undefined,
  open: undefined,
  render,
  run,
  bases: () =>
    Object.fromEntries((desk.state.story?.claims ?? []).map((c) => [c.file.replace(/^content\//u, ""), c.version])),
  message,
};

function message(text: string, kind: "status" | "error" = "status"): void {
  const box = document.getElementById(kind === "error" ? "desk-error" : "desk-status");
  if (box !== null) fill(box, text);
  if (kind === "status") fill(document.getElementById("desk-error") as HTMLElement);
}

async function run<T extends object = object>(path: string, body: Record<string, unknown>): Promise<T | undefined> {
  try {
    const result = await api<T & { state?: View }>(path, { story: desk.storyId, ...body });
    if (result.state !== undefined) desk.state = result.state;
    fill(document.getElementById("desk-conflict") as HTMLElement);
    render();
    return result;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showRefusal(error);
    return undefined;
  }
}

function showRefusal(error: ApiError): void {
  message(error.message, "error");
  const conflicts = error.body.conflicts as { path: string; disk: string | null }[] | undefined;
  const problems = error.body.problems as { file: string; field: string; problem: string; fix: string }[] | undefined;
  const box = document.getElementById("desk-conflict") as HTMLElement;
  fill(
    box,
    conflicts !== undefined &&
      h(
        "section",
        { class: "conflict", "aria-labelledby": "conflict-title" },
        h("h2", { id: "conflict-title" }, "Changed on disk: nothing was written"),
        conflicts.map((c) =>
          h(
            "div",
            {},
            h("h3", {}, `content/${c.path}`),
            c.disk === null ? h("p", {}, "The file is gone.") : h("pre", { tabindex: "0" }, c.disk),
          ),
        ),
        h("button", { type: "button", onclick: () => void reload() }, "Reload the desk from disk"),
      ),
    problems !== undefined && problemList(problems),
  );
}

async function reload(): Promise<void> {
  desk.state = await api<View>(
    `/api/state${desk.storyId === undefined ? "" : `?story=${encodeURIComponent(desk.storyId)}`}`,
  );
  desk.storyId = desk.state.story?.id ?? desk.storyId;
  fill(document.getElementById("desk-conflict") as HTMLElement);
  render();
}

function render(): void {
  const state = desk.state;
  const main = root.querySelector("main") as HTMLElement;
  const nav = root.querySelector("#desk-nav") as HTMLElement;
  fill(
    nav,
    h(
      "label",
      {},
      "Story ",
      h(
        "select",
        {
          id: "story-select",
          onchange: (event: Event) => {
            desk.storyId = (event.target as HTMLSelectElement).value;
            void reload();
          },
        },
        state.stories.map((s) => h("option", { value: s.id, selected: s.id === state.story?.id }, s.title)),
      ),
    ),
    h(
      "button",
      { type: "button", "aria-pressed": String(desk.view === "story"), onclick: () => show("story") },
      "Story at a glance",
    ),
    h(
      "button",
      { type: "button", "aria-pressed": String(desk.view === "import"), onclick: () => show("import") },
      "Add a report",
    ),
    h("button", { type: "button", id: "publish", onclick: () => void publish() }, "Publish claim ids"),
    h(
      "button",
      { type: "button", id: "undo", disabled: state.lastWrite === null, onclick: () => void undo() },
      state.lastWrite === null ? "Nothing to undo" : `Undo: ${state.lastWrite}`,
    ),
  );
  if (desk.view === "import") {
    fill(main, importView(desk));
    return;
  }
  if (state.story === null) {
    fill(main, h("h2", {}, "The content does not prove"), problemList(state.problems));
    return;
  }
  const editor = desk.open === undefined ? undefined : state.story.claims.find((c) => c.id === desk.open);
  fill(
    main,
    state.problems.length > 0 && h("section", { "aria-label": "Problems" }, problemList(state.problems)),
    h(
      "div",
      { class: "workspace" },
      storyPanel(desk, state.story),
      editor === undefined ? suggestionsAside(state.story) : claimEditor(desk, state.story, editor),
    ),
  );
  restoreFocus();
}

function show(view: Desk["view"]): void {
  desk.view = view;
  render();
}

async function publish(): Promise<void> {
  const result = await run<{ added: string[] }>("/api/publish", {});
  if (result !== undefined)
    message(
      result.added.length === 0
        ? "No new claim ids to publish."
        : `Published ${result.added.length} claim ids: ${result.added.join(", ")}.`,
    );
}

async function undo(): Promise<void> {
  const result = await run<{ undone: string }>("/api/undo", {});
  if (result !== undefined) message(`Undone: ${result.undone}.`);
}

/** The focused sentence's suggestions, or a hint. */
function suggestionsAside(story: Story): HTMLElement {
  return h("aside", { class: "side", "aria-labelledby": "side-title" }, ...suggestionsFor(desk, story));
}

function restoreFocus(): void {
  if (desk.focus === undefined) return;
  const element = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(desk.focus)}"]`);
  if (element !== null && document.activeElement?.closest("aside, form, .editor") == null)
    element.focus({ preventScroll: false });
}

function moveFocus(step: 1 | -1): void {
  const story = desk.state.story;
  if (story === null) return;
  const keys = sentenceKeys(story);
  const at = desk.focus === undefined ? -1 : keys.indexOf(desk.focus);
  const next = keys[Math.max(0, Math.min(keys.length - 1, at + step))];
  if (next === undefined) return;
  desk.focus = next;
  render();
}

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (event.key === "Escape" && desk.open !== undefined) {
    desk.open = undefined;
    render();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || target.closest("input, textarea, select") !== null) return;
  if (desk.view !== "story") return;
  const actions: Record<string, () => void> = {
    j: () => moveFocus(1),
    k: () => moveFocus(-1),
    a: () => (document.querySelector<HTMLButtonElement>("[data-accept]") ?? undefined)?.click(),
    r: () => (document.querySelector<HTMLButtonElement>("[data-reject]") ?? undefined)?.click(),
    o: () => (document.querySelector<HTMLButtonElement>("[data-open-focused]") ?? undefined)?.click(),
    u: () => void undo(),
    ...Object.fromEntries(
      ["1", "2", "3"].map((n) => [
        n,
        () => (document.querySelector<HTMLButtonElement>(`[data-accept-candidate="${n}"]`) ?? undefined)?.click(),
      ]),
    ),
  };
  const action = actions[event.key];
  if (action === undefined) return;
  event.preventDefault();
  action();
});

fill(
  root,
  h("header", { class: "bar" }, h("h1", {}, "Editor’s desk"), h("nav", { id: "desk-nav", "aria-label": "Desk" })),
  h(
    "section",
    { class: "keys", "aria-labelledby": "keys-title" },
    h("h2", { id: "keys-title" }, "Keys"),
    h(
      "ul",
      {},
      KEYS.map(([key, what]) => h("li", {}, h("kbd", {}, key), ` ${what}`)),
    ),
  ),
  h("p", { id: "desk-status", role: "status" }),
  h("p", { id: "desk-error", role: "alert" }),
  h("div", { id: "desk-conflict" }),
  h("main", {}),
);
void reload().then(() => {
  const story = desk.state.story;
  if (story !== null) desk.focus = nextWithSuggestions(story, undefined) ?? sentenceKeys(story)[0];
  render();
});
