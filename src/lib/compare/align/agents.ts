/**
 * Who did it: the agent of a unit's main event, when it is a common noun
 * that can act ("Police went from door to door" / "Firefighters evacuated
 * residents"; "Residents were moved by soldiers"; "the walkout called by the
 * works council"). Two reports that give the same event two different
 * agents differ on who did it, a slot no detail fills: people the NLP
 * library names are compared as people already.
 *
 * Read from wink-nlp's part-of-speech tags: the first noun chunk before the
 * first verb (an apposition between commas skipped: "The union, Chemical and
 * Allied Workers, called …"), or the noun after "by" that follows a verb.
 * WordNet says whether the head can act (a kind of person or group).
 */
import type { Token } from "./nlp.ts";
import { concepts, isAgentNoun } from "./wordnet.ts";
import type { UnitFeatures } from "./features.ts";
import type { Difference } from "./differences.ts";
import type { ScoredPair } from "./link.ts";

/** The agent of a unit's event, and the event's verb. */
export interface Agent {
  /** Lemma of the agent's head noun ("firefighter"). */
  readonly head: string;
  /** The agent's words as written ("Volunteer firefighters", "the works council"). */
  readonly text: string;
  /** Lemma of the verb it does ("evacuate"). */
  readonly verb: string;
}

const CHUNK = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const HEAD = new Set(["NOUN", "PROPN"]);

/** The noun chunk starting at `from`: its tokens up to the first that is not a determiner, adjective or noun. */
function chunkAt(tokens: readonly Token[], from: number): { end: number; head?: Token } {
  let end = from;
  let head: Token | undefined;
  for (let i = from; i < tokens.length && CHUNK.has((tokens[i] as Token).pos); i++) {
    if (!HEAD.has((tokens[i] as Token).pos)) continue;
    head = tokens[i];
    // The chunk ends at its head: "soldiers overnight" is the soldiers.
    end = i + 1;
  }
  return head === undefined ? { end: from } : { end, head };
}

/**
 * A head noun's lemma. A capitalised first word is tagged a proper noun and
 * keeps its plural ("Soldiers"), so its singular is the first spelling
 * WordNet knows as a noun ("soldiers", "soldier").
 */
function nounLemma(t: Token): string {
  if (t.pos !== "PROPN") return t.lemma;
  const word = t.text.toLowerCase();
  const singulars = [word, word.replace(/ies$/u, "y"), word.replace(/es$/u, ""), word.replace(/s$/u, "")];
  return singulars.find((w) => concepts(w, "n").length > 0) ?? word;
}

/** The agent of a unit's content (its attribution left out), or undefined. */
export function agentOf(tokens: readonly Token[], attributed: readonly boolean[]): Agent | undefined {
  const content = tokens.filter((_, i) => attributed[i] !== true && tokens[i]?.kind !== "other");
  // "Residents were evacuated by soldiers", "the walkout called by the works council": the noun after "by".
  for (let i = 1; i + 1 < content.length; i++) {
    const verb = content[i - 1] as Token;
    if ((content[i] as Token).text.toLowerCase() !== "by" || verb.pos !== "VERB") continue;
    const { head, end } = chunkAt(content, i + 1);
    if (head !== undefined && isAgentNoun(nounLemma(head)))
      return { head: nounLemma(head), text: words(content, i + 1, end), verb: verb.lemma };
  }
  // The subject: the first noun chunk, then (past an apposition between commas) the first verb.
  const { head, end } = chunkAt(content, 0);
  if (head === undefined || !isAgentNoun(nounLemma(head))) return undefined;
  let i = end;
  while (i < content.length && (content[i] as Token).pos === "ADP") i = chunkAt(content, i + 1).end;
  if ((content[i] as Token | undefined)?.text === ",") {
    const close = content.findIndex((t, j) => j > i && t.text === ",");
    if (close < 0) return undefined;
    i = close + 1;
  }
  while (i < content.length && (content[i] as Token).pos === "AUX") i++;
  const verb = content[i];
  if (verb === undefined || verb.pos !== "VERB") return undefined;
  // A passive with no "by" names who suffered it, not who did it.
  if (content.slice(end, i).some((t) => ["was", "were", "is", "are", "been", "be"].includes(t.text.toLowerCase())))
    return undefined;
  return { head: nounLemma(head), text: words(content, 0, end), verb: verb.lemma };
}

/** The chunk's words, a sentence's capital taken off its first ("The union" → "the union", "Police" → "police"). */
const words = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t, i) => (i === 0 && from === 0 && (t.pos === "DET" || t.pos === "PROPN") ? t.text.toLowerCase() : t.text))
    .join(" ");

/** Two verbs of one event: one lemma, or a WordNet sense (or a sense's direct hypernym) in common. */
function sameDoing(a: string, b: string): boolean {
  if (a === b) return true;
  const first = new Set(concepts(a, "v"));
  return concepts(b, "v").some((c) => first.has(c));
}

/** Two agents that are one: one head, or heads WordNet takes as one thing ("crew", "team"). */
export type NounsAlike = (a: string, b: string) => boolean;

/**
 * The differences of who did it among scored pairs: two units, each the
 * other's best match among the other report's units with an agent, at
 * `floor` or more, doing one thing (the same verb, or verbs of one sense)
 * with two agents that are not one ("Police" / "Firefighters").
 */
export function agentDifferences(
  pairs: readonly ScoredPair[],
  agents: (f: UnitFeatures) => Agent | undefined,
  nounsAlike: NounsAlike,
  floor: number,
): Difference[] {
  const report = (u: UnitFeatures) => u.unit.articleId;
  const candidates = pairs.filter((p) => p.score >= floor && agents(p.unitA) && agents(p.unitB));
  const best = new Map<string, number>();
  for (const p of candidates)
    for (const [mine, other] of [
      [p.a, report(p.unitB)],
      [p.b, report(p.unitA)],
    ] as const)
      best.set(`${mine}\n${other}`, Math.max(best.get(`${mine}\n${other}`) ?? 0, p.score));
  const differences: {
    kind: "agent";
    accounts: Map<string, Difference["accounts"] extends ReadonlyMap<string, infer A> ? A : never>;
    score: number;
  }[] = [];
  for (const p of candidates) {
    if (
      p.score < (best.get(`${p.a}\n${report(p.unitB)}`) ?? 0) ||
      p.score < (best.get(`${p.b}\n${report(p.unitA)}`) ?? 0)
    )
      continue;
    const x = agents(p.unitA) as Agent;
    const y = agents(p.unitB) as Agent;
    if (!sameDoing(x.verb, y.verb) || x.head === y.head || nounsAlike(x.head, y.head)) continue;
    // A third report's pair with a unit already in a difference joins it: one claim of who did it.
    const sides = [
      { unit: p.unitA, value: x.text, key: x.head },
      { unit: p.unitB, value: y.text, key: y.head },
    ];
    const joined = differences.find((d) => sides.some((side) => d.accounts.get(report(side.unit))?.unit === side.unit));
    if (joined === undefined) {
      differences.push({
        kind: "agent",
        accounts: new Map(sides.map((side) => [report(side.unit), side])),
        score: p.score,
      });
      continue;
    }
    for (const side of sides) if (!joined.accounts.has(report(side.unit))) joined.accounts.set(report(side.unit), side);
    joined.score = Math.min(joined.score, p.score);
  }
  return differences;
}
