/** Open the sharded search once per page: the vocabulary now, the rest as queries need it. */
import { openShardedSearch, type ShardedSearch } from "../sharded-engine.ts";
import { yieldToMain } from "./yield-to-main.ts";

const searches = new Map<string, Promise<ShardedSearch>>();

/** The search for a vocabulary URL; a failed load is forgotten so the next attempt retries. */
export function loadEngine(url: string): Promise<ShardedSearch> {
  let search = searches.get(url);
  if (search === undefined) {
    search = openShardedSearch(url, fetchJson, yieldToMain);
    searches.set(url, search);
    search.catch(() => searches.delete(url));
  }
  return search;
}

/** Fetch one file of the index; a failed answer becomes an error that says so. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search index answered ${response.status} ${response.statusText}`.trim());
  return response.json();
}
