import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Lighthouse's two presets: desktop, and mobile (a phone's screen, slow 4G, a slower CPU). */
export type Preset = "desktop" | "mobile";

/** One page Lighthouse audits, and with which preset. */
export interface AuditPage {
  readonly kind: string;
  readonly path: string;
  readonly preset: Preset;
}

/** The part of /claims.json that names one page of each type. */
interface ClaimsIndex {
  stories?: { url?: string }[];
  articles?: { url?: string }[];
  claims?: { url?: string; people?: string[] }[];
  people?: { id?: string; url?: string; name?: string; aliases?: string[] }[];
}

/**
 * One page of each type, read from the built `claims.json` so the audit
 * follows whatever content the site has, on the desktop preset; and search
 * with results on both presets, for the person with the most claims (the
 * longest result list: the worst case for layout shift as results arrive).
 * A type with no page is an error: a gate that silently audits fewer pages
 * would pass for the wrong reason.
 */
export function pagesToAudit(distDir: string): AuditPage[] {
  const data = JSON.parse(readFileSync(join(distDir, "claims.json"), "utf8")) as ClaimsIndex;
  const first = (kind: string, list: { url?: string }[] | undefined): AuditPage => {
    const path = list?.[0]?.url;
    if (path === undefined || !path.startsWith("/")) throw new Error(`claims.json lists no ${kind} page to audit.`);
    return { kind, path, preset: "desktop" };
  };
  const claimsOf = (id: string | undefined): number =>
    (data.claims ?? []).filter((claim) => id !== undefined && claim.people?.includes(id)).length;
  const person = [...(data.people ?? [])].sort((a, b) => claimsOf(b.id) - claimsOf(a.id))[0];
  const query = [...(person?.aliases ?? [])].sort((a, b) => a.length - b.length)[0] ?? person?.name;
  if (query === undefined) throw new Error("claims.json lists no person to search for.");
  const results = `/search/?q=${encodeURIComponent(query)}`;
  return [
    { kind: "home", path: "/", preset: "desktop" },
    first("story", data.stories),
    first("article", data.articles),
    first("claim", data.claims),
    first("person", data.people),
    { kind: "search", path: "/search/", preset: "desktop" },
    { kind: "search", path: results, preset: "desktop" },
    { kind: "search", path: results, preset: "mobile" },
  ];
}

/** Lighthouse categories the gate scores, and the minimum each must reach. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export const MIN_SCORE = 0.95;

/** A fixed-width table of scores (0–100) per page; failing cells are marked with `✗`. */
export function scoreTable(
  rows: readonly { page: AuditPage; scores: Readonly<Record<string, number | null>> }[],
): string {
  const header = ["page", ...CATEGORIES];
  const lines = rows.map(({ page, scores }) => [
    `${page.kind} ${page.path} (${page.preset})`,
    ...CATEGORIES.map((category) => {
      const score = scores[category];
      if (score === null || score === undefined) return "n/a ✗";
      return `${Math.round(score * 100)}${score < MIN_SCORE ? " ✗" : ""}`;
    }),
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...lines.map((line) => (line[column] ?? "").length)),
  );
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [format(header), ...lines.map(format)].join("\n");
}
