import type { APIRoute, GetStaticPaths } from "astro";
import { searchIndexAsset } from "../../lib/search/serialize.ts";
import { getSite } from "../../lib/site.ts";

/**
 * The search index, `/search/index.<hash>.json`: its name changes whenever
 * its bytes do, so it can be cached forever. Pages link it through the same
 * searchIndexAsset(), so the name they use is the name written here.
 */
export const getStaticPaths = (async () => {
  const asset = searchIndexAsset(await getSite());
  return [{ params: { file: asset.file.replace(/\.json$/u, "") } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(searchIndexAsset(await getSite()).json, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
