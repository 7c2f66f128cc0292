import type { ContentProblem } from "../content-error.ts";
import { formatPath } from "./field-path.ts";
import type { RawEntry } from "./read-entries.ts";

/**
 * Left-to-right and right-to-left overrides (U+202D, U+202E): invisible
 * characters that make the browser show the letters after them in reverse,
 * so a "verbatim" quote would read differently from what the file says.
 * Right-to-left scripts never need them (the browser orders Arabic and
 * Hebrew itself), so they are refused rather than rendered.
 */
const OVERRIDES: Readonly<Record<string, string>> = {
  "\u202D": "U+202D LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "U+202E RIGHT-TO-LEFT OVERRIDE",
};
const OVERRIDE = /[\u202D\u202E]/u;

const FIX = "delete the character (it is invisible in most editors: search for it by its code)";

/** Every string of the data and every line of the body that carries an override, as problems naming the place. */
export function findBidiOverrides(entry: RawEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, text: string): void => {
    const char = OVERRIDE.exec(text)?.[0];
    if (char === undefined) return;
    problems.push({
      file: entry.file,
      field,
      // The excerpt drops every bidi control, so the message itself shows the letters in stored order.
      problem: `contains ${OVERRIDES[char]}, which shows the text after it reversed: "${text.replace(/[\u202A-\u202E\u2066-\u2069]/gu, "").trim().slice(0, 60)}"`,
      fix: FIX,
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
