import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { encodeOpaquePng } from "./encode.ts";
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from "./design.ts";

/**
 * Render a card to PNG: satori lays it out as SVG with the Inter fonts
 * shipped in the repository (never system fonts, so every machine draws the
 * same pixels), resvg rasterises it, encode.ts encodes the pixels. Used
 * whole for the site card; claim cards use it for their fixed parts only
 * (raster-claim.ts). This module also runs in the card workers
 * (worker.ts), so it imports nothing that needs Astro or Vite.
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

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

/** The fonts, read once per thread; satori caches its parsed fonts by this array's identity. */
export function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= FONT_FILES.map(({ file, weight }) => ({
    name: "Inter",
    data: readFileSync(resolve(FONT_DIR, file)),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

/** The card as a 1200×630 PNG. */
export async function renderCardPng(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  // satori's types ask for a React node; a plain element tree is what it reads.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  // The SVG is already 1200×630, so no fitTo; text is paths, so resvg needs no fonts at all.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}
