import { renderClaimCardPng } from "./raster-claim.ts";
import type { CardNode, ClaimCardData } from "./design.ts";
import { renderCardPng } from "./raster-tree.ts";

/**
 * What a card is rendered from: a claim's data (drawn by the fast claim-card
 * rasteriser, one per claim) or a whole satori element tree (the one site card).
 */
export type CardInput = { readonly claim: ClaimCardData } | { readonly tree: CardNode };

/** The card's PNG, from whichever renderer its input asks for. */
export function renderCard(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
  return "claim" in input ? renderClaimCardPng(input.claim) : renderCardPng(input.tree);
}
