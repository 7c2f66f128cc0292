import { parentPort, threadId, type MessagePort } from "node:worker_threads";
import { writeCardFile } from "./cache.ts";
import { renderCard, type CardInput } from "./input.ts";

/**
 * Body of a card pool worker thread: render each card it is sent and write
 * the PNG into the card cache. Node runs this file directly (type stripping),
 * outside Vite, so it and what it imports use only erasable TypeScript.
 */

/** A job from the pool: render `card` into `file`. */
export interface CardJob {
  readonly id: number;
  readonly card: CardInput;
  readonly file: string;
}

/** The answer: the job's id, the thread that rendered it and its CPU time, or an error message. */
export interface CardJobResult {
  readonly id: number;
  readonly threadId: number;
  /** CPU time this thread spent on the job (user + system), in ms. */
  readonly cpuMs: number;
  readonly error?: string;
}

/** Render one job and answer; jobs run one after another, so each one's CPU time is its own. */
async function handle(port: MessagePort, job: CardJob): Promise<void> {
  const start = process.threadCpuUsage();
  const cpuMs = (): number => {
    const used = process.threadCpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  try {
    writeCardFile(job.file, await renderCard(job.card));
    port.postMessage({ id: job.id, threadId, cpuMs: cpuMs() } satisfies CardJobResult);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ id: job.id, threadId, cpuMs: cpuMs(), error: message } satisfies CardJobResult);
  }
}

const port = parentPort;
let done: Promise<void> = Promise.resolve();
// The pool sends several jobs ahead (JOBS_IN_FLIGHT): queue them rather than interleave them.
if (port !== null) port.on("message", (job: CardJob) => (done = done.then(() => handle(port, job))));
