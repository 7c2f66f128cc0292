/**
 * When a unit's event happens: done, expected, or neither said. Two dates
 * are two values of one slot only for one event; a day something happened
 * ("rose on Saturday") and a day something is expected ("expect more rain
 * on Tuesday") are dates of two events, never a difference.
 *
 * Read from wink-nlp's tags and lemmas rather than compromise's verb tenses,
 * which take a plural noun before a verb for the verb ("Water levels rose").
 */
import type { Token } from "./nlp.ts";
import { WEEKDAY_KEYS } from "../dates.ts";
import { MONTH_NAMES } from "../../text/months.ts";

/** The time of a unit's event. */
export type TimeFrame = "past" | "future" | "present";

/** Words that put the event ahead: "will", "shall", "expected to", "due to", "forecast". */
const AHEAD_WORDS = new Set(["will", "shall", "'ll", "wo"]);
const AHEAD_LEMMAS = new Set(["expect", "due", "forecast", "schedule", "plan"]);
/** Past forms of the auxiliaries ("was moved", "had been installed", "did not"). */
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did"]);

/** A verb in a past form: not its lemma, not a third-person or -ing form ("rose", "collapsed", "taken"). */
function pastVerb(token: Token): boolean {
  const word = token.text.toLowerCase();
  if (token.pos === "AUX") return PAST_AUXILIARIES.has(word);
  if (token.pos !== "VERB" || word === token.lemma) return false;
  return !word.endsWith("ing") && !(word.endsWith("s") && !token.lemma.endsWith("s"));
}

/** A weekday, a month or a day of a month: "for" before one sets a day ahead ("called a walkout for Wednesday"). */
const calendarWord = (word: string) =>
  WEEKDAY_KEYS.has(word) ||
  (MONTH_NAMES as readonly string[]).includes(word) ||
  /^\d{1,2}(?:st|nd|rd|th)?$/u.test(word);

/** "for Wednesday", "for 14 November": a day set for something ahead, whatever the tense of the verb that set it. */
const setFor = (tokens: readonly Token[]) =>
  tokens.some((t, i) => t.text.toLowerCase() === "for" && calendarWord((tokens[i + 1]?.text ?? "").toLowerCase()));

/**
 * The unit's time frame: expected when a word puts it ahead ("will",
 * "expected", a day it is set "for"), else done when a verb is past, else
 * present.
 */
export function timeFrame(tokens: readonly Token[]): TimeFrame {
  if (tokens.some((t) => AHEAD_WORDS.has(t.text.toLowerCase()) || AHEAD_LEMMAS.has(t.lemma)) || setFor(tokens))
    return "future";
  return tokens.some(pastVerb) ? "past" : "present";
}

/** Whether dates of two frames can be dates of one event: not one done and one expected. */
export function sameEventTime(a: TimeFrame, b: TimeFrame): boolean {
  return !((a === "past" && b === "future") || (a === "future" && b === "past"));
}

/** Words opening a clause of time: "after the barrier collapsed on Saturday" dates the collapse. */
const TIME_CLAUSE = new Set(["after", "before", "since", "when", "once", "while", "as"]);

/**
 * Whether a date stands in a clause of time ("… after the barrier collapsed
 * late on Saturday"): it dates that clause's event, not the sentence's, so it
 * is compared only with dates of such clauses. A verb between the opening
 * word and the date tells a clause from a phrase ("after heavy rain on
 * Saturday" dates the sentence).
 */
export function inClauseOfTime(tokens: readonly Token[], start: number): boolean {
  let verb = false;
  for (let i = tokens.findIndex((t) => t.start >= start) - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.kind === "punctuation") return false;
    if (TIME_CLAUSE.has(token.text.toLowerCase())) return verb;
    if (token.pos === "VERB") verb = true;
  }
  return false;
}

/** Words that set a statement in an earlier event: "their previous meeting", "the leaders last met", "two years ago". */
const EARLIER = new Set(["previous", "ago", "last", "earlier", "former"]);

/**
 * Whether a unit recalls an earlier event, as news background does ("The
 * leaders last met in March", "A smaller fire in 2019 damaged a warehouse"):
 * a word that sets it back, or a year named with "in". "Last" counts before a
 * verb or a noun of the event ("last met", "last meeting"), not as "the last
 * ferry" of today.
 */
export function recallsEarlierEvent(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const word = t.text.toLowerCase();
    const next = tokens[i + 1];
    if (word === "last")
      return next !== undefined && (next.pos === "VERB" || (next.pos === "NOUN" && tokens[i - 1]?.pos !== "DET"));
    if (EARLIER.has(word)) return word !== "earlier" || t.pos === "ADJ";
    return word === "in" && next !== undefined && /^(?:1[89]|20)\d\d$/u.test(next.text);
  });
}
