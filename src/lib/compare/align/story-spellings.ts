/**
 * One spelling per name of a story. Reports transliterate names their own
 * way ("Kovalenko" / "Kowalenko", "Zelenskyy" / "Zelenskyj"): a name the
 * site does not know yet would otherwise count as two people, one named by
 * each report. Two capitalised words from different reports are one name
 * when they are a letter or two apart (edit distance, `fastest-levenshtein`,
 * already the project's choice for did-you-mean), and no report uses both:
 * a report keeps to one spelling, so two spellings in one report are two
 * names ("Hanna" and "Hanne").
 */
import { distance } from "fastest-levenshtein";
import { stemOf, type Token } from "./nlp.ts";
import type { UnitDetail } from "./features.ts";

/** Shortest word compared: short names differ by a letter ("Rask", "Risk"). */
const SHORTEST = 6;

/** Edits allowed between two spellings of one name: one, or two for long names. */
const allowed = (length: number) => (length >= 9 ? 2 : 1);

const isName = (t: Token) => t.kind === "word" && !t.stop && /^\p{Lu}\p{Ll}/u.test(t.text) && t.text.length >= SHORTEST;

/**
 * Per lower-case spelling, the story's spelling of that name: the one its
 * earliest report uses. Spellings that are no other's variant are left out.
 */
export function storySpellings(reports: readonly (readonly (readonly Token[])[])[]): Map<string, string> {
  // Each spelling, with every report that uses it. A Map keeps the order in which its keys first came, and the
  // reports come in order, so the spellings stand in the order of the first report that uses each.
  const spellings = new Map<string, Set<number>>();
  reports.forEach((units, report) => {
    for (const tokens of units)
      for (const token of tokens) {
        if (!isName(token)) continue;
        const word = token.text.toLowerCase();
        spellings.set(word, (spellings.get(word) ?? new Set<number>()).add(report));
      }
  });
  const words = [...spellings];
  const canonical = new Map<string, string>();
  for (const [i, [word, mine]] of words.entries()) {
    if (canonical.has(word)) continue;
    for (const [other, theirs] of words.slice(i + 1)) {
      if (canonical.has(other) || other[0] !== word[0]) continue;
      if ([...theirs].some((r) => mine.has(r))) continue;
      if (distance(word, other) <= allowed(Math.min(word.length, other.length))) canonical.set(other, word);
    }
  }
  return canonical;
}

/** Tokens with each variant spelling read as the story's (lemma and stem; the text stays as written). */
export function respellTokens(tokens: readonly Token[], spellings: ReadonlyMap<string, string>): readonly Token[] {
  if (spellings.size === 0) return tokens;
  return tokens.map((token) => {
    const spelling = spellings.get(token.text.toLowerCase());
    return spelling === undefined ? token : { ...token, lemma: spelling, stem: stemOf(spelling) };
  });
}

/** Details whose names are keyed by their words ("anton kowalenko"), keyed with the story's spellings. */
export function respellDetails(
  details: readonly UnitDetail[],
  spellings: ReadonlyMap<string, string>,
): readonly UnitDetail[] {
  if (spellings.size === 0) return details;
  return details.map((detail) => {
    if (detail.kind !== "name" && !(detail.kind === "place" && detail.unlisted === true)) return detail;
    const key = detail.key
      .split(" ")
      .map((word) => spellings.get(word) ?? word)
      .join(" ");
    return key === detail.key ? detail : { ...detail, key };
  });
}
