/**
 * Which passages a text directive selects, decided the way browsers do it but
 * looser (case and accents folded, word boundaries checked only at the outer
 * edges): a directive that selects one passage here selects it in a browser.
 */

/** The parts of a text directive; only `start` is required. */
export interface TextDirective {
  readonly prefix?: string;
  readonly start: string;
  readonly end?: string;
  readonly suffix?: string;
}

/** Case- and accent-insensitive, one character for one, so offsets survive folding. */
function fold(text: string): string {
  let out = "";
  for (const char of text) {
    const base = char
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase();
    out += base.length === char.length ? base : char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const isWord = (char: string | undefined): boolean => char !== undefined && WORD.test(char);
/** A word boundary: not between two word characters. */
const boundary = (text: string, at: number): boolean => !(isWord(text[at - 1]) && isWord(text[at]));
const skipSpace = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && /\s/u.test(text[i] as string)) i++;
  return i;
};

/**
 * A matcher over one text (blocks joined by newlines, which no term contains):
 * each call returns every distinct range the directive can select, as
 * [start, end] offsets. The text is folded once, however many directives are tried.
 */
export function createMatcher(text: string): (directive: TextDirective) => [number, number][] {
  const haystack = fold(text);
  return (directive) => matchFolded(haystack, directive);
}

/** Every distinct range of `text` the directive can select. */
export const findDirectiveMatches = (text: string, directive: TextDirective): [number, number][] =>
  createMatcher(text)(directive);

function matchFolded(haystack: string, directive: TextDirective): [number, number][] {
  const [prefix, start, end, suffix] = [directive.prefix, directive.start, directive.end, directive.suffix].map(
    (term) => (term === undefined ? undefined : fold(term)),
  ) as [string | undefined, string, string | undefined, string | undefined];
  const found = new Map<string, [number, number]>();
  const record = (from: number, to: number): void => void found.set(`${from}:${to}`, [from, to]);
  // Where a suffix must follow `at` (after whitespace); returns whether it does and ends on a word boundary.
  const suffixFollows = (at: number): boolean => {
    if (suffix === undefined) return boundary(haystack, at);
    const from = skipSpace(haystack, at);
    return haystack.startsWith(suffix, from) && boundary(haystack, from + suffix.length);
  };
  const anchor = prefix ?? start;
  for (let i = haystack.indexOf(anchor); i >= 0; i = haystack.indexOf(anchor, i + 1)) {
    if (!boundary(haystack, i)) continue;
    const startAt = prefix === undefined ? i : skipSpace(haystack, i + prefix.length);
    if (!haystack.startsWith(start, startAt)) continue;
    const startEnd = startAt + start.length;
    if (end === undefined) {
      if (suffixFollows(startEnd)) record(startAt, startEnd);
      continue;
    }
    // The browser takes the first end after the start that satisfies the suffix.
    for (let k = haystack.indexOf(end, startEnd); k >= 0; k = haystack.indexOf(end, k + 1)) {
      if (suffixFollows(k + end.length)) {
        record(startAt, k + end.length);
        break;
      }
    }
  }
  return [...found.values()];
}
