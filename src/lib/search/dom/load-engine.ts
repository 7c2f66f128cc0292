/** Fetch the search index once per page and prepare the engine. */
import { createSearchEngine, type SearchEngine } from "../engine.ts";
import type { SearchPayload } from "../types.ts";

const engines = new Map<string, Promise<SearchEngine>>();

/** The engine for an index URL; a failed load is forgotten so the next attempt retries. */
export function loadEngine(url: string): Promise<SearchEngine> {
  let engine = engines.get(url);
  if (engine === undefined) {
    engine = fetchPayload(url).then(createSearchEngine);
    engines.set(url, engine);
    engine.catch(() => engines.delete(url));
  }
  return engine;
}

async function fetchPayload(url: string): Promise<SearchPayload> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search index answered ${response.status} ${response.statusText}`.trim());
  const payload = (await response.json()) as Partial<SearchPayload>;
  if (payload.version !== 1 || payload.index === undefined) throw new Error("the search index has an unknown format");
  return payload as SearchPayload;
}
