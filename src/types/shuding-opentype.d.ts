/**
 * The part of @shuding/opentype.js (satori's own fork of opentype.js, which
 * ships no types) that the card text layout uses.
 */
declare module "@shuding/opentype.js" {
  /** A glyph outline as drawing commands. */
  export interface Path {
    /** SVG path data, numbers rounded to `decimalPlaces`. */
    toPathData(decimalPlaces?: number): string;
  }
  /** One glyph of a font. */
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
    /** The outline at `fontSize` px with its origin (baseline, left) at x, y. */
    getPath(x: number, y: number, fontSize: number): Path;
    /** Bounds of the outline and its control points, in font units (y up). */
    getMetrics(): { xMin: number; yMin: number; xMax: number; yMax: number };
  }
  /** Options of forEachGlyph. */
  export interface RenderOptions {
    readonly kerning?: boolean;
    /** Extra space after each glyph, in em. */
    readonly letterSpacing?: number;
  }
  /** A parsed font. */
  export interface Font {
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    charToGlyphIndex(char: string): number;
    /** Calls back with each glyph (ligatures applied) and its pen position; returns the final pen x. */
    forEachGlyph(
      text: string,
      x: number,
      y: number,
      fontSize: number,
      options: RenderOptions,
      callback: (glyph: Glyph, x: number, y: number) => void,
    ): number;
  }
  /** Parse a TTF, OTF or WOFF font. */
  export function parse(buffer: ArrayBuffer): Font;
}
