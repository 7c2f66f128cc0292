/**
 * One kind of line that copied news text carries but that is not the
 * report: a byline, a photo credit, "Advertisement", a share button's label.
 *
 * A line a rule claims is removed from the body and listed in the article's
 * `removed` with the rule's reason, so nothing is ever dropped silently.
 */
export interface LineRule {
  /** Short, unique name, e.g. "byline". */
  readonly name: string;
  /** Recorded in `removed`: why the line is not part of the report. */
  readonly reason: string;
  /** What the rule claims, for the reader of this table. */
  readonly description: string;
  /** Lines it claims; the unit tests check every one. */
  readonly examples: readonly string[];
  /** Similar lines it must leave alone; the unit tests check every one. */
  readonly keeps: readonly string[];
  /** True when the trimmed line is of this kind. */
  readonly matches: (line: string) => boolean;
}

/** Words of a line, split on whitespace. */
export function wordsOf(line: string): string[] {
  return line.split(/\s+/u).filter((word) => word !== "");
}

/** Ends like a sentence: . ! ? or …, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'\u201D\u2019»)\]]*$/u;

/** Emoji that outlets put in front of their calls to action ("👉", "📲 ", "🔔"). */
export const EMOJI_PREFIX = String.raw`^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]\s*)*`;

/**
 * A test for lines that consist only of the given phrases (case-insensitive),
 * separated by whitespace or the punctuation page widgets put between their
 * labels (| · • , – — - / :), with at least one phrase. Compiled once.
 */
export function onlyPhrases(phrases: readonly string[]): (line: string) => boolean {
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return (line) => {
    const rest = line.replace(pattern, "");
    return rest.length < line.length && /^[\s|·•,–—\-/:]*$/u.test(rest);
  };
}
