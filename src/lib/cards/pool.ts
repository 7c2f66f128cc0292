import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { CardJob, CardJobResult } from "./worker.ts";

/**
 * Heap limits of a card worker. A worker needs ~20 MB (fonts, glyph masks,
 * templates), but left to the main thread's limits V8 lets its garbage grow
 * for a long while: measured over 3 000 cards, these limits cut the pool's
 * peak memory from ~265 MB to ~130 MB for ~5 % more CPU a card (32 MB: ~110
 * MB for ~25 % more).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } as const;

/** What rendering one card cost, and where it ran. */
export type CardRenderStats = Pick<CardJobResult, "threadId" | "cpuMs">;
import type { CardInput } from "./input.ts";

/**
 * A pool of worker threads that render cards into files, beside the thread
 * that renders the pages. A card costs ~3 ms of CPU, one per claim makes
 * thousands, and the pages keep one core busy: so the pool takes the other
 * cores (one worker less than there are cores, at least one), and each
 * worker it does not start saves its copy of satori, resvg and the fonts.
 * Workers start on demand and stop when the queue runs dry, so an idle pool
 * never holds a build open.
 */

/** The worker script; Node runs it as TypeScript (type stripping). The build runs from the project root. */
export const CARD_WORKER_FILE = "src/lib/cards/worker.ts";

interface Pending {
  readonly job: CardJob;
  readonly resolve: (stats: CardRenderStats) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Jobs handed to a worker before it answers. The pool refills a worker only
 * when the main thread's event loop runs, which during a build is between
 * two pages (several ms): with one job at a time, a worker rendering a card
 * in about a millisecond sat idle most of that time, and the page renderer
 * then waited for cards it had caught up with. A backlog keeps it busy.
 */
export const JOBS_IN_FLIGHT = 64;

/** Renders cards on up to `size` worker threads. */
export class CardPool {
  readonly #size: number;
  readonly #workerFile: string;
  readonly #queue: Pending[] = [];
  /** Each worker's jobs in flight, by job id. */
  readonly #workers = new Map<Worker, Map<number, Pending>>();
  #nextId = 0;

  /** `size` defaults to one less than the number of cores Node may use. */
  constructor(size: number = availableParallelism() - 1, workerFile: string = resolve(CARD_WORKER_FILE)) {
    this.#size = Math.max(1, size);
    this.#workerFile = workerFile;
  }

  /** Render `card` and write the PNG to `file` (atomically); resolves once the file is there. */
  render(card: CardInput, file: string): Promise<CardRenderStats> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { id: this.#nextId++, card, file }, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const worker = this.#leastBusy() ?? (this.#workers.size < this.#size ? this.#spawn() : undefined);
      if (worker === undefined) return;
      const next = this.#queue.shift() as Pending;
      this.#workers.get(worker)?.set(next.job.id, next);
      worker.postMessage(next.job);
    }
    // Nothing left to do: stop the idle workers so they do not keep the process alive.
    for (const [worker, jobs] of this.#workers)
      if (jobs.size === 0) {
        this.#workers.delete(worker);
        void worker.terminate();
      }
  }

  /** The worker with the fewest jobs, if it has room for another (a new worker is better while there may be one). */
  #leastBusy(): Worker | undefined {
    let best: [Worker, number] | undefined;
    for (const [worker, jobs] of this.#workers)
      if (best === undefined || jobs.size < best[1]) best = [worker, jobs.size];
    if (best === undefined || best[1] >= JOBS_IN_FLIGHT) return undefined;
    return best[1] > 0 && this.#workers.size < this.#size ? undefined : best[0];
  }

  #spawn(): Worker {
    const worker = new Worker(this.#workerFile, { resourceLimits: WORKER_LIMITS });
    const jobs = new Map<number, Pending>();
    this.#workers.set(worker, jobs);
    worker.on("message", (result: CardJobResult) => {
      const pending = jobs.get(result.id);
      jobs.delete(result.id);
      if (result.error === undefined) pending?.resolve({ threadId: result.threadId, cpuMs: result.cpuMs });
      else pending?.reject(new Error(`card ${pending?.job.file} failed to render: ${result.error}`));
      this.#dispatch();
    });
    worker.on("error", (error: Error) => {
      // A crashed worker fails its jobs; the next dispatch starts another.
      this.#workers.delete(worker);
      for (const pending of jobs.values()) pending.reject(error);
      this.#dispatch();
    });
    return worker;
  }
}
