import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse, type Font, type Glyph } from "@shuding/opentype.js";
import bidiFactory from "bidi-js";
import { fallbackFileFor, type FallbackFile } from "./fallback-fonts.ts";

/**
 * The cards' fonts: the Inter files shipped in the repository (never system
 * fonts, so every machine draws the same pixels), as satori takes them, and
 * text shaping for the claim cards with the very fonts and font library
 * satori uses (its own opentype.js): glyphs, ligatures and kerning, with the
 * latin-ext subset standing in for characters the latin subset lacks, as
 * satori's font fallback does, and Noto subsets (fallback-fonts.ts) for
 * what Inter lacks altogether: Arabic, Hebrew, Chinese, emoji.
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

/** The parsed fonts: FONT_FILES first, in their order, then the fallback files a card needed, as loaded. */
let fonts: { readonly font: Font; readonly weight: CardWeight }[] | undefined;
/** Index in `fonts` of each fallback file loaded so far. */
const fallbackIndex = new Map<string, number>();

function parseFont(path: string): Font {
  const bytes = readFileSync(resolve(path));
  return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * opentype.js's layout for Arabic, without the required-ligature feature:
 * its lookup type in Noto Sans Arabic is one opentype.js cannot read (it
 * throws). The joining forms are asked for but not applied with this font
 * either (measured): letters are drawn in their isolated forms, unjoined,
 * and in right-to-left order (opentype.js reverses Arabic runs itself).
 */
const ARABIC_RENDER_OPTIONS = {
  kerning: true,
  features: [
    { script: "arab", tags: ["init", "medi", "fina"] },
    { script: "latn", tags: ["liga", "rlig"] },
  ],
};

/** Every font file parsed so far (the order of FONT_FILES: latin before latin-ext; then fallbacks). */
export function cardFonts(): readonly { readonly font: Font; readonly weight: CardWeight }[] {
  fonts ??= FONT_FILES.map(({ file, weight }) => ({ font: parseFont(`${FONT_DIR}/${file}`), weight }));
  return fonts;
}

/** The index of a fallback file's font, parsing it on first use. */
function loadFallback(fallback: FallbackFile): number {
  let index = fallbackIndex.get(fallback.file);
  if (index === undefined) {
    const font = parseFont(fallback.file);
    if (fallback.arabic) Object.assign(font, { defaultRenderOptions: ARABIC_RENDER_OPTIONS });
    const all = cardFonts() as { font: Font; weight: CardWeight }[];
    index = all.push({ font, weight: fallback.weight }) - 1;
    fallbackIndex.set(fallback.file, index);
  }
  return index;
}

/** The first Inter file of this weight that has the character, or -1 and the first of the weight. */
function interFor(char: string, weight: CardWeight): { found: number; first: number } {
  const all = cardFonts();
  let first = -1;
  for (let i = 0; i < FONT_FILES.length; i++) {
    const entry = all[i] as (typeof all)[number];
    if (entry.weight !== weight) continue;
    if (first < 0) first = i;
    if (entry.font.charToGlyphIndex(char) > 0) return { found: i, first };
  }
  return { found: -1, first };
}

/**
 * The font that draws a character: the first Inter file of the weight that
 * has it, else the fallback file whose ranges hold it, else the first Inter
 * file of the weight (its empty box, reported by uncoveredCharacters).
 */
function fontFor(char: string, weight: CardWeight): number {
  const inter = interFor(char, weight);
  if (inter.found >= 0) return inter.found;
  const fallback = fallbackFileFor(char.codePointAt(0) as number, weight);
  return fallback === undefined ? inter.first : loadFallback(fallback);
}

/** Characters that draw nothing (variation selectors, joiners, bidi marks): shapeText skips them. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** Characters (not spaces or joiners) that no card font draws, once each in order: the build names them. */
export function uncoveredCharacters(text: string, weight: CardWeight = 400): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char) || IGNORABLE.test(char)) continue;
    if (cardFonts()[fontFor(char, weight)]?.font.charToGlyphIndex(char) === 0) missing.add(char);
  }
  return [...missing];
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
    // Variation selectors and joiners draw nothing; no card font has a glyph for them.
    if (IGNORABLE.test(char)) continue;
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

const bidi = bidiFactory();
/** Letters opentype.js lays out right to left itself (it reverses Arabic runs). */
const ARABIC = /\p{Script=Arabic}/u;

/**
 * The words of a line in the order they are seen, and which to draw right
 * to left: the Unicode Bidirectional Algorithm's levels (bidi-js), one per
 * word, and its rule L2 (from the highest level down to the lowest odd one,
 * reverse every run of words at that level or above). A line without
 * right-to-left text keeps its order.
 */
function visualWords(text: string): { word: string; rtl: boolean }[] {
  const words = text.split(" ");
  const { levels } = bidi.getEmbeddingLevels(text, "ltr");
  let at = 0;
  // A word's level is its highest: "“عادت" is Arabic although its quote mark alone would be left to right.
  const leveled = words.map((word) => {
    const level = Math.max(0, ...levels.slice(at, at + word.length));
    at += word.length + 1;
    return { word, level };
  });
  const highest = Math.max(...leveled.map((entry) => entry.level));
  for (let level = highest; level >= 1; level--) {
    for (let start = 0; start < leveled.length; start++) {
      if ((leveled[start]?.level ?? 0) < level) continue;
      let end = start;
      while (end + 1 < leveled.length && (leveled[end + 1]?.level ?? 0) >= level) end++;
      leveled.splice(start, end - start + 1, ...leveled.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return leveled.map(({ word, level }) => ({ word, rtl: level % 2 === 1 }));
}

/** A shaped word drawn right to left: each glyph mirrored within the word's width. */
function mirrored(shaped: ShapedText, size: number): ShapedText {
  const all = cardFonts();
  const glyphs = shaped.glyphs.map((placed) => {
    const { font } = all[placed.font] as (typeof all)[number];
    const advance = ((placed.glyph.advanceWidth ?? 0) * size) / font.unitsPerEm;
    return { ...placed, x: shaped.width - placed.x - advance };
  });
  return { glyphs, width: shaped.width };
}

/**
 * Shape a line word by word, each word shaped once per thread and placed
 * after the previous one and a space, in the order the words are seen
 * (right-to-left words reordered and drawn right to left). Like satori,
 * which sets each word on its own, this does not kern across spaces.
 */
export function shapeLine(text: string, weight: CardWeight, size: number, letterSpacing = 0): ShapedText {
  const glyphs: PlacedGlyph[] = [];
  const space = shapedWord(" ", weight, size, letterSpacing).width;
  let x = 0;
  for (const [i, { word, rtl }] of visualWords(text).entries()) {
    if (i > 0) x += space;
    const logical = shapedWord(word, weight, size, letterSpacing);
    const shaped = rtl && !ARABIC.test(word) ? mirrored(logical, size) : logical;
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
