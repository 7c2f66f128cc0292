/**
 * Browser entry of search, loaded on demand: by the header's loader on first
 * use of the field, and by the search page. Vite gives it (and Fuse) a chunk
 * of their own, so reading pages do not download them.
 */
export { startHeaderSearch } from "./dom/header-search.ts";
export { startSearchPage } from "./dom/search-page.ts";
