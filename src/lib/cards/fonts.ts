import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse, type Font, type Glyph } from "@shuding/opentype.js";

/**
 * The cards' fonts: the Inter files shipped in the repository (never system
 * fonts, so every machine draws the same pixels), as satori takes them, and
 * text shaping for the claim cards with the very fonts and font library
 * satori uses (its own opentype.js): glyphs, ligatures and kerning, with the
 * latin-ext subset standing in for characters the latin subset lacks, as
 * satori's font fallback does.
 */

/** The fonts, relative to FONT_DIR; satori reads woff but not woff2. */
export const FONT_FILES = [
  { file: "inter-latin-400-normal.woff", weight: 400 },
  { file: "inter-latin-700-normal.woff", weight: 700 },
  { file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { file: "inter-latin-ext-700-normal.woff", weight: 700 },
] as const;

/** Directory of the fonts; the build runs from the project root. */
export const FONT_DIR = "src/assets/fonts";

let satoriFontData: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

/** The font files as satori takes them, read once per thread; satori caches its parsed fonts by this array's identity. */
export function satoriFonts(): NonNullable<typeof satoriFontData> {
  satoriFontData ??= FONT_FILES.map(({ file, weight }) => ({
    name: "Inter",
    data: readFileSync(resolve(FONT_DIR, file)),
    weight,
    style: "normal" as const,
  }));
  return satoriFontData;
}

/** The weights the cards use. */
export type CardWeight = 400 | 700;

/** A glyph placed on a line: which font (index into the font list) and where its pen starts. */
export interface PlacedGlyph {
  readonly font: number;
  readonly glyph: Glyph;
  readonly x: number;
}

/** A shaped run of text. */
export interface ShapedText {
  readonly glyphs: readonly PlacedGlyph[];
  readonly width: number;
}

/** How wide `text` is set in `weight` at `size` px with `letterSpacing` px after each glyph. */
export type MeasureText = (text: string, weight: CardWeight, size: number, letterSpacing?: number) => number;

/** The parsed fonts, in FONT_FILES order, read once per thread. */
let fonts: { readonly font: Font; readonly weight: CardWeight }[] | undefined;

/** Every font file parsed (the order of FONT_FILES: latin before latin-ext). */
export function cardFonts(): readonly { readonly font: Font; readonly weight: CardWeight }[] {
  fonts ??= FONT_FILES.map(({ file, weight }) => {
    const bytes = readFileSync(resolve(FONT_DIR, file));
    return { font: parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), weight };
  });
  return fonts;
}

/** The first font of this weight that has the character; the first of the weight when none has it. */
function fontFor(char: string, weight: CardWeight): number {
  const all = cardFonts();
  let fallback = -1;
  for (let i = 0; i < all.length; i++) {
    const entry = all[i] as (typeof all)[number];
    if (entry.weight !== weight) continue;
    if (fallback < 0) fallback = i;
    if (entry.font.charToGlyphIndex(char) > 0) return i;
  }
  return fallback;
}

/**
 * Shape `text`: split it into runs of one font each, then let opentype.js
 * place each run's glyphs (ligatures, kerning). Kerning across a change of
 * font is lost, as it is in satori.
 */
export function shapeText(text: string, weight: CardWeight, size: number, letterSpacing = 0): ShapedText {
  const all = cardFonts();
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let run = "";
  let runFont = -1;
  const flush = (): void => {
    if (run === "") return;
    const { font } = all[runFont] as (typeof all)[number];
    x = font.forEachGlyph(run, x, 0, size, { kerning: true, letterSpacing: letterSpacing / size }, (glyph, at) =>
      glyphs.push({ font: runFont, glyph, x: at }),
    );
    run = "";
  };
  for (const char of text) {
    const index = fontFor(char, weight);
    if (index !== runFont) flush();
    runFont = index;
    run += char;
  }
  flush();
  return { glyphs, width: x };
}

/** Shaped words by weight, size, spacing and text; cleared when it grows past WORD_CACHE_LIMIT. */
const words = new Map<string, ShapedText>();
const WORD_CACHE_LIMIT = 20_000;

/**
 * Shape a line word by word, each word shaped once per thread and placed
 * after the previous one and a space. Like satori, which sets each word on
 * its own, this does not kern across spaces.
 */
export function shapeLine(text: string, weight: CardWeight, size: number, letterSpacing = 0): ShapedText {
  const glyphs: PlacedGlyph[] = [];
  const space = shapedWord(" ", weight, size, letterSpacing).width;
  let x = 0;
  for (const [i, word] of text.split(" ").entries()) {
    if (i > 0) x += space;
    const shaped = shapedWord(word, weight, size, letterSpacing);
    for (const placed of shaped.glyphs) glyphs.push({ ...placed, x: x + placed.x });
    x += shaped.width;
  }
  return { glyphs, width: x };
}

function shapedWord(word: string, weight: CardWeight, size: number, letterSpacing: number): ShapedText {
  const key = `${weight} ${size} ${letterSpacing} ${word}`;
  let shaped = words.get(key);
  if (shaped === undefined) {
    if (words.size >= WORD_CACHE_LIMIT) words.clear();
    words.set(key, (shaped = shapeText(word, weight, size, letterSpacing)));
  }
  return shaped;
}

/** The width of a line as shapeLine sets it, for the layout. */
export const measureText: MeasureText = (text, weight, size, letterSpacing = 0) =>
  shapeLine(text, weight, size, letterSpacing).width;

/** Ascender and descender (negative) of the fonts in px at `size`: the line box of "line-height: normal". */
export function fontExtent(size: number): { ascent: number; descent: number } {
  const { font } = cardFonts()[0] as { font: Font };
  return { ascent: (font.ascender / font.unitsPerEm) * size, descent: (font.descender / font.unitsPerEm) * size };
}
