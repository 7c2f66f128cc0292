import { parentPort } from "node:worker_threads";
import { writeCardFile } from "./card-cache.ts";
import type { CardNode } from "./og-card.ts";
import { renderCardPng } from "./render-png.ts";

/**
 * Body of a card-pool worker thread: render each card it is sent and write
 * the PNG into the card cache. Node runs this file directly (type stripping),
 * outside Vite, so it and what it imports use only erasable TypeScript.
 */

/** A job from the pool: render `card` into `file`. */
export interface CardJob {
  readonly id: number;
  readonly card: CardNode;
  readonly file: string;
}

/** The answer: the job's id, and an error message if it failed. */
export interface CardJobResult {
  readonly id: number;
  readonly error?: string;
}

const port = parentPort;
if (port !== null)
  port.on("message", (job: CardJob) => {
    renderCardPng(job.card)
      .then((png) => {
        writeCardFile(job.file, png);
        port.postMessage({ id: job.id } satisfies CardJobResult);
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ id: job.id, error: message } satisfies CardJobResult);
      });
  });
