import { describe, expect, it } from "vitest";
import { cardCoverageWarnings } from "../../src/lib/cards/coverage.ts";
import { fallbackFileFor } from "../../src/lib/cards/fallback-fonts.ts";
import { cardFonts, shapeLine, uncoveredCharacters } from "../../src/lib/cards/fonts.ts";

const codePoint = (char: string): number => char.codePointAt(0) as number;
/** Each placed glyph's font file index and x, in the line's character order where one glyph stands per letter. */
const placements = (text: string) => shapeLine(text, 400, 40).glyphs;

describe("fallback fonts for the preview cards", () => {
  it.each([
    ["م", "noto-sans-arabic-arabic-400-normal.woff"],
    ["ש", "noto-sans-hebrew-hebrew-400-normal.woff"],
    ["渡", "noto-sans-sc-108-400-normal.woff"],
    ["😀", "noto-emoji-9-400-normal.woff"],
  ])("draws %s from the Noto subset whose range holds it (%s)", (char, file) => {
    expect(fallbackFileFor(codePoint(char), 400)?.file.endsWith(`/${file}`)).toBe(true);
    expect(fallbackFileFor(codePoint(char), 700)?.file).toMatch(/-700-normal\.woff$/u);
  });

  it("draws every letter of Arabic, Hebrew, Chinese and emoji text with a real glyph", () => {
    for (const text of ["عادت العبارات", "המעבורות הפליגו", "渡轮周二恢复夜间航行", "😀 🚢"]) {
      const glyphs = placements(text);
      expect(glyphs.length, text).toBeGreaterThan(0);
      expect(
        glyphs.filter((placed) => placed.glyph.index === 0),
        text,
      ).toEqual([]);
      expect(uncoveredCharacters(text), text).toEqual([]);
    }
  });

  it("keeps Inter for Latin text: no fallback font is loaded for it", () => {
    const before = cardFonts().length;
    const glyphs = placements("Ferries sail again, Zelenskyj’s café said.");
    expect(new Set(glyphs.map((placed) => placed.font)).size).toBeLessThanOrEqual(2);
    expect(glyphs.every((placed) => placed.font < 4)).toBe(true);
    expect(cardFonts().length).toBe(before);
  });

  it("sets right-to-left words right to left: the first word to the right, its first letter rightmost", () => {
    const glyphs = placements("שלום עולמי");
    const hebrew = cardFonts()[glyphs[0]?.font ?? 0]?.font;
    const xOf = (char: string): number => {
      const placed = glyphs.find((glyph) => glyph.glyph.index === hebrew?.charToGlyphIndex(char));
      if (placed === undefined) throw new Error(`no glyph for ${char}`);
      return placed.x;
    };
    const xs = glyphs.map((placed) => placed.x);
    expect(xOf("ש")).toBe(Math.max(...xs));
    expect(xOf("י")).toBe(Math.min(...xs));
    // "שלום" ends (ם) to the right of where "עולמי" begins (ע): the words run right to left too.
    expect(xOf("ם")).toBeGreaterThan(xOf("ע"));
    expect(xOf("ע")).toBeGreaterThan(xOf("מ"));
  });

  it("names the characters no font draws, with their code points", () => {
    expect(uncoveredCharacters("Ferries 𓀀 sail ꙮ 𓀀")).toEqual(["𓀀", "ꙮ"]);
    expect(
      cardCoverageWarnings("ferries-return", {
        siteName: "Side by Side",
        storyTitle: "Ferries",
        claimTitle: "Ferries sail 𓀀",
        status: "agree",
        quotes: [{ outlet: "Harbour Daily", text: "Ferries sailed." }],
      }),
    ).toEqual(['preview card of claim ferries-return: no font draws "𓀀" U+13000; they show as empty boxes']);
  });
});
