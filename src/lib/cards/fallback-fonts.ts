import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Fonts for the characters Inter lacks (Arabic, Hebrew, Chinese, emoji), so
 * a claim title, outlet or quote in any of them draws its letters instead
 * of empty boxes. The Noto families come from the npm registry as Fontsource
 * packages, already cut into subsets by Unicode range (`unicode.json`); a
 * card loads only the subset files its characters fall in, parsed once per
 * thread. Which file draws a character is decided by the ranges alone, in
 * this fixed order, never by what happens to be loaded: every build draws
 * the same pixels.
 */

/** The fallback packages, in the order they are tried after Inter. */
export const FALLBACK_PACKAGES = [
  "@fontsource/noto-sans-arabic",
  "@fontsource/noto-sans-hebrew",
  "@fontsource/noto-sans-sc",
  "@fontsource/noto-emoji",
] as const;

/** One subset file of a fallback family, and the code points it covers. */
export interface FallbackFile {
  /** Path from the project root. */
  readonly file: string;
  readonly weight: 400 | 700;
  /** Inclusive code point ranges, from the package's unicode.json. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Right-to-left script: opentype.js lays its runs out in visual order itself. */
  readonly arabic: boolean;
}

const WEIGHTS = [400, 700] as const;

/** "U+0600-06FF,U+200C" → [[0x600, 0x6ff], [0x200c, 0x200c]]. */
function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(",").map((part) => {
    const [from = "", to] = part.trim().replace(/^U\+/iu, "").split("-");
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

let files: readonly FallbackFile[] | undefined;

/** Every subset file of every fallback package and weight, in trial order; read once per thread. */
export function fallbackFiles(): readonly FallbackFile[] {
  files ??= FALLBACK_PACKAGES.flatMap((name) => {
    const dir = `node_modules/${name}`;
    const family = name.slice("@fontsource/".length);
    const subsets = JSON.parse(readFileSync(resolve(dir, "unicode.json"), "utf8")) as Record<string, string>;
    return Object.entries(subsets).flatMap(([subset, range]) =>
      WEIGHTS.map((weight) => ({
        // Numbered subsets are keyed "[4]" and named "4" in the file names.
        file: `${dir}/files/${family}-${subset.replace(/^\[(\d+)\]$/u, "$1")}-${weight}-normal.woff`,
        weight,
        ranges: parseRanges(range),
        arabic: family === "noto-sans-arabic",
      })),
    );
  });
  return files;
}

/** The first fallback file of this weight whose ranges hold the code point, if any. */
export function fallbackFileFor(codePoint: number, weight: 400 | 700): FallbackFile | undefined {
  return fallbackFiles().find(
    (candidate) =>
      candidate.weight === weight && candidate.ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
  );
}
