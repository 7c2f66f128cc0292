import { Resvg } from "@resvg/resvg-js";
import type { Glyph } from "@shuding/opentype.js";
import satori from "satori";
import { cardFonts, fontExtent, measureText, shapeLine } from "./fonts.ts";
import { layoutClaimCard, type CardTextLayout } from "./layout.ts";
import { encodeIndexedPng } from "./encode.ts";
import { CARD_COLOURS, CARD_HEIGHT, CARD_WIDTH, claimCardTemplate, type ClaimCardData } from "./design.ts";
import { satoriFonts } from "./fonts.ts";
import type { ClaimStatus } from "../status.ts";

/**
 * Claim cards at scale. Satori and resvg cost ~20 ms a card, mostly turning
 * every glyph of every card into a path and filling it. Here they run once:
 * satori and resvg render each status's fixed parts (bar, site name, pill)
 * once per thread, resvg rasterises each glyph once per size, weight and
 * quarter-pixel offset, and a card is then a copy of its fixed parts, glyph
 * masks stamped along the lines layout.ts sets, and a palette PNG.
 * Everything works in palette indexes: the fixed parts are reduced to their
 * most frequent colours once, and text is drawn from ramps of its colour
 * over the paper, COVERAGE_LEVELS steps each.
 */

const W = CARD_WIDTH;
const H = CARD_HEIGHT;
const STRIDE = W + 1;
/** Anti-aliasing steps of text: 32 are indistinguishable from 256 at card sizes. */
const COVERAGE_LEVELS = 32;
/** Horizontal glyph positions are rounded to quarter pixels. */
const SUBPIXELS = 4;
const TEXT_COLOURS = [CARD_COLOURS.ink, CARD_COLOURS.muted] as const;
/** Palette entries left for the fixed parts after the text ramps and the rule colour. */
const TEMPLATE_COLOURS = 256 - TEXT_COLOURS.length * (COVERAGE_LEVELS - 1) - 1;

type Rgb = readonly [number, number, number];

/** A glyph's coverage mask, placed relative to its pen position on the baseline. */
interface GlyphMask {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly coverage: Uint8Array;
  /** The inked pixels only, as offsets in the card's rows (row × STRIDE + column) and their levels. */
  readonly inked: { readonly offsets: Int32Array; readonly levels: Uint8Array };
}

/** A status's fixed parts as rows of palette indexes, and the palette they share with the text. */
interface Template {
  readonly rows: Uint8Array;
  readonly palette: Rgb[];
  /** Palette index of each text colour's ramp, level 1 first; ramp[colour] + level - 1. */
  readonly ramps: ReadonlyMap<string, number>;
  readonly rule: number;
}

const templates = new Map<string, Promise<Template>>();
/** Glyph masks by a number packing font, glyph, size and offset (a string key per glyph cost more than the lookup). */
const glyphMasks = new Map<number, GlyphMask | null>();
let scratch = new Uint8Array(0);

const hex = (colour: string): Rgb => [
  Number.parseInt(colour.slice(1, 3), 16),
  Number.parseInt(colour.slice(3, 5), 16),
  Number.parseInt(colour.slice(5, 7), 16),
];

/** The claim's card as an indexed-colour 1200×630 PNG. */
export async function renderClaimCardPng(data: ClaimCardData): Promise<Uint8Array<ArrayBuffer>> {
  const template = await templateFor(data.status, data.siteName);
  const { ascent, descent } = fontExtent(1);
  const layout = layoutClaimCard(data, {
    measure: measureText,
    ascent,
    descent,
  });
  if (scratch.length !== template.rows.length) scratch = new Uint8Array(template.rows.length);
  scratch.set(template.rows);
  draw(scratch, layout, template);
  return encodeIndexedPng(scratch, W, H, template.palette);
}

/** Stamp the layout's rules and glyphs into the rows. */
function draw(rows: Uint8Array, layout: CardTextLayout, template: Template): void {
  for (const rect of layout.rects)
    for (let y = rect.y; y < rect.y + rect.height; y++)
      rows.fill(template.rule, y * STRIDE + 1 + rect.x, y * STRIDE + 1 + rect.x + rect.width);
  for (const line of layout.lines) {
    const ramp = template.ramps.get(line.colour);
    /* c8 ignore next -- the layout uses only TEXT_COLOURS */
    if (ramp === undefined) throw new Error(`card text colour ${line.colour} has no palette ramp`);
    const baseline = Math.round(line.baseline);
    for (const placed of shapeLine(line.text, line.weight, line.size, line.letterSpacing).glyphs) {
      const pen = line.x + placed.x;
      let x = Math.floor(pen);
      let offset = Math.round((pen - x) * SUBPIXELS);
      if (offset === SUBPIXELS) [x, offset] = [x + 1, 0];
      const mask = glyphMask(placed.font, placed.glyph, line.size, offset);
      if (mask !== null) stamp(rows, mask, x + mask.left, baseline + mask.top, ramp);
    }
  }
}

/** Draw a coverage mask at (x, y) in one ramp; where glyphs overlap the darker coverage wins. */
function stamp(rows: Uint8Array, mask: GlyphMask, x: number, y: number, ramp: number): void {
  if (x >= 0 && y >= 0 && x + mask.width <= W && y + mask.height <= H) {
    // The whole mask is on the card (nearly always): visit only its inked pixels.
    const base = y * STRIDE + 1 + x;
    const { offsets, levels } = mask.inked;
    for (let i = 0; i < offsets.length; i++) {
      const at = base + (offsets[i] as number);
      const level = levels[i] as number;
      const current = rows[at] as number;
      if (current < ramp || current >= ramp + COVERAGE_LEVELS - 1 || level > current - ramp + 1)
        rows[at] = ramp + level - 1;
    }
    return;
  }
  for (let row = 0; row < mask.height; row++) {
    const ty = y + row;
    if (ty < 0 || ty >= H) continue;
    for (let col = 0; col < mask.width; col++) {
      const tx = x + col;
      const level = mask.coverage[row * mask.width + col] as number;
      if (level === 0 || tx < 0 || tx >= W) continue;
      const at = ty * STRIDE + 1 + tx;
      const current = rows[at] as number;
      const inRamp = current >= ramp && current < ramp + COVERAGE_LEVELS - 1;
      if (!inRamp || level > current - ramp + 1) rows[at] = ramp + level - 1;
    }
  }
}

/** A glyph's mask at `size` px, shifted right by offset / SUBPIXELS px; null for a glyph with no ink. */
function glyphMask(font: number, glyph: Glyph, size: number, offset: number): GlyphMask | null {
  const key = ((font * 65_536 + glyph.index) * 256 + size) * SUBPIXELS + offset;
  const cached = glyphMasks.get(key);
  if (cached !== undefined) return cached;
  const path = glyph.getPath(offset / SUBPIXELS, 0, size).toPathData(3);
  let mask: GlyphMask | null = null;
  if (path !== "") {
    const { font: parsed } = cardFonts()[font] as ReturnType<typeof cardFonts>[number];
    const scale = size / parsed.unitsPerEm;
    const box = glyph.getMetrics();
    const left = Math.floor(box.xMin * scale) - 1;
    const top = Math.floor(-box.yMax * scale) - 1;
    const width = Math.ceil(box.xMax * scale + offset / SUBPIXELS) + 2 - left;
    const height = Math.ceil(-box.yMin * scale) + 2 - top;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${path}" fill="#000"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const coverage = new Uint8Array(width * height);
    for (let i = 0; i < coverage.length; i++)
      coverage[i] = Math.round(((pixels[i * 4 + 3] as number) * (COVERAGE_LEVELS - 1)) / 255);
    const inkedAt = [...coverage.keys()].filter((i) => coverage[i] !== 0);
    const inked = {
      offsets: Int32Array.from(inkedAt, (i) => Math.floor(i / width) * STRIDE + (i % width)),
      levels: Uint8Array.from(inkedAt, (i) => coverage[i] as number),
    };
    mask = { left, top, width, height, coverage, inked };
  }
  glyphMasks.set(key, mask);
  return mask;
}

/** The fixed parts of a status's card, rendered by satori and resvg on first use (once, however many ask). */
function templateFor(status: ClaimStatus, siteName: string): Promise<Template> {
  const key = `${status}\n${siteName}`;
  let template = templates.get(key);
  if (template === undefined) {
    // satori's types ask for a React node; a plain element tree is what it reads.
    template = satori(claimCardTemplate(status, siteName) as unknown as Parameters<typeof satori>[0], {
      width: W,
      height: H,
      fonts: satoriFonts(),
    }).then((svg) => indexTemplate(new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels));
    templates.set(key, template);
  }
  return template;
}

/**
 * Reduce the fixed parts to a palette: their TEMPLATE_COLOURS most frequent
 * colours (the rest, a few anti-aliased edge pixels, take the nearest), then
 * the rule colour and a ramp per text colour over the paper.
 */
function indexTemplate(rgba: Uint8Array): Template {
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const colour = ((rgba[i] as number) << 16) | ((rgba[i + 1] as number) << 8) | (rgba[i + 2] as number);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const kept = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TEMPLATE_COLOURS)
    .map(([c]) => c);
  const palette: Rgb[] = kept.map((c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255]);
  const index = new Map(kept.map((colour, i) => [colour, i]));
  const nearest = (colour: number): number => {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [i, [r, g, b]] of palette.entries()) {
      const distance = (r - ((colour >> 16) & 255)) ** 2 + (g - ((colour >> 8) & 255)) ** 2 + (b - (colour & 255)) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    return best;
  };
  const rows = new Uint8Array(STRIDE * H);
  for (let p = 0, i = 0; p < W * H; p++, i += 4) {
    const colour = ((rgba[i] as number) << 16) | ((rgba[i + 1] as number) << 8) | (rgba[i + 2] as number);
    let at = index.get(colour);
    if (at === undefined) index.set(colour, (at = nearest(colour)));
    rows[Math.floor(p / W) * STRIDE + 1 + (p % W)] = at;
  }
  const paperRgb = hex(CARD_COLOURS.paper);
  const rule = palette.push(hex(CARD_COLOURS.rule)) - 1;
  const ramps = new Map<string, number>();
  for (const colour of TEXT_COLOURS) {
    ramps.set(colour, palette.length);
    const ink = hex(colour);
    for (let level = 1; level < COVERAGE_LEVELS; level++) {
      const a = level / (COVERAGE_LEVELS - 1);
      palette.push(
        [0, 1, 2].map((c) => Math.round((paperRgb[c] as number) * (1 - a) + (ink[c] as number) * a)) as unknown as Rgb,
      );
    }
  }
  return { rows, palette, ramps, rule };
}
