/** A name found in a text, with what it names and where (UTF-16 offsets into the original text). */
export interface NameMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

/** Fold for matching: decompose and drop diacritics ("Zelenskyj" stays, "Zelénskyj" becomes it). */
export const foldName = (text: string): string => text.normalize("NFKD").replace(/\p{M}+/gu, "");

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Fold a text and keep, for every folded position, the original position it
 * came from. Folding is per code point, so a match in the folded text maps
 * back to exactly the characters the reader sees. ASCII needs no map.
 */
function foldWithOffsets(text: string): { folded: string; original: (index: number) => number } {
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point
  if (!/[^\u0000-\u007f]/u.test(text)) return { folded: text, original: (index) => index };
  let folded = "";
  const origin: number[] = [];
  let position = 0;
  for (const char of text) {
    const piece = foldName(char);
    for (let i = 0; i < piece.length; i++) origin.push(position);
    folded += piece;
    position += char.length;
  }
  origin.push(position);
  return { folded, original: (index) => origin[index] as number };
}

/**
 * Build a matcher that finds every listed name in a text in one pass.
 *
 * Names match on word boundaries, case-sensitively and ignoring diacritics,
 * so "Ukraine’s" is Ukraine but "Ukrainian" is not. Longer names win
 * ("Volodymyr Zelenskyy" is one match, not two). One combined pattern keeps
 * the cost linear in the text, however many names there are. When two
 * entries share a name, the later one owns it.
 */
export function createNameMatcher<T>(
  entries: Iterable<readonly [name: string, value: T]>,
): (text: string) => NameMatch<T>[] {
  const owner = new Map<string, T>();
  for (const [name, value] of entries) {
    // A name that folds to nothing (only combining marks) would match the empty string everywhere; the schema
    // refuses such names, and the matcher never relies on that.
    const folded = foldName(name);
    if (folded.trim() !== "") owner.set(folded, value);
  }
  const names = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (names.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => {
    const { folded, original } = foldWithOffsets(text);
    const matches: NameMatch<T>[] = [];
    // exec on the one compiled pattern: matchAll would clone (and recompile) the large alternation per call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
      // A zero-length match leaves lastIndex where it was: step past it, or exec would loop for ever.
      /* c8 ignore next 4 -- empty names are removed above; this keeps a future pattern from hanging the build */
      if (match[0] === "") {
        pattern.lastIndex++;
        continue;
      }
      const value = owner.get(match[0]) as T;
      matches.push({ value, start: original(match.index), end: original(match.index + match[0].length) });
    }
    return matches;
  };
}
