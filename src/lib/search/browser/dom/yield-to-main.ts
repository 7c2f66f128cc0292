/**
 * Hand the main thread back to the browser for a moment, so it can paint and
 * answer input between two steps of work: one long task becomes several
 * short ones (on a slow phone a search and its results took one task of
 * over 100 ms, most of the search page's total blocking time).
 * `scheduler.yield()` resumes before other queued tasks where the browser
 * has it; elsewhere a zero-delay timeout does the same job less eagerly.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
