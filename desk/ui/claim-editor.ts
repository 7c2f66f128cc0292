import { fill, h } from "./dom.ts";
import { problemList, statusBadge, type Claim, type Desk, type Problem, type Story } from "./shared.ts";
import { quote } from "./suggestions-view.ts";

interface Account {
  quotes: string[];
  summary: string;
  speaker?: string;
  direct: boolean;
}
interface Fields {
  story: string;
  title: string;
  topic: string;
  people?: string[];
  places?: string[];
  status?: "agree" | "differ";
  note?: string;
  redirectFrom?: string[];
  accounts: Record<string, Account>;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Unsaved edits per claim, kept across re-renders (adding a person re-renders
 * the page) as long as the file is the version they started from.
 */
const unsaved = new Map<string, { version: string; fields: Fields; newId: string }>();

/** Forget a claim's unsaved edits (saved, or closed). */
export function forgetEdits(id: string): void {
  unsaved.delete(id);
}

/**
 * The claim editor: every field of the claim file, the details the build
 * computes and the build's proof, run on every change with each problem
 * shown at its field (file, field and fix).
 */
export function claimEditor(desk: Desk, story: Story, claim: Claim): HTMLElement {
  const kept = unsaved.get(claim.id);
  const edits =
    kept?.version === claim.version
      ? kept
      : { version: claim.version, fields: structuredClone(claim.fields) as Fields, newId: claim.id };
  unsaved.set(claim.id, edits);
  const fields = edits.fields;
  let newId = edits.newId;
  const problemsBox = h("div", { class: "problems-box", "aria-live": "polite" });
  const detailsBox = h("div", { class: "details", "aria-live": "polite" });
  const spots = new Map<string, HTMLElement>();
  const spot = (field: string): HTMLElement => {
    const element = h("div", { class: "field-problems", "data-problems-for": field });
    spots.set(field, element);
    return element;
  };
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void prove(), 200);
  };
  const prove = async () => {
    const response = await fetch("/api/claims/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: newId, fields }),
    });
    const result = (await response.json()) as { problems?: Problem[]; details?: string[]; error?: string };
    showProblems(
      result.error === undefined
        ? (result.problems ?? [])
        : [{ file: claim.file, field: "id", problem: result.error, fix: "choose another id" }],
    );
    fill(
      detailsBox,
      (result.details ?? []).map((line) => h("p", { "data-details-only": "" }, line)),
    );
  };
  const showProblems = (problems: readonly Problem[]) => {
    for (const element of spots.values()) fill(element);
    const own = problems.filter((p) => p.file.endsWith(`claims/${newId}.yaml`));
    const elsewhere: Problem[] = problems.filter((p) => !own.includes(p));
    for (const p of own) {
      const target =
        spots.get(p.field) ??
        spots.get(p.field.replace(/\[\d+\]$/u, "")) ??
        spots.get(p.field.split(".").slice(0, 2).join("."));
      if (target === undefined) elsewhere.push(p);
      else target.append(problemList([p]));
    }
    fill(
      problemsBox,
      elsewhere.length > 0 && h("div", {}, h("p", {}, "Problems:"), problemList(elsewhere)),
      own.length === 0 && elsewhere.length === 0 && h("p", { class: "ok" }, "✓ Proves: the build accepts this claim."),
    );
  };
  const input = (label: string, field: string, value: string, set: (v: string) => void, multiline = false) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: `f-${field}` }, label),
      h(multiline ? "textarea" : "input", {
        id: `f-${field}`,
        value,
        oninput: (event: Event) => {
          set((event.target as HTMLInputElement).value);
          check();
        },
      }),
      spot(field),
    );
  const picker = (kind: "people" | "places", all: readonly { id: string; name: string }[]) => {
    const chosen = new Set(fields[kind] ?? []);
    const name = h("input", {
      id: `new-${kind}`,
      "aria-label": kind === "people" ? "New person's name" : "New place's name",
    }) as HTMLInputElement;
    const role = h("input", {
      id: "new-people-role",
      "aria-label": "New person's role",
      placeholder: "Role, e.g. Mayor of Millbrook",
    }) as HTMLInputElement;
    return h(
      "fieldset",
      { class: "picker" },
      h("legend", {}, kind === "people" ? "People" : "Places"),
      all.map((entity) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            checked: chosen.has(entity.id),
            onchange: (event: Event) => {
              if ((event.target as HTMLInputElement).checked) chosen.add(entity.id);
              else chosen.delete(entity.id);
              fields[kind] = all.map((e) => e.id).filter((id) => chosen.has(id));
              check();
            },
          }),
          ` ${entity.name}`,
        ),
      ),
      spot(kind),
      h(
        "div",
        { class: "actions" },
        name,
        kind === "people" && role,
        h(
          "button",
          {
            type: "button",
            onclick: async () => {
              const result = await desk.run<{ id: string }>(`/api/${kind}`, { name: name.value, role: role.value });
              if (result === undefined) return;
              // The page re-rendered with the new entry; the kept edits now pick it.
              fields[kind] = [...(fields[kind] ?? []), result.id];
              desk.message(`Added ${result.id}, picked for this claim: save to keep it.`);
              desk.render();
            },
          },
          kind === "people" ? "Add person" : "Add place",
        ),
      ),
    );
  };
  const labels = new Map(story.reports.map((r) => [r.id, r.label]));
  const accounts = Object.entries(fields.accounts).map(([articleId, account]) =>
    h(
      "fieldset",
      { class: "account", "data-account": articleId },
      h("legend", {}, labels.get(articleId) ?? articleId),
      account.quotes.map((text, i) =>
        h(
          "div",
          { class: "field" },
          h("label", { for: `f-q-${articleId}-${i}` }, `Quote ${i + 1}`),
          h("textarea", {
            id: `f-q-${articleId}-${i}`,
            value: text,
            oninput: (event: Event) => {
              account.quotes[i] = (event.target as HTMLTextAreaElement).value;
              check();
            },
          }),
          spot(`accounts.${articleId}.quotes[${i}]`),
        ),
      ),
      spot(`accounts.${articleId}.quotes`),
      input("Summary", `accounts.${articleId}.summary`, account.summary, (v) => (account.summary = v)),
      h(
        "div",
        { class: "field" },
        h("label", { for: `f-speaker-${articleId}` }, "Speaker"),
        h(
          "select",
          {
            id: `f-speaker-${articleId}`,
            onchange: (event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              if (value === "") delete account.speaker;
              else account.speaker = value;
              check();
            },
          },
          h("option", { value: "" }, "(none)"),
          desk.state.people.map((p) => h("option", { value: p.id, selected: p.id === account.speaker }, p.name)),
        ),
        spot(`accounts.${articleId}.speaker`),
      ),
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          checked: account.direct,
          onchange: (event: Event) => {
            account.direct = (event.target as HTMLInputElement).checked;
            check();
          },
        }),
        " Direct: the speaker's own words",
      ),
    ),
  );
  const statusSelect = h(
    "select",
    {
      id: "f-status",
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (value === "") delete fields.status;
        else fields.status = value as "agree" | "differ";
        check();
      },
    },
    h("option", { value: "" }, "(none: only one report)"),
    (["agree", "differ"] as const).map((status) =>
      h(
        "option",
        { value: status, selected: fields.status === status },
        `${story.statuses[status]?.icon ?? ""} ${story.statuses[status]?.label ?? status}`,
      ),
    ),
  );
  const mergeWith = h(
    "select",
    { id: "merge-with", "aria-label": "Merge this claim with" },
    story.claims.filter((c) => c.id !== claim.id).map((c) => h("option", { value: c.id }, c.title)),
  );
  const splitId = h("input", {
    id: "split-id",
    "aria-label": "Id of the new claim",
    value: `${claim.id}-2`,
  }) as HTMLInputElement;
  const splitChecks = Object.keys(fields.accounts).map(
    (id) =>
      h("input", { type: "checkbox", value: id, "aria-label": `Move ${labels.get(id) ?? id}` }) as HTMLInputElement,
  );
  const save = async () => {
    const result = await desk.run<{ claim: string }>("/api/claims/save", {
      id: claim.id,
      ...(newId === claim.id ? {} : { newId }),
      fields,
      bases: desk.bases(),
    });
    if (result === undefined) return;
    forgetEdits(claim.id);
    desk.open = result.claim;
    desk.message(`Saved ${result.claim}.`);
    desk.render();
  };
  const editor = h(
    "form",
    {
      class: "editor side",
      "aria-labelledby": "editor-title",
      onsubmit: (event: Event) => {
        event.preventDefault();
        void save();
      },
    },
    h("h2", { id: "editor-title" }, "Claim ", statusBadge(claim)),
    h(
      "p",
      { class: "muted" },
      claim.file,
      claim.published ? " · published: renaming keeps the old id in redirectFrom" : "",
    ),
    input("Id (file name)", "id", newId, (v) => (newId = edits.newId = v.trim())),
    input("Title", "title", fields.title, (v) => (fields.title = v)),
    input("Topic", "topic", fields.topic, (v) => (fields.topic = v)),
    h("div", { class: "field" }, h("label", { for: "f-status" }, "Status"), statusSelect, spot("status")),
    input("Note", "note", fields.note ?? "", (v) => (v === "" ? delete fields.note : (fields.note = v)), true),
    detailsBox,
    problemsBox,
    picker("people", desk.state.people),
    picker("places", desk.state.places),
    accounts,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "save-claim" }, "Save claim"),
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            forgetEdits(claim.id);
            desk.open = undefined;
            desk.render();
          },
        },
        "Close without saving",
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", onclick: () => void quote(desk, claim.id) },
        "Quote selected words into this claim",
      ),
    ),
    h(
      "details",
      {},
      h("summary", {}, "Merge or split"),
      h(
        "div",
        { class: "actions" },
        mergeWith,
        h(
          "button",
          {
            type: "button",
            onclick: () =>
              void desk.run("/api/claims/merge", {
                keep: claim.id,
                gone: (mergeWith as HTMLSelectElement).value,
                bases: desk.bases(),
              }),
          },
          "Merge into this claim",
        ),
      ),
      h(
        "div",
        { class: "actions" },
        splitChecks.map((box) => h("label", { class: "check" }, box, ` ${labels.get(box.value) ?? box.value}`)),
        splitId,
        h(
          "button",
          {
            type: "button",
            onclick: async () => {
              const result = await desk.run<{ claim: string }>("/api/claims/split", {
                id: claim.id,
                newId: splitId.value,
                articleIds: splitChecks.filter((b) => b.checked).map((b) => b.value),
                bases: desk.bases(),
              });
              if (result !== undefined) desk.message(`Split ${result.claim} from ${claim.id}.`);
            },
          },
          "Split the ticked reports into a new claim",
        ),
      ),
    ),
  );
  void prove();
  return editor;
}
