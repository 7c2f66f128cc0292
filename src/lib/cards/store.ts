import { existsSync, readFileSync } from "node:fs";
import { cachedCardPng, cardCacheDir, cardFile, cardKey } from "./cache.ts";
import { CardPool, type CardRenderStats } from "./pool.ts";
import { renderCard, type CardInput } from "./input.ts";

/**
 * Cards for the build: `prerenderCards` hands every card missing from the
 * cache to a worker pool at once (from getStaticPaths, before Astro renders
 * the first page, so the workers run beside the page rendering); `cardPng`
 * then answers each card's endpoint from the cache, waiting for its worker
 * if need be. A card not prerendered is rendered here, in this thread.
 */

/** Cache file → the worker job writing it. */
const pending = new Map<string, Promise<unknown>>();
let pool: CardPool | undefined;

/**
 * Queue every card whose PNG is not cached yet; returns how many were queued.
 * Once they are all rendered, the build log gets one `[cards]` line with
 * their count and CPU time, which the scale benchmark reads.
 */
export function prerenderCards(cards: Iterable<CardInput>, dir: string = cardCacheDir()): number {
  let queued = 0;
  const jobs: Promise<CardRenderStats>[] = [];
  for (const card of cards) {
    const file = cardFile(dir, cardKey(card));
    if (pending.has(file) || existsSync(file)) continue;
    pool ??= new CardPool();
    const job = pool.render(card, file);
    // The endpoint awaits (and reports) the failure; until then it must not count as unhandled.
    job.catch(() => undefined);
    pending.set(file, job);
    jobs.push(job);
    queued++;
  }
  if (jobs.length > 0) void Promise.allSettled(jobs).then(logCardStats);
  return queued;
}

/** The card's PNG: from a prerendering worker, the cache, or rendered now. */
export async function cardPng(card: CardInput, dir: string = cardCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardFile(dir, cardKey(card));
  const job = pending.get(file);
  if (job !== undefined) {
    await job;
    pending.delete(file);
    return new Uint8Array(readFileSync(file));
  }
  return cachedCardPng(card, { dir, render: renderCard });
}

/** One build-log line: `[cards] 1000 rendered in 2 workers, 3000 ms CPU`. */
function logCardStats(results: readonly PromiseSettledResult<CardRenderStats>[]): void {
  const done = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const cpuMs = done.reduce((sum, stats) => sum + stats.cpuMs, 0);
  const threads = new Set(done.map((stats) => stats.threadId)).size;
  console.info(`[cards] ${done.length} rendered in ${threads} workers, ${Math.round(cpuMs)} ms CPU`);
}
