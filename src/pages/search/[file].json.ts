import type { APIRoute, GetStaticPaths } from "astro";
import { searchFiles } from "../../lib/search/build/serialize.ts";
import { getSite } from "../../lib/site.ts";

/**
 * The sharded search index: the vocabulary `/search/index.<hash>.json`, the
 * postings shards `/search/s.<hash>.json` and the records
 * `/search/r.<hash>.<kind><n>.json`. Names change whenever bytes do, so every
 * file can be cached forever; pages link the vocabulary through the same
 * searchFiles(), so the name they use is the name written here.
 */
export const getStaticPaths = (async () =>
  searchFiles(await getSite()).files.map((file) => ({
    params: { file: file.file.replace(/\.json$/u, "") },
    props: { json: file.json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
