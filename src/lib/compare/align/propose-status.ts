import type { UnitDetail } from "./features.ts";
import { sameEventTime, type TimeFrame } from "./time-frame.ts";
import { dateGrain } from "../dates.ts";

/** What status proposal reads of one report's account: its details and whether it denies. */
export interface AccountEvidence {
  readonly details: readonly UnitDetail[];
  readonly negated: boolean;
  /** The account's words: a name the NLP library missed there is still named ("Quint, who heads…"). */
  readonly text?: string;
  /** When the account's event happens: dates of a done and an expected event never conflict. */
  readonly timeFrame?: TimeFrame;
}

/** A proposed status with the drafted note that explains a `differ`. */
export interface ProposedStatus {
  readonly status: "agree" | "differ";
  /** What differs, for the editor to rewrite: "Brussels vs. Washington; only Republic Policy names Starmer". */
  readonly note?: string;
  /** With `agree`: details only some accounts name ("only Republic Policy names Alaska and Friday"); the page shows them as "Agree · details differ". */
  readonly details?: string;
}

/** Kinds whose values exclude each other within one claim: two places, dates or figures for one fact. */
const EXCLUSIVE: readonly UnitDetail["kind"][] = ["place", "date", "number"];

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** One text per key, in order of appearance, of the details that fill one slot. */
function byKey(details: readonly UnitDetail[], slot: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const detail of details)
    if (slotOf(detail) === slot && !found.has(detail.key)) found.set(detail.key, detail.text);
  return found;
}

/**
 * What a detail answers: "where", "when" (of the sentence's event or of a
 * clause of time, at one grain: a weekday never conflicts with a date of a
 * month, which may be the same day), or "how many of what" (figures of
 * different things never conflict).
 */
const slotOf = (detail: UnitDetail) =>
  detail.kind === "number"
    ? `number:${detail.slot ?? ""}`
    : detail.kind === "date"
      ? `date:${detail.slot ?? ""}:${dateGrain(detail.key)}`
      : detail.kind;

/**
 * Propose agree or differ for units aligned across reports.
 *
 * 1. Exclusive details: where two reports both name a place, date or figure
 *    and the values differ, that is a difference ("340 vs. about 300").
 * 2. People only one report names: a difference ("only Republic Policy
 *    names Starmer, Macron and Meloni"), since who took part is part of
 *    the claim.
 * 3. Polarity: one account negates what the other states ("No injuries were
 *    reported" against "One man was taken to hospital").
 * Otherwise the accounts agree; other details only one names (a place, a
 * day, an organisation) are listed with the agreement, so the page can say
 * "Agree · details differ" and a reader is never told two reports agree on
 * what only one says.
 */
export function proposeStatus(
  members: ReadonlyMap<string, AccountEvidence>,
  label: (articleId: string) => string,
): ProposedStatus {
  const notes: string[] = [];
  const extras: string[] = [];
  const accounts = unifyNames([...members.entries()]);
  const claimed = new Set<string>();
  const slots = new Set(accounts.flatMap(([, f]) => f.details.filter((d) => EXCLUSIVE.includes(d.kind)).map(slotOf)));
  for (const slot of [...slots].sort()) {
    const filling = accounts.filter(([, f]) => byKey(f.details, slot).size > 0);
    if (slot.startsWith("date:") && !oneEventTime(filling.map(([, f]) => f.timeFrame))) continue;
    const values = filling.map(([, f]) => byKey(f.details, slot));
    // Two accounts conflict when each gives a value the other does not ("Drummore" / "Lisgarrow", both
    // also naming Port Anvel); a third that agrees with one never hides the conflict.
    const conflicting = values.some((v, i) =>
      values.some((w, j) => j > i && [...v.keys()].some((k) => !w.has(k)) && [...w.keys()].some((k) => !v.has(k))),
    );
    if (!conflicting) continue;
    // The values not every filling account gives, each once, in order of appearance.
    const given = new Map<string, string>();
    for (const v of values) for (const [key, text] of v) if (!given.has(key)) given.set(key, text);
    const disputed = [...given].filter(([key]) => !values.every((v) => v.has(key)));
    notes.push(disputed.map(([, text]) => text).join(" vs. "));
    const kind = slot.split(":")[0] as string;
    for (const [key] of disputed) claimed.add(`${kind}:${key}`);
  }
  for (const [id, features] of accounts) {
    const others = new Set(
      accounts.filter(([other]) => other !== id).flatMap(([, f]) => f.details.map((d) => `${d.kind}:${d.key}`)),
    );
    const otherTexts = accounts.filter(([other]) => other !== id).map(([, f]) => f.text ?? "");
    const own = new Map<string, string>();
    for (const detail of features.details) {
      const term = `${detail.kind}:${detail.key}`;
      if (others.has(term) || claimed.has(term) || own.has(term)) continue;
      if (detail.kind === "name" && otherTexts.some((text) => namesHead(text, detail.text))) continue;
      own.set(term, detail.text);
    }
    // Each text once: a date of a month and the weekday the story's calendar gives it are one phrase.
    const people = [...new Set([...own].filter(([term]) => term.startsWith("person:")).map(([, text]) => text))];
    const otherDetails = [...new Set([...own].filter(([term]) => !term.startsWith("person:")).map(([, text]) => text))];
    if (people.length > 0) notes.push(`only ${label(id)} names ${listWords(people)}`);
    if (otherDetails.length > 0) extras.push(`only ${label(id)} names ${listWords(otherDetails)}`);
  }
  const negated = accounts.filter(([, f]) => f.negated).map(([id]) => id);
  if (negated.length > 0 && negated.length < accounts.length) {
    notes.push(
      `${listWords(negated.map(label))} ${negated.length > 1 ? "negate" : "negates"} what the other ${accounts.length - negated.length > 1 ? "reports state" : "report states"}`,
    );
  }
  if (notes.length > 0) return { status: "differ", note: capitalise([...notes, ...extras].join("; ")) };
  return extras.length === 0 ? { status: "agree" } : { status: "agree", details: capitalise(extras.join("; ")) };
}

/** Whether every pair of accounts' time frames can be one event's (an unknown frame can). */
function oneEventTime(frames: readonly (TimeFrame | undefined)[]): boolean {
  const known = frames.filter((f): f is TimeFrame => f !== undefined);
  return known.every((a) => known.every((b) => sameEventTime(a, b)));
}

/** Whether a name's words stand inside a longer name's ("Orlavik" in "town of Orlavik"): one name, two spans. */
export const wordsInside = (short: string, long: string) => ` ${long} `.includes(` ${short} `);

/**
 * Names the NLP library found, made comparable across accounts: a name
 * whose words stand inside a longer one is that name ("Quint" and "Marta
 * Quint"; "Marlow Bridge" and "town of Marlow Bridge"). Known people and
 * places need no such help: they carry their content id.
 */
function unifyNames(accounts: [string, AccountEvidence][]): [string, AccountEvidence][] {
  // A place read from the text alone is such a name too ("town of Orlavik" and "Orlavik").
  const found = (d: UnitDetail) => d.kind === "name" || (d.kind === "place" && d.unlisted === true);
  const keys = [...new Set(accounts.flatMap(([, a]) => a.details.filter(found).map((d) => d.key)))];
  const canonical = new Map(
    keys.map((key) => [
      key,
      keys.filter((other) => other !== key && wordsInside(key, other)).sort((a, b) => b.length - a.length)[0] ?? key,
    ]),
  );
  return accounts.map(([id, a]) => [
    id,
    { ...a, details: a.details.map((d) => (found(d) ? { ...d, key: canonical.get(d.key) ?? d.key } : d)) },
  ]);
}

/** True when `text` has the last word of `name` as a word of its own ("Quint" for "Marta Quint"). */
function namesHead(text: string, name: string): boolean {
  const head = name.split(/\s+/u).pop() ?? "";
  if (head.length < 2) return false;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
