import type { BlockInfo } from "../../../plugins/rehype-sentence-ids.ts";
import { tokenize, type Token } from "./nlp.ts";

/**
 * A statement of one report that can be aligned: a body sentence, or a
 * clause of a sentence that carries two statements.
 */
export interface Unit {
  /** `<articleId>#<sentenceId>` for a sentence, plus `~<n>` for its n-th clause. */
  readonly key: string;
  readonly articleId: string;
  /** The sentence this unit is (or is part of): the answer key and quotes speak of sentences. */
  readonly sentenceId: string;
  /** Verbatim text: a slice of the article's own sentence. */
  readonly text: string;
  /** Position in the report, for stable ordering of suggestions. */
  readonly order: number;
  readonly tokens: readonly Token[];
  /** True when this unit is a clause, not a whole sentence. */
  readonly clause: boolean;
  /** Where the unit starts in its sentence (0 for a sentence). */
  readonly offset: number;
}

/** Words that open a second statement after a comma ("…, while Russia…", "…, where Zelenskyy…"). */
const CLAUSE_OPENERS = new Set(["while", "whereas", "where", "although", "though", "but"]);
/**
 * Participles that attribute or list rather than state ("…, according to
 * Witkoff", "…, saying that…", "…, including von der Leyen"): the clause
 * they open belongs to the statement before.
 */
const ATTRIBUTING = new Set([
  "accord",
  "according",
  "say",
  "saying",
  "add",
  "adding",
  "tell",
  "telling",
  "write",
  "writing",
  "include",
  "including",
  "follow",
  "following",
]);
/** The shortest clause worth aligning on its own, in words: shorter ones are asides. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Cut a sentence where a second statement starts: at a semicolon, or at a
 * comma followed by a participle ("…, calling the guarantee historic") or a
 * contrasting conjunction. Rules use part-of-speech tags, not word lists for
 * one story. Returns the clause boundaries as token indexes.
 */
export function clauseBoundaries(tokens: readonly Token[]): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (token.text === ";") cuts.push(i + 1);
    else if (token.text === ",") {
      const participle =
        next.pos === "VERB" &&
        /ing$/iu.test(next.text) &&
        !ATTRIBUTING.has(next.lemma) &&
        !ATTRIBUTING.has(next.text.toLowerCase());
      if (participle || CLAUSE_OPENERS.has(next.lemma)) cuts.push(i + 1);
    }
  }
  return cuts;
}

/** Split one sentence into its clauses (text slices with their tokens); one clause when it carries one statement. */
export function splitClauses(
  text: string,
  tokens: readonly Token[],
): { text: string; tokens: Token[]; start: number }[] {
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.kind !== "punctuation").length;
  const cuts = clauseBoundaries(tokens);
  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    if (
      words(from, cut) >= MIN_CLAUSE_WORDS &&
      (cut === tokens.length || words(cut, tokens.length) >= MIN_CLAUSE_WORDS)
    ) {
      pieces.push({ from, to: cut });
      from = cut;
    }
  }
  if (pieces.length === 0) return [{ text, tokens: [...tokens], start: 0 }];
  const last = pieces[pieces.length - 1] as { from: number; to: number };
  last.to = tokens.length;
  return pieces.map(({ from: a, to: b }) => {
    const slice = tokens.slice(a, b);
    // Trim the comma or semicolon that joined the clauses, keep the text's own characters.
    const body = slice.filter((t, i) => !(i === slice.length - 1 && (t.text === "," || t.text === ";")));
    const start = (body[0] as Token).start;
    const end = (body[body.length - 1] as Token).end;
    return {
      text: text.slice(start, end),
      tokens: body.map((t) => ({ ...t, start: t.start - start, end: t.end - start })),
      start,
    };
  });
}

/**
 * The units of one report: every body sentence (headings are not
 * statements), and the clauses of sentences that carry two statements.
 */
export function reportUnits(articleId: string, blocks: readonly BlockInfo[], firstOrder = 0): Unit[] {
  const units: Unit[] = [];
  let order = firstOrder;
  for (const block of blocks) {
    // Headings have no sentences; list items and table cells are statements like paragraphs.
    for (const sentence of block.sentences) {
      const tokens = tokenize(sentence.text);
      const base = { articleId, sentenceId: sentence.id };
      units.push({
        ...base,
        key: `${articleId}#${sentence.id}`,
        text: sentence.text,
        order: order++,
        tokens,
        clause: false,
        offset: 0,
      });
      const clauses = splitClauses(sentence.text, tokens);
      if (clauses.length < 2) continue;
      clauses.forEach((clause, n) =>
        units.push({
          ...base,
          key: `${articleId}#${sentence.id}~${n}`,
          text: clause.text,
          order: order++,
          tokens: clause.tokens,
          clause: true,
          offset: clause.start,
        }),
      );
    }
  }
  return units;
}
