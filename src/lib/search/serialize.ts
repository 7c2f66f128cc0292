/**
 * The search index as a static asset: display records plus prebuilt Fuse
 * indexes, named by a hash of its bytes so it can be cached forever and a
 * new build can never be served a stale index. Build-time only (node:crypto).
 */
import { createHash } from "node:crypto";
import Fuse from "fuse.js/basic";
import { paths } from "../../config.ts";
import type { Site } from "../model/types.ts";
import { buildSearchDocuments, type SearchDocuments } from "./documents.ts";
import { CLAIM_KEYS, PERSON_KEYS, REPORT_KEYS } from "./keys.ts";
import type { SearchPayload, SerializedIndex } from "./types.ts";

/** The serialised index and the file name it is published under. */
export interface SearchIndexAsset {
  readonly json: string;
  /** First 12 hex digits of the SHA-256 of `json`. */
  readonly hash: string;
  /** `index.<hash>.json`, relative to the search page. */
  readonly file: string;
  /** Root-relative URL of the file. */
  readonly url: string;
}

/** Index the search records with Fuse and put display data and indexes in one payload. */
export function toSearchPayload(documents: SearchDocuments): SearchPayload {
  const index = <T>(keys: readonly { name: string; weight: number }[], records: readonly T[]): SerializedIndex =>
    Fuse.createIndex(
      keys.map((key) => ({ ...key })),
      records,
    ).toJSON();
  return {
    version: 1,
    reports: documents.reports,
    people: documents.people,
    claims: documents.claims,
    index: {
      reports: index(REPORT_KEYS, documents.index.reports),
      people: index(PERSON_KEYS, documents.index.people),
      claims: index(CLAIM_KEYS, documents.index.claims),
    },
  };
}

/** Serialise a payload and name it by its hash. */
export function toSearchIndexAsset(payload: SearchPayload): SearchIndexAsset {
  const json = JSON.stringify(payload);
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
  const file = `index.${hash}.json`;
  return { json, hash, file, url: paths.searchIndex(file) };
}

const assets = new WeakMap<Site, SearchIndexAsset>();

/**
 * The search index asset of a site, computed once per site: the endpoint that
 * writes the file and every page that links it get the same name.
 */
export function searchIndexAsset(site: Site): SearchIndexAsset {
  let asset = assets.get(site);
  if (asset === undefined) {
    asset = toSearchIndexAsset(toSearchPayload(buildSearchDocuments(site)));
    assets.set(site, asset);
  }
  return asset;
}
