/**
 * The sharded index as files under /search/, each named by a hash of its
 * bytes so it can be cached forever and a new build is never served a stale
 * piece: the vocabulary by its own hash, shards and records by one hash per
 * set (the vocabulary names each set by a prefix). Build-time only.
 */
import { createHash } from "node:crypto";
import { paths } from "../../../config.ts";
import type { SearchShards } from "./shard-build.ts";
import type { SearchVocabulary } from "../shared/shard-types.ts";

/** One published file: its name (relative to /search/), root-relative URL and bytes. */
export interface SearchFile {
  readonly file: string;
  readonly url: string;
  readonly json: string;
  /** First 12 hex digits of the SHA-256 of `json` (of every record, for records). */
  readonly hash: string;
}

/** Every file of a sharded index; `vocabulary` is the one pages link. */
export interface SearchFiles {
  readonly vocabulary: SearchFile;
  /** Vocabulary, shards and records. */
  readonly files: readonly SearchFile[];
}

const hashOf = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 12);
const fileOf = (file: string, json: string, hash: string): SearchFile => ({
  file,
  url: paths.searchIndex(file),
  json,
  hash,
});

/** Name and serialise the pieces of a sharded index. */
export function toSearchFiles(shards: SearchShards): SearchFiles {
  const shardFiles = set(
    "s",
    shards.shards.map((shard, k) => [String(k), JSON.stringify(shard)]),
  );
  const recordFiles = set(
    "r",
    [...shards.records].map(([name, record]) => [name, JSON.stringify(record)]),
  );
  const vocabulary: SearchVocabulary = {
    ...shards.vocabulary,
    postings: shardFiles.prefix,
    records: recordFiles.prefix,
  };
  const json = JSON.stringify(vocabulary);
  const hash = hashOf(json);
  const vocabularyFile = fileOf(`index.${hash}.json`, json, hash);
  return { vocabulary: vocabularyFile, files: [vocabularyFile, ...shardFiles.files, ...recordFiles.files] };
}

/** Files named `<kind>.<hash of them all>.<name>.json`: one hash per set keeps the vocabulary small. */
function set(kind: string, named: readonly (readonly [string, string])[]): { prefix: string; files: SearchFile[] } {
  const hash = hashOf(named.map(([name, json]) => `${name}\n${json}`).join("\n"));
  const prefix = `${kind}.${hash}.`;
  return { prefix, files: named.map(([name, json]) => fileOf(`${prefix}${name}.json`, json, hash)) };
}
