import type { LineRule } from "./rules/line-rule.ts";
import { wordsOf } from "./rules/line-rule.ts";

/** One widget of a line that holds several: its text and the rule that claims it. */
export interface Widget {
  readonly text: string;
  readonly rule: LineRule;
}

/** Longest line tried, in words and characters: widgets are labels, not paragraphs. */
const MAX_WORDS = 24;
const MAX_LENGTH = 200;

/** Latin letters, to see where a line switches script ("…ISTहिंदी"). */
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/**
 * Where a new widget may start inside the line: after whitespace, and where
 * two labels were glued without a space when the page was copied: a lower
 * case letter, digit or closing bracket before a capital ("FacebookShare"),
 * a run of capitals before a capitalised word ("ISTRead"), or a switch of
 * script between two letters ("ISTहिंदी").
 */
function widgetStarts(line: string): number[] {
  const starts: number[] = [];
  const chars = [...line];
  let offset = 0;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    const previous = chars[index - 1];
    const next = chars[index + 1] ?? "";
    if (previous !== undefined && !/\s/u.test(char)) {
      const afterSpace = /\s/u.test(previous);
      const camel = /[\p{Ll}\p{N})\]]/u.test(previous) && /\p{Lu}/u.test(char);
      const capitalsThenWord = /\p{Lu}/u.test(previous) && /\p{Lu}/u.test(char) && /\p{Ll}/u.test(next);
      const scriptSwitch = LETTER.test(previous) && LETTER.test(char) && LATIN.test(previous) !== LATIN.test(char);
      if (afterSpace || camel || capitalsThenWord || scriptSwitch) starts.push(offset);
    }
    offset += char.length;
  }
  return starts;
}

/**
 * Split a line that no rule claims whole into widgets glued together on
 * copy ("Share on FacebookShare on Twitter", "3 min read Last Updated : Aug
 * 17, 2025 07:43 PM IST", "…07:43 PM ISTRead in Hindi"), when every piece is
 * claimed by a rule. A line with any piece no rule claims is left whole:
 * splitting never takes a sentence out of the text.
 *
 * @param claim The rule claiming a trimmed piece, if any.
 * @returns The widgets in order (two or more), or undefined.
 */
export function splitGluedWidgets(
  line: string,
  claim: (piece: string) => LineRule | undefined,
): readonly Widget[] | undefined {
  if (line.length > MAX_LENGTH || wordsOf(line).length > MAX_WORDS) return undefined;
  const cuts = [0, ...widgetStarts(line), line.length];
  // Fewest widgets reaching each cut, walking forward from the start only: a line whose
  // opening words are no widget costs one claim per cut, so ordinary text stays cheap.
  const reach: ({ count: number; widget: Widget; from: number } | undefined)[] = new Array(cuts.length);
  for (let from = 0; from < cuts.length - 1; from++) {
    const before = from === 0 ? 0 : reach[from]?.count;
    if (before === undefined) continue;
    for (let to = from + 1; to < cuts.length; to++) {
      const text = line.slice(cuts[from], cuts[to]).trim();
      const rule = text === "" ? undefined : claim(text);
      if (rule === undefined) continue;
      const known = reach[to];
      if (known === undefined || before + 1 < known.count)
        reach[to] = { count: before + 1, widget: { text, rule }, from };
    }
  }
  const last = reach[cuts.length - 1];
  if (last === undefined || last.count < 2) return undefined;
  const widgets: Widget[] = [];
  for (
    let step: typeof last | undefined = last;
    step !== undefined;
    step = step.from === 0 ? undefined : reach[step.from]
  ) {
    widgets.unshift(step.widget);
  }
  return widgets;
}
