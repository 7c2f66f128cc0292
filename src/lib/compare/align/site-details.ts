import type { Site } from "../../model/types.ts";
import type { DetailFinder } from "./features.ts";

/** PROVISIONAL until src/lib/compare/details.ts lands. */
export function siteDetailFinder(_site?: Site): DetailFinder {
  return () => [];
}
