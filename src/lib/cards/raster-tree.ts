import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { encodeOpaquePng } from "./encode.ts";
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from "./design.ts";
import { satoriFonts } from "./fonts.ts";

/**
 * Render a card to PNG: satori lays it out as SVG with the Inter fonts
 * shipped in the repository (never system fonts, so every machine draws the
 * same pixels), resvg rasterises it, encode.ts encodes the pixels. Used
 * whole for the site card; claim cards use it for their fixed parts only
 * (raster-claim.ts). This module also runs in the card workers
 * (worker.ts), so it imports nothing that needs Astro or Vite.
 */

/** The card as a 1200×630 PNG. */
export async function renderCardPng(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  // satori's types ask for a React node; a plain element tree is what it reads.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: satoriFonts(),
  });
  // The SVG is already 1200×630, so no fitTo; text is paths, so resvg needs no fonts at all.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}
