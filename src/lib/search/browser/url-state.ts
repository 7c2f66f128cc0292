/**
 * The search page's state in its URL (`/search/?q=Meloni&status=differ`), so
 * reloading or sharing a link shows the same results. Pure.
 */
import { CLAIM_STATUSES, type ClaimStatus } from "../../status.ts";
import { MAX_QUERY_LENGTH } from "../shared/query.ts";

/** What the search page shows: the query and the status filters that are on (none = all). */
export interface SearchState {
  readonly query: string;
  readonly statuses: readonly ClaimStatus[];
}

/** Read the state from a URL's query string; unknown statuses are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const wanted = new Set(params.getAll("status").flatMap((value) => value.split(",")));
  return {
    query: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    statuses: CLAIM_STATUSES.filter((status) => wanted.has(status)),
  };
}

/** The query string for a state ("" when empty), statuses in the site's order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== "") params.set("q", state.query);
  for (const status of CLAIM_STATUSES) if (state.statuses.includes(status)) params.append("status", status);
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}
