import { resolve } from "node:path";

/**
 * The content folder: `content/` unless CONTENT_DIR names another (the
 * benchmark and the hostile-content fixture build other corpora this way).
 */
export const contentDir = (): string => resolve(process.env.CONTENT_DIR ?? "content");

/** The collections, each a sub-folder of the content folder. */
export const COLLECTIONS = ["stories", "articles", "claims", "people", "places"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
