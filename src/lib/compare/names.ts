import nlp from "compromise";
import { foldName } from "../people/name-matcher.ts";
import type { TextRange } from "../text/ranges.ts";
import { overlapsAny, type Detail } from "./types.ts";

/**
 * Other proper names a text uses (organisations, broadcasters, platforms,
 * people and places without an entry in content/), found by compromise's
 * tagger: its organisations, people, places and topics, plus any run of
 * words it tags as a proper noun or acronym ("Truth Social" is only that).
 *
 * Two runs joined by "of" or "of the" are one name ("State of the Union",
 * "Bank of Portugal"). The runs are then cut where the reader would: at
 * punctuation, at a possessive ("NATO's Article" is NATO), and around the
 * spans other details already took (known people, dates, numbers). What is
 * left is dropped when it is only titles and demonyms ("Ukrainian
 * President"), a title with a one-word complement ("Secretary of State"),
 * only known places, a known alias in another case ("RUSSIA"), or a lone
 * capitalised word at the start of a sentence that compromise does not know
 * as a name. Last, a name that is only a fragment of a longer name of the
 * same text ("Ally" beside "NATO Ally") is dropped (withoutNameFragments).
 */

/** The slice of compromise's JSON output we read. */
interface TermJson {
  readonly text: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}
interface Term extends TextRange {
  readonly text: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** First term of its sentence. */
  readonly first: boolean;
}

const JSON_OPTIONS = { offset: true, terms: { offset: true } } as const;
const POSSESSIVE = /['’]s$/u;
/** Punctuation after a term ends a name ("CNN, BBC"); a space or hyphen does not. */
const BREAK_AFTER = /[^\s-]/u;
/**
 * What stands before a sentence's first word: a full stop, a colon or a line
 * break, then perhaps quotes or brackets. compromise does not split sentences
 * inside quotations ("… quickly. Faster than a ceasefire," he said), so the
 * start of a sentence is read from the text too.
 */
const SENTENCE_START = /(?:^|[.!?:;…]["'”’)\]]*\s|\n)[\s"'“‘([]*$/u;
/** An all-capital word ("NATO’s") opening a sentence, which compromise does not always tag as an acronym. */
const ACRONYM = /^\p{Lu}{2,}(?:['’]s)?$/u;
const NAME_TAGS = ["Organization", "Person", "Place", "Acronym"];
/** Words that join two capitalised runs into one name: "State of the Union". */
const CONNECTORS = new Set(["of", "the"]);
const CAPITALISED = /^\p{Lu}/u;

/** Any compromise view: all we need of one is its JSON. */
interface JsonView {
  json(options: typeof JSON_OPTIONS): unknown;
}
const candidateViews = (doc: ReturnType<typeof nlp>): JsonView[] => [
  doc.organizations(),
  doc.people(),
  doc.places(),
  doc.topics(),
  doc.match("#ProperNoun+"),
  doc.match("#Acronym"),
];

/** A folded, lowercase key without dots, so "U.N." and "UN" compare equal. */
export const nameKey = (text: string): string =>
  foldName(text).toLowerCase().replaceAll(".", "").replace(/\s+/gu, " ").trim();

/** A name's words, folded and lowercase, without punctuation: "Washington, D.C." → "washington dc". */
export const nameWords = (text: string): string =>
  nameKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The words of `text` from `from` to `to`, with each known place in that
 * stretch read as the place's id and each adjective a place lists read as
 * that place: "EU Commission" (an alias), "European Union Commission" (the
 * name) and "European Commission" (an adjective) all read "european union
 * commission". Name keys are made this way, and reports are searched for
 * them this way, so the spellings of one organisation compare equal.
 *
 * @param places known places found in `text`, in text order (key: the place id)
 * @param adjectives nameKey of an adjective → the id of the place it stands for
 */
export function placeKeyedWords(
  text: string,
  places: readonly Detail[],
  adjectives: ReadonlyMap<string, string>,
  from = 0,
  to = text.length,
): string {
  // Adjectives are read in the text between places only: a place's id may itself hold one ("european-union").
  const gap = (stretch: string): string =>
    nameWords(stretch)
      .split(" ")
      .map((word) => {
        const place = adjectives.get(word);
        return place === undefined ? word : nameWords(place);
      })
      .join(" ");
  const parts: string[] = [];
  let cursor = from;
  for (const place of places) {
    if (place.end <= cursor || place.start >= to) continue;
    parts.push(gap(text.slice(cursor, place.start)), nameWords(place.key));
    cursor = Math.min(place.end, to);
  }
  parts.push(gap(text.slice(cursor, to)));
  return parts.filter((part) => part !== "").join(" ");
}

/**
 * Proper names in a text that no other detail took.
 *
 * @param taken spans of people, dates and numbers already found
 * @param places known places found in the text (key: the place id): a name may start with one ("EU Commission") but not be one
 * @param knownKeys nameKey of every alias of a known person or place
 * @param adjectives nameKey of an adjective → the id of the place it stands for ("european" → "european-union")
 */
export function findNames(
  text: string,
  taken: readonly TextRange[],
  places: readonly Detail[],
  knownKeys: ReadonlySet<string>,
  adjectives: ReadonlyMap<string, string> = new Map(),
): Detail[] {
  if (!mayHoldName(text, [...taken, ...places])) return [];
  const doc = nlp(text);
  const terms: Term[] = (doc.json(JSON_OPTIONS) as Array<{ terms: TermJson[] }>).flatMap((sentence) =>
    sentence.terms.map((term, index) => ({
      text: term.text,
      post: term.post,
      tags: new Set(term.tags),
      start: term.offset.start,
      end: term.offset.start + term.offset.length,
      first: index === 0 || SENTENCE_START.test(text.slice(Math.max(0, term.offset.start - 8), term.offset.start)),
    })),
  );
  const indexAt = new Map(terms.map((term, index) => [term.start, index]));
  const marked = new Array<boolean>(terms.length).fill(false);
  for (const view of candidateViews(doc)) {
    for (const match of view.json(JSON_OPTIONS) as Array<{ terms: TermJson[] }>) {
      const from = indexAt.get(match.terms[0]?.offset.start ?? -1);
      const to = indexAt.get(match.terms.at(-1)?.offset.start ?? -1);
      if (from === undefined || to === undefined) continue;
      for (let i = from; i <= to; i++) marked[i] = true;
    }
  }

  joinConnectors(terms, marked, taken);

  const names: Detail[] = [];
  let run: Term[] = [];
  const flush = (): void => {
    const name = toName(run, text, { places, knownKeys, adjectives });
    if (name !== undefined) names.push(name);
    run = [];
  };
  terms.forEach((term, index) => {
    if (!marked[index] || overlapsAny(term, taken)) return flush();
    run.push(term);
    if (POSSESSIVE.test(term.text) || BREAK_AFTER.test(term.post)) flush();
  });
  flush();
  return names;
}

/**
 * Mark "of" and "of the" between two marked runs as part of them, so
 * "State of the Union" is one run, not "State" and "Union". Only within a
 * phrase: not after punctuation or a possessive, nor into a taken span.
 */
function joinConnectors(terms: readonly Term[], marked: boolean[], taken: readonly TextRange[]): void {
  terms.forEach((term, i) => {
    const before = terms[i - 1];
    if (term.text !== "of" || !marked[i - 1] || before === undefined) return;
    if (POSSESSIVE.test(before.text) || BREAK_AFTER.test(before.post) || BREAK_AFTER.test(term.post)) return;
    const j = terms[i + 1]?.text === "the" && !BREAK_AFTER.test(terms[i + 1]?.post ?? "") ? i + 2 : i + 1;
    const after = terms[j];
    if (after === undefined || !marked[j] || !CAPITALISED.test(after.text) || overlapsAny(after, taken)) return;
    for (let k = i; k < j; k++) marked[k] = true;
  });
}

/**
 * Names whose words are only a run of the words of a longer name in the same
 * list ("Ally" beside "NATO Ally", "State" beside "State of the Union",
 * "Rutte" beside "Mark Rutte"): a fragment standing for that name, not
 * another one. Other details pass untouched.
 */
export function withoutNameFragments<T extends Pick<Detail, "kind" | "key">>(details: readonly T[]): T[] {
  const names = new Set(details.filter((detail) => detail.kind === "name").map((detail) => ` ${detail.key} `));
  const isFragment = (key: string): boolean =>
    [...names].some((name) => name !== ` ${key} ` && name.includes(` ${key} `));
  return details.filter((detail) => detail.kind !== "name" || !isFragment(detail.key));
}

/**
 * Whether compromise could find a name here at all: some capital letter,
 * outside the spans other details took, that does not merely open a
 * sentence (all-capital words count: their second letter is a capital).
 * Tagging costs about a millisecond a sentence and most quotes name only
 * known people and places, so those skip it. The one name this misses is a
 * single word opening a sentence that has no other capital ("Reuters said
 * so."), which findNames would keep only if compromise knew it as a name.
 */
function mayHoldName(text: string, taken: readonly TextRange[]): boolean {
  for (const match of text.matchAll(/\p{Lu}/gu)) {
    const index = match.index;
    if (taken.some((span) => span.start <= index && index < span.end)) continue;
    if (!SENTENCE_START.test(text.slice(Math.max(0, index - 8), index))) return true;
  }
  return false;
}

/** Titles and roles ("President", "Secretary General"): compromise tags them Honorific or Actor. */
const isTitle = (term: Term): boolean =>
  !ACRONYM.test(term.text) && (term.tags.has("Honorific") || term.tags.has("Actor"));
const isTitleOrDemonym = (term: Term): boolean => isTitle(term) || term.tags.has("Demonym");

/** What findNames knows of the site's people and places. */
interface Known {
  readonly places: readonly Detail[];
  readonly knownKeys: ReadonlySet<string>;
  readonly adjectives: ReadonlyMap<string, string>;
}

/** The name a run of terms makes, or undefined when it is noise (see findNames). */
function toName(run: readonly Term[], text: string, { places, knownKeys, adjectives }: Known): Detail | undefined {
  let terms = [...run];
  while (terms.length > 0 && isTitle(terms[0] as Term)) terms = terms.slice(1);
  while (terms.length > 0 && isTitle(terms.at(-1) as Term)) terms = terms.slice(0, -1);
  // A title's complement ("Secretary of State", "President of the Ruritania Senate"): one word is part of the title.
  const complement = terms.length < run.length && CONNECTORS.has(terms[0]?.text ?? "");
  while (terms.length > 0 && CONNECTORS.has((terms[0] as Term).text)) terms = terms.slice(1);
  if (complement && terms.length === 1 && !ACRONYM.test((terms[0] as Term).text)) return undefined;
  const [head, last] = [terms[0], terms.at(-1)];
  if (head === undefined || last === undefined) return undefined;
  const readsAsPlace = (term: Term): boolean => overlapsAny(term, places) || adjectives.has(nameKey(term.text));
  if (terms.every(isTitleOrDemonym) || terms.every(readsAsPlace)) return undefined;
  if (terms.length === 1 && head.first && !NAME_TAGS.some((tag) => head.tags.has(tag)) && !ACRONYM.test(head.text))
    return undefined;
  const end = POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
  const words = text.slice(head.start, end);
  if (!/\p{Lu}/u.test(words)) return undefined;
  const spelled = nameKey(words);
  if (spelled === "" || knownKeys.has(spelled)) return undefined;
  const key = placeKeyedWords(text, places, adjectives, head.start, end);
  return { kind: "name", key, text: words, start: head.start, end };
}
