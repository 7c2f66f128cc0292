import type { StoryView } from "../server/view.ts";
import { h } from "./dom.ts";

export type Story = NonNullable<StoryView["story"]>;
export type Claim = Story["claims"][number];

/** What the page is showing; every change re-renders from the server's state. */
export interface Desk {
  state: StoryView;
  storyId: string | undefined;
  view: "story" | "import";
  /** `articleId#sentenceId` of the focused sentence. */
  focus: string | undefined;
  /** Claim open in the editor. */
  open: string | undefined;
  render: () => void;
  /** Run a request; show its message or conflict instead of throwing. */
  run: <T extends object = object>(path: string, body: Record<string, unknown>) => Promise<T | undefined>;
  /** The version of every claim file the page shows, by path inside content/. */
  bases: () => Record<string, string>;
  message: (text: string, kind?: "status" | "error") => void;
}

export interface Problem {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
}

/** Problems with their file, field and fix. */
export function problemList(problems: readonly Problem[]): HTMLElement {
  return h(
    "ul",
    { class: "problems" },
    problems.map((p) => h("li", {}, h("strong", {}, `${p.file} → ${p.field}: `), p.problem, h("br"), `Fix: ${p.fix}`)),
  );
}

/** Sentences in reading order, report by report, as `articleId#sentenceId`. */
export function sentenceKeys(story: Story): string[] {
  return story.reports.flatMap((r) => r.blocks.flatMap((b) => b.sentences.map((s) => `${r.id}#${s.id}`)));
}

/** A sentence by its key. */
export function sentenceAt(story: Story, key: string | undefined) {
  if (key === undefined) return undefined;
  const [articleId, sentenceId] = key.split("#");
  const report = story.reports.find((r) => r.id === articleId);
  for (const block of report?.blocks ?? []) {
    const sentence = block.sentences.find((s) => s.id === sentenceId);
    if (sentence !== undefined && report !== undefined) return { report, block, sentence };
  }
  return undefined;
}

/** The next sentence after `key` that still has suggestions: where the editor goes after accepting. */
export function nextWithSuggestions(story: Story, key: string | undefined): string | undefined {
  const keys = sentenceKeys(story);
  const at = key === undefined ? -1 : keys.indexOf(key);
  return [...keys.slice(at + 1), ...keys.slice(0, at + 1)].find(
    (k) => (sentenceAt(story, k)?.sentence.suggestions.length ?? 0) > 0,
  );
}

/** A status in words and icon: colour is never the only cue. */
export function statusBadge(status: { status: string; label: string; icon: string }): HTMLElement {
  return h(
    "span",
    { class: `badge badge-${status.status}` },
    h("span", { "aria-hidden": "true" }, status.icon),
    ` ${status.label}`,
  );
}
