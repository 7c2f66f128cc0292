import { existsSync, readFileSync } from "node:fs";
import { cachedCardPng, cardCacheDir, cardFile, cardKey } from "./card-cache.ts";
import { CardPool } from "./card-pool.ts";
import type { CardNode } from "./og-card.ts";
import { renderCardPng } from "./render-png.ts";

/**
 * Cards for the build: `prerenderCards` hands every card missing from the
 * cache to a worker pool at once (from getStaticPaths, before Astro renders
 * the first page, so the workers run beside the page rendering); `cardPng`
 * then answers each card's endpoint from the cache, waiting for its worker
 * if need be. A card not prerendered is rendered here, in this thread.
 */

/** Cache file → the worker job writing it. */
const pending = new Map<string, Promise<void>>();
let pool: CardPool | undefined;

/** Queue every card whose PNG is not cached yet; returns how many were queued. */
export function prerenderCards(cards: Iterable<CardNode>, dir: string = cardCacheDir()): number {
  let queued = 0;
  for (const card of cards) {
    const file = cardFile(dir, cardKey(card));
    if (pending.has(file) || existsSync(file)) continue;
    pool ??= new CardPool();
    const job = pool.render(card, file);
    // The endpoint awaits (and reports) the failure; until then it must not count as unhandled.
    job.catch(() => undefined);
    pending.set(file, job);
    queued++;
  }
  return queued;
}

/** The card's PNG: from a prerendering worker, the cache, or rendered now. */
export async function cardPng(card: CardNode, dir: string = cardCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardFile(dir, cardKey(card));
  const job = pending.get(file);
  if (job !== undefined) {
    await job;
    pending.delete(file);
    return new Uint8Array(readFileSync(file));
  }
  return cachedCardPng(card, { dir, render: renderCardPng });
}
