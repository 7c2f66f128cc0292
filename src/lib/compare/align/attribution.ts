/**
 * Attribution apart from content: "X said", "said X", "according to X",
 * "X told CNN", "Trump's envoy Steve Witkoff claims that …".
 *
 * Who says a thing is not what is said: two reports quoting one official on
 * different matters share the speaker and no claim, and a report that names
 * the spokeswoman ("The company's spokeswoman, Maren Holt, said no one was
 * hurt") tells the reader nothing more about the claim than one that does
 * not. The rules read the shape of the sentence (part-of-speech tags from
 * wink-nlp), not words of one story: a reporting verb, and on one side of it
 * nothing but a noun phrase (the speaker) up to the sentence's edge, a comma
 * or a quotation mark.
 */
import type { Token } from "./nlp.ts";

/** Verbs that report speech (lemmas). */
const REPORTING = new Set([
  "say",
  "tell",
  "add",
  "state",
  "claim",
  "write",
  "insist",
  "announce",
  "confirm",
  "report",
  "warn",
  "explain",
  "note",
  "stress",
]);
/** Verbs that report speech only when "that" follows ("Witkoff suggests that …", "he shared that …"). */
const REPORTING_THAT = new Set(["suggest", "share", "believe", "argue", "admit", "acknowledge", "predict", "reveal"]);
/** What a speaker's noun phrase is made of: "the company's spokeswoman, Maren Holt", "shop owners on the high street". */
const PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "ADP", "CCONJ", "PRON"]);
const HEADS = new Set(["NOUN", "PROPN", "PRON"]);
const QUOTES = /["“”‘’]/u;
const isMark = (t: Token) => QUOTES.test(t.text) && t.kind !== "word";
const isEdge = (t: Token) => t.text === "," || t.text === ";" || t.text === ":" || isMark(t);

/** The tokens of a speaker's phrase: words of a noun phrase ("Nessa Ruane's deputy"). */
const inPhrase = (t: Token) => PHRASE.has(t.pos) || t.text === "'s" || t.text === "’s";
/** Pronouns that open a relative clause about the speaker ("Quint, who heads the union, said"). */
const RELATIVE = new Set(["who", "whose", "which"]);
/** At most this many tokens make a speaker: a longer run is a statement. */
const SPEAKER_TOKENS = 14;

/**
 * Per token, whether it belongs to an attribution (speaker, reporting verb,
 * "according to", the comma that joins it). Everything else is content.
 */
export function attributionMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false);
  const at = (i: number) => tokens[i] as Token;
  const mark = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) mask[i] = true;
  };
  const isSpeaker = (from: number, to: number) =>
    to > from &&
    to - from <= SPEAKER_TOKENS &&
    tokens.slice(from, to).every((t) => inPhrase(t) || t.text === ",") &&
    tokens.slice(from, to).some((t) => HEADS.has(t.pos));
  const isStop = (i: number) => i >= tokens.length || at(i).text === "." || isEdge(at(i));

  // "according to X": to the next comma or the end; opening a sentence, with the comma after it.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (at(i).text.toLowerCase() !== "according" || at(i + 1).text.toLowerCase() !== "to") continue;
    let end = i + 2;
    while (!isStop(end)) end++;
    // An apposition of names: "according to the director, Piet Lorne, the alarm …".
    let next = end + 1;
    while (next < tokens.length && at(next).pos === "PROPN") next++;
    if (at(end)?.text === "," && next > end + 1 && at(next)?.text === ",") end = next;
    const from = i > 0 && at(i - 1).text === "," ? i - 1 : i;
    mark(from, from === 0 && end < tokens.length && at(end).text === "," ? end + 1 : end);
  }

  for (let v = 0; v < tokens.length; v++) {
    const verb = at(v);
    const reportsThat = REPORTING_THAT.has(verb.lemma) && at(v + 1)?.lemma === "that";
    if (!REPORTING.has(verb.lemma) && !reportsThat) continue;
    // The tagger reads some reporting verbs as nouns ("Witkoff claims that …"): a name before and "that" after say otherwise.
    const asVerb = verb.pos === "VERB" || (v > 0 && at(v - 1).pos === "PROPN" && at(v + 1)?.lemma === "that");
    if (!asVerb) continue;
    // What follows the verb up to an edge: its object ("told reporters") or the speaker ("said passenger Varga").
    let after = v + 1;
    while (after < tokens.length && inPhrase(at(after))) after++;
    const endsAfter = isStop(after);
    const before = speakerStart(v);
    if (before === 0 && (v + 1 >= tokens.length || at(v + 1).text !== ",")) {
      // Leading: "Council leader Aisha Okafor said (that) …", "Witkoff told CNN that …".
      const that = tokens.findIndex((t, i) => i > v && i <= after && t.lemma === "that");
      mark(0, that >= 0 ? that + 1 : v + 1);
    } else if (before !== undefined && before > 0) {
      // Trailing or inserted: "…, the operator said." / "…," Lorne told reporters. / "The plan, officials said, will …"
      const from = at(before - 1).text === "," ? before - 1 : before;
      mark(from, endsAfter ? after : v + 1);
      if (v + 1 < tokens.length && at(v + 1).text === ",") mark(v + 1, v + 2);
    } else if (v > 0 && isEdge(at(v - 1)) && endsAfter && isSpeaker(v + 1, after)) {
      // Inverted: "…," said passenger Ilona Varga.
      mark(at(v - 1).text === "," ? v - 1 : v, after);
    }
  }
  return mask;

  /** Where the speaker of the verb at `v` starts, when a noun phrase stands right before it from an edge. */
  function speakerStart(v: number): number | undefined {
    let from = v;
    while (from > 0 && inPhrase(at(from - 1))) from--;
    const direct = isSpeaker(from, v) && (from === 0 || isEdge(at(from - 1))) ? from : undefined;
    if (direct === 0) return 0;
    const inserted = v + 1 < tokens.length && at(v + 1).text === ",";
    if (!inserted && leadingSpeaker(v)) return 0;
    return direct ?? appositiveSpeaker(v);
  }

  /**
   * A speaker set off by commas after the statement, one or two noun phrases
   * naming someone: "…, Kessland's foreign minister, Aino Rask, told a news
   * conference", "…, Aino Rask, told reporters".
   */
  function appositiveSpeaker(v: number): number | undefined {
    if (v < 2 || at(v - 1).text !== ",") return undefined;
    let start: number | undefined;
    let end = v - 1;
    for (let phrases = 0; phrases < 2; phrases++) {
      let from = end;
      while (from > 0 && inPhrase(at(from - 1))) from--;
      if (!isSpeaker(from, end) || from === 0 || at(from - 1).text !== ",") break;
      start = from - 1;
      end = from - 1;
    }
    const named = start !== undefined && tokens.slice(start, v).some((t) => t.pos === "PROPN");
    return named ? (start as number) + 1 : undefined;
  }

  /**
   * True when everything before the verb is one speaker, with appositions and
   * relative clauses between commas: "The company's spokeswoman, Maren Holt,
   * said", "Quint, who heads the drivers' union, said".
   */
  function leadingSpeaker(v: number): boolean {
    let relative = false;
    let heads = 0;
    for (let i = 0; i < v; i++) {
      const t = at(i);
      if (t.text === ",") relative = false;
      else if (relative) continue;
      else if (RELATIVE.has(t.lemma) && i > 0 && at(i - 1).text === ",") relative = true;
      else if (!inPhrase(t)) return false;
      else if (HEADS.has(t.pos)) heads++;
    }
    return heads > 0 && v > 0 && at(v - 1).text === ",";
  }
}
