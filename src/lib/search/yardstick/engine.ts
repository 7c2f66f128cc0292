/**
 * Search over a whole payload in memory (the yardstick the sharded engine is
 * tested against, and what the benchmark's "one index" figures measure). The
 * steps are in core.ts; candidates come from word indexes built from the
 * payload's Fuse records (word-index.ts), and Fuse scores the best of them.
 */
import { claimCandidates, detect, emptyResults, finish, rerank, type SearchResults } from "../shared/core.ts";
import { payloadSource } from "../shared/payload-source.ts";
import { normalizeQuery } from "../shared/query.ts";
import type { SearchPayload } from "../shared/types.ts";

export { RERANK_LIMIT, type PersonResult, type SearchResults } from "../shared/core.ts";

export interface SearchEngine {
  readonly payload: SearchPayload;
  search: (input: string) => SearchResults;
}

/** Prepare a payload for searching: word indexes from its Fuse records (no re-indexing by Fuse). */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const source = payloadSource(payload);
  return {
    payload,
    search: (input) => {
      const query = normalizeQuery(input);
      if (!query.searchable || query.words.length === 0) return emptyResults(query);
      return finish(source, query, detect(source, query), rerank(source, query, claimCandidates(source, query)));
    },
  };
}
