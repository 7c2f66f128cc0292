import { decodeString } from "micromark-util-decode-string";
import type { ContentProblem } from "../content-error.ts";
import { formatPath } from "./field-path.ts";
import type { RawEntry } from "./read-entries.ts";

/**
 * Bidirectional controls: invisible characters that make the browser show
 * the letters around them in another order than the file stores them
 * (overrides reverse them outright), so a "verbatim" quote would read
 * differently from what the report says. Right-to-left scripts never need
 * them (the browser orders Arabic and Hebrew itself), so they are refused
 * rather than rendered.
 */
const CONTROLS: Readonly<Record<string, string>> = {
  "\u202A": "U+202A LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "U+202B RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "U+202C POP DIRECTIONAL FORMATTING",
  "\u202D": "U+202D LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "U+202E RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "U+2066 LEFT-TO-RIGHT ISOLATE",
  "\u2067": "U+2067 RIGHT-TO-LEFT ISOLATE",
  "\u2068": "U+2068 FIRST STRONG ISOLATE",
  "\u2069": "U+2069 POP DIRECTIONAL ISOLATE",
};
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROLS_ALL = /[\u202A-\u202E\u2066-\u2069]/gu;
const OVERRIDES = new Set(["\u202D", "\u202E"]);

/** A character reference as Markdown (and HTML) decode it: `&#x202E;`, `&#8238;`, `&name;`. */
const REFERENCE = /&(?:#[xX][\da-fA-F]+|#\d+|[A-Za-z][A-Za-z\d]*);/gu;

const FIX = "delete the character (it is invisible in most editors: search for it by its code)";
const FIX_REFERENCE = "delete the reference";

const EXCERPT = 60;

/** Up to 60 characters of `text` showing where its first control stands, every control removed. */
function excerpt(text: string): string {
  // The first control stands at the same offset once every control is removed.
  const at = text.search(CONTROL);
  const from = at < (EXCERPT * 2) / 3 ? 0 : at - EXCERPT / 2;
  const shown = text.replace(CONTROLS_ALL, "").slice(from, from + EXCERPT).trim();
  return from === 0 ? shown : `…${shown}`;
}

/** The reference of `raw` that decodes to `char`, when the raw text does not hold the character itself. */
function referenceFor(raw: string, char: string): string | undefined {
  if (raw.includes(char)) return undefined;
  return raw.match(REFERENCE)?.find((reference) => decodeString(reference) === char);
}

/**
 * Every string of the data and every line of the body that carries a
 * bidirectional control, as problems naming the place. Text is checked as
 * it is decoded for display (character references such as `&#x202E;`
 * decoded, as Markdown does), so no spelling of a control gets through.
 */
export function findBidiOverrides(entry: RawEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, raw: string): void => {
    const text = decodeString(raw);
    const char = CONTROL.exec(text)?.[0];
    if (char === undefined) return;
    const reference = referenceFor(raw, char);
    const effect = OVERRIDES.has(char)
      ? "which shows the text after it reversed"
      : "which can show the text around it in another order than it is written";
    problems.push({
      file: entry.file,
      field,
      // The excerpt drops every bidi control, so the message itself shows the letters in stored order.
      problem: `contains ${CONTROLS[char]}${reference === undefined ? "" : ` (written ${reference})`}, ${effect}: "${excerpt(text)}"`,
      fix: reference === undefined ? FIX : FIX_REFERENCE,
    });
  };
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string") report(formatPath(path) || "(root)", value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        report(`${formatPath(path) || "(root)"} (key)`, key);
        walk(item, [...path, key]);
      }
    }
  };
  walk(entry.data, []);
  entry.body?.split("\n").forEach((line, i) => report(`(text, line ${i + (entry.bodyLine ?? 1)})`, line));
  return problems;
}
