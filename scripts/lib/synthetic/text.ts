/**
 * Building blocks of the synthetic corpus: a seeded random source, invented
 * names, and English-like news sentences. Everything is drawn from the seed
 * (never Math.random), so one seed always writes the same corpus.
 *
 * Sentences avoid what Markdown or the sentence splitter would reinterpret
 * (no `*`, `_`, `#`, `[`, `<`, no list-like openings, no abbreviations), so
 * a paragraph's text in the built page is exactly the text written here.
 */
import { ordinaryWordIn } from "../../../src/lib/people/ambiguous-names.ts";
import { MONTH_NAMES } from "../../../src/lib/text/months.ts";

/** A seeded pseudo-random source (mulberry32): fast, deterministic, good enough for test data. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Create a random source from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "kr",
  "st",
  "tr",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const CODAS = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rt"];

/** An invented word of 2–3 syllables, capitalised ("Dravosten"): it never collides with the grammar's words. */
export function inventName(random: Random, syllables = random.int(2, 3)): string {
  let word = "";
  for (let i = 0; i < syllables; i++)
    word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : "");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Draw invented names until one is new and no ordinary word ("Page", "Done"), which the content schema refuses
 * as a name; `taken` is updated.
 */
export function uniqueName(random: Random, taken: Set<string>, syllables?: number): string {
  for (;;) {
    const name = inventName(random, syllables);
    if (!taken.has(name) && ordinaryWordIn(name) === undefined) {
      taken.add(name);
      return name;
    }
  }
}

export const TITLES = ["Minister", "Governor", "Senator", "Mayor", "Ambassador", "Commissioner"] as const;
export const THEMES = [
  "ceasefire",
  "budget",
  "trade agreement",
  "pipeline",
  "election law",
  "pension reform",
  "port expansion",
  "water treaty",
  "border crossing",
  "energy deal",
  "grain corridor",
  "housing plan",
  "tax package",
  "railway line",
  "fishing quota",
  "security pact",
  "mining licence",
];
export const TOPICS = [
  "Negotiations",
  "Funding",
  "Security",
  "Timeline",
  "Reactions",
  "Legal challenge",
  "Economy",
  "Public opinion",
  "Diplomacy",
  "Infrastructure",
  "Elections",
  "Casualties",
];
export const OUTLETS = [
  "The Morning Ledger",
  "Harbour Times",
  "The Northern Courier",
  "Daily Meridian",
  "The Civic Post",
  "Evening Standard Wire",
  "Outlet not named",
  "The Valley Herald",
];

/** What a sentence is written about: people (by how the text names them) and places. */
export interface SentenceCast {
  /** How this sentence names each person, e.g. "Varnek" or "Governor Ilsa Varnek". */
  readonly mention: (personIndex: number) => string;
  readonly people: number;
  readonly places: readonly string[];
  readonly theme: string;
}

/** A generated sentence and what it involves. */
export interface Sentence {
  readonly text: string;
  /** Indices into the cast of the people the sentence names. */
  readonly people: readonly number[];
  readonly places: readonly string[];
  /** Index of the person whose own words it quotes, if any. */
  readonly speaker?: number;
}

const OUTCOMES = [
  "be signed",
  "take effect",
  "be reviewed",
  "be delayed",
  "collapse",
  "be put to a vote",
  "be extended",
];
const WHENS = [
  "by the end of the month",
  "before the summer",
  "within weeks",
  "next spring",
  "after the holidays",
  "by Friday",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** "January" … "December", from the project's one month table. */
const MONTHS = MONTH_NAMES.map(capitalise);
const VERBS = ["insisted", "confirmed", "denied", "warned", "suggested", "acknowledged"];
const REACTIONS = ["dismissed", "welcomed", "questioned", "criticised", "praised"];
const ADJECTIVES = ["premature", "misleading", "encouraging", "unrealistic", "constructive", "difficult", "surprising"];
const STATES = ["stalled", "under review", "in force", "contested", "on hold"];
const CRITIQUES = [
  "would cost more than promised",
  "ignored local concerns",
  "had been rushed",
  "favoured a few companies",
  "lacked clear rules",
];
const UNITS = ["families", "workers", "lorries", "households", "soldiers", "ships", "students"];
const CLAUSES = [
  "we will not accept these terms",
  "this agreement protects everyone",
  "nobody asked the people who live here",
  "the numbers speak for themselves",
  "we need more time to read the text",
  "our patience has limits",
];

type Template = (
  random: Random,
  cast: SentenceCast,
  p: number,
  q: number,
  n: number,
) => Omit<Sentence, "places"> & { places?: string[] };

/** Sentence shapes; each names its people through `cast.mention` so aliases vary across an article. */
const TEMPLATES: readonly Template[] = [
  (r, c, p) => ({
    text: `${c.mention(p)} said the ${c.theme} would ${r.pick(OUTCOMES)} ${r.pick(WHENS)}.`,
    people: [p],
  }),
  (r, c, p, q) => ({
    text: `${c.mention(p)} met ${c.mention(q)} in ${r.pick(c.places)} on ${r.pick(DAYS)} to discuss the ${c.theme}.`,
    people: [p, q],
  }),
  (r, c, p, _q, n) => ({
    text: `“${capitalise(r.pick(CLAUSES))}, and ${n} people know it,” ${c.mention(p)} told reporters.`,
    people: [p],
    speaker: p,
  }),
  (r, c, p, _q, n) => ({
    text: `According to ${c.mention(p)}, ${n} ${r.pick(UNITS)} were affected ${r.pick(WHENS)}.`,
    people: [p],
  }),
  (r, c, _p, _q, n) => ({
    text: `Officials in ${r.pick(c.places)} ${r.pick(VERBS)} that the ${c.theme} was ${r.pick(STATES)} for ${n} days.`,
    people: [],
  }),
  (r, c, p) => ({
    text: `${c.mention(p)} ${r.pick(REACTIONS)} the report, calling it ${r.pick(ADJECTIVES)}.`,
    people: [p],
  }),
  (r, c, p, _q, n) => ({
    text: `The ${c.theme} has been ${r.pick(STATES)} since ${r.pick(MONTHS)} ${n}, ${c.mention(p)} added.`,
    people: [p],
  }),
  (r, c, p) => ({ text: `Critics of ${c.mention(p)} argued that the ${c.theme} ${r.pick(CRITIQUES)}.`, people: [p] }),
  (r, c, _p, _q, n) => ({
    text: `In ${r.pick(c.places)}, about ${n} residents gathered on ${r.pick(DAYS)} to protest against the ${c.theme}.`,
    people: [],
  }),
  (r, c, p) => ({
    text: `${c.mention(p)} declined to say whether the ${c.theme} would ${r.pick(OUTCOMES)}.`,
    people: [p],
  }),
  (r, c, p, q) => ({
    text: `A spokesperson for ${c.mention(p)} said talks with ${c.mention(q)} had been ${r.pick(ADJECTIVES)}.`,
    people: [p, q],
  }),
  (r, c, p, q) => ({
    text: `${c.mention(p)} and ${c.mention(q)} are expected to meet again in ${r.pick(c.places)} ${r.pick(WHENS)}.`,
    people: [p, q],
  }),
  (r, c, p, _q, n) => ({
    text: `${c.mention(p)}’s office put the cost of the ${c.theme} at ${n} million, a figure that was ${r.pick(ADJECTIVES)}.`,
    people: [p],
  }),
];

/** One sentence about the cast. Names are re-drawn per sentence; numbers keep most sentences distinct. */
export function makeSentence(random: Random, cast: SentenceCast): Sentence {
  const p = random.int(0, cast.people - 1);
  const q = (p + random.int(1, Math.max(1, cast.people - 1))) % cast.people;
  const sentence = random.pick(TEMPLATES)(random, cast, p, q, random.int(2, 9_000));
  return {
    ...sentence,
    people: [...new Set(sentence.people)],
    places: cast.places.filter((place) => sentence.text.includes(place)),
  };
}

/** A neutral claim title about a theme and the people its quotes name. */
export function makeClaimTitle(random: Random, theme: string, person: string | undefined): string {
  const verb = random.pick(["backs", "questions", "describes", "comments on", "links a figure to", "sets a date for"]);
  return person === undefined ? `The ${theme} is ${random.pick(STATES)}` : `${person} ${verb} the ${theme}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
