import { FOLLOW_OUTLET } from "./promotions.ts";

/** Reason recorded for a site's name or address alone on a line. */
export const SITE_NAME_REASON = "site name";

/** A web address alone: "harbourdaily.com", "www.harbour-daily.co.uk". */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/iu;

/** The holder of a copyright line: "© 2025 Harbour Wire" names "Harbour Wire". */
const COPYRIGHT_HOLDER =
  /^(?:©|\([cC]\)|Copyright)\s*©?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)\.?(?:\s+All rights reserved\.?)?$/iu;

const key = (name: string): string => name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();

/**
 * The names the page gives its site: the editor's `--outlet`, the outlet
 * its own "Follow … on …" lines name, and the holder of its copyright line.
 */
export function siteNames(lines: readonly string[], outlet: string | undefined): Set<string> {
  const names = new Set<string>();
  if (outlet !== undefined && outlet.trim() !== "") names.add(key(outlet));
  for (const line of lines) {
    const follow = FOLLOW_OUTLET.exec(line)?.[1];
    if (follow !== undefined) names.add(key(follow));
    const holder = COPYRIGHT_HOLDER.exec(line)?.[1];
    if (holder !== undefined) names.add(key(holder));
  }
  return names;
}

/** True for a line that is only the site's name (as `siteNames` found it) or a web address. */
export function isSiteName(line: string, names: ReadonlySet<string>): boolean {
  return DOMAIN.test(line) || names.has(key(line));
}
