import { codePoints } from "./code-points.ts";

/**
 * Scripts whose letters look alike (Latin "A", Cyrillic "А", Greek "Α"): a
 * word mixing them reads as one name and matches as another.
 */
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian"] as const;
const PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

const scriptOf = (char: string): string | undefined => PATTERNS.find(([, pattern]) => pattern.test(char))?.[0];

/** A word of `text` whose letters come from two look-alike scripts, with the letters of the rarer one. */
export interface MixedScripts {
  readonly word: string;
  readonly main: string;
  readonly other: string;
  /** `"А" U+0410`, each letter of the other script once. */
  readonly letters: string;
}

/** The first word of `text` that mixes look-alike scripts, or undefined when none does. */
export function findMixedScripts(text: string): MixedScripts | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const counts = new Map<string, string[]>();
    for (const char of word) {
      const script = scriptOf(char);
      if (script !== undefined) counts.set(script, [...(counts.get(script) ?? []), char]);
    }
    if (counts.size < 2) continue;
    const [main, other] = [...counts].sort((a, b) => b[1].length - a[1].length);
    const letters = [...new Set(other?.[1])].map((char) => `"${char}" ${codePoints(char)}`).join(", ");
    return { word, main: main?.[0] ?? "", other: other?.[0] ?? "", letters };
  }
  return undefined;
}
