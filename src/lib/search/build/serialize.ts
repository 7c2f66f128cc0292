/**
 * The search index as static assets. The whole payload (display records plus
 * prebuilt Fuse indexes) is what tests and the benchmark compare with; the
 * site publishes it sharded (shard-build.ts, shard-assets.ts), every file
 * named by a hash of its bytes. Build-time only (node:crypto).
 */
import { createHash } from "node:crypto";
import Fuse from "fuse.js/basic";
import { paths } from "../../../config.ts";
import type { Site } from "../../model/types.ts";
import { buildSearchDocuments, type SearchDocuments } from "./documents.ts";
import { CLAIM_KEYS, PERSON_KEYS, REPORT_KEYS } from "../shared/keys.ts";
import { toSearchFiles, type SearchFiles } from "./shard-assets.ts";
import { buildSearchShards } from "./shard-build.ts";
import type { SearchPayload, SerializedIndex } from "../shared/types.ts";

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

const files = new WeakMap<Site, SearchFiles>();

/**
 * The sharded search index of a site (vocabulary, shards, records), computed
 * once per site: the endpoint that writes the files and every page that links
 * the vocabulary get the same names.
 */
export function searchFiles(site: Site): SearchFiles {
  let built = files.get(site);
  if (built === undefined) {
    built = toSearchFiles(buildSearchShards(toSearchPayload(buildSearchDocuments(site))));
    files.set(site, built);
  }
  return built;
}

/** The file pages link and the browser fetches first: the vocabulary, `index.<hash>.json`. */
export const searchIndexAsset = (site: Site): SearchIndexAsset => searchFiles(site).vocabulary;
