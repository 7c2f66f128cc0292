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
  /**
   * Every sentence the unit spans: one, or several for a quotation running over sentences
   * ("We heard a noise. Then it tilted," said Varga): scored as one statement.
   */
  readonly sentenceIds: readonly string[];
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
/** Conjunctions that open a second statement when a subject and a verb of its own follow ("…, and all 212 were safe"). */
const COORDINATING = new Set(["and"]);
const SUBJECTS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const VERBS = new Set(["VERB", "AUX"]);
/** Quotation marks: a straight one opens or closes, curly ones say which. */
const OPENING = new Set(["“"]);
const CLOSING = new Set(["”"]);
const STRAIGHT = new Set(['"']);

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
  const quoted = insideQuotation(tokens);
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    // A quotation is the speaker's words: never cut inside it.
    if (quoted[i] === true || quoted[i + 1] === true) continue;
    if (token.text === ";") cuts.push(i + 1);
    else if (token.text === ",") {
      const participle =
        next.pos === "VERB" &&
        /ing$/iu.test(next.text) &&
        !ATTRIBUTING.has(next.lemma) &&
        !ATTRIBUTING.has(next.text.toLowerCase());
      const coordinated = COORDINATING.has(next.lemma) && opensClause(tokens, i + 2);
      if (participle || coordinated || CLAUSE_OPENERS.has(next.lemma)) cuts.push(i + 1);
    }
  }
  return cuts;
}

/** True when a subject, then a verb, follow from `from` before the next comma: a statement of its own. */
function opensClause(tokens: readonly Token[], from: number): boolean {
  let subject = false;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text === "," || token.text === ";") return false;
    if (VERBS.has(token.pos)) return subject;
    if (SUBJECTS.has(token.pos)) subject = true;
  }
  return false;
}

/** Per token, whether it stands inside quotation marks (the marks themselves included). */
export function insideQuotation(tokens: readonly Token[]): boolean[] {
  let open = false;
  return tokens.map((token) => {
    const marks = [...token.text];
    if (marks.some((c) => OPENING.has(c)) || (!open && marks.some((c) => STRAIGHT.has(c)))) {
      open = true;
      return true;
    }
    if (marks.some((c) => CLOSING.has(c)) || (open && marks.some((c) => STRAIGHT.has(c)))) {
      open = false;
      return true;
    }
    return open;
  });
}

/** Whether a quotation is still open at the end of a text (straight marks counted in pairs, curly ones by kind). */
export function leavesQuotationOpen(text: string, openBefore = false): boolean {
  let open = openBefore;
  for (const c of text) {
    if (OPENING.has(c)) open = true;
    else if (CLOSING.has(c)) open = false;
    else if (STRAIGHT.has(c)) open = !open;
  }
  return open;
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
    for (const run of quotationRuns(block)) {
      const first = run[0] as (typeof run)[number];
      const last = run[run.length - 1] as (typeof run)[number];
      const text = run.length === 1 ? first.text : block.text.slice(first.start, last.end);
      const tokens = tokenize(text);
      const base = { articleId, sentenceId: first.id, sentenceIds: run.map((s) => s.id) };
      units.push({
        ...base,
        key: `${articleId}#${first.id}`,
        text,
        order: order++,
        tokens,
        clause: false,
        offset: 0,
      });
      const clauses = splitClauses(text, tokens);
      if (clauses.length < 2) continue;
      clauses.forEach((clause, n) =>
        units.push({
          ...base,
          key: `${articleId}#${first.id}~${n}`,
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

/** A paragraph's sentences, those a quotation runs over taken together. */
function quotationRuns(block: BlockInfo): BlockInfo["sentences"][number][][] {
  const runs: BlockInfo["sentences"][number][][] = [];
  let open = false;
  for (const sentence of block.sentences) {
    if (open) (runs[runs.length - 1] as BlockInfo["sentences"][number][]).push(sentence);
    else runs.push([sentence]);
    open = leavesQuotationOpen(sentence.text, open);
  }
  return runs;
}
