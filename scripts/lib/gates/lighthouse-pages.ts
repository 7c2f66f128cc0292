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

/**
 * Lighthouse runs per page. One run on a shared machine varies (90 to 100 on
 * one claim page here); Lighthouse's guidance is the median of several, and
 * three is the fewest in which one slow run is outvoted.
 */
export const RUNS_PER_PAGE = 3;

/** The median of numbers (the mean of the middle two when their count is even); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** What one Lighthouse run of a page gives the gate: each category's score and the total blocking time. */
export interface RunFigures {
  readonly scores: Readonly<Record<string, number | null>>;
  readonly tbtMs: number | undefined;
}

/**
 * Each figure's median over the runs of one page, taken figure by figure. A
 * category that some run could not score (null) stays null: a page that
 * fails to load once is a failure, not noise to outvote.
 */
export function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const scores: Record<string, number | null> = {};
  for (const category of CATEGORIES) {
    const values = runs.map((run) => run.scores[category] ?? null);
    scores[category] = values.includes(null) ? null : (median(values as number[]) ?? null);
  }
  const tbt = runs.map((run) => run.tbtMs).filter((ms): ms is number => ms !== undefined);
  return { scores, tbtMs: tbt.length === runs.length ? median(tbt) : undefined };
}

/**
 * A fixed-width table of median scores (0–100) per page and the median total
 * blocking time; failing cells are marked with `✗`.
 */
export function scoreTable(
  rows: readonly { page: AuditPage; scores: Readonly<Record<string, number | null>>; tbtMs?: number | undefined }[],
): string {
  const header = ["page", ...CATEGORIES, "TBT"];
  const lines = rows.map(({ page, scores, tbtMs }) => [
    `${page.kind} ${page.path} (${page.preset})`,
    ...CATEGORIES.map((category) => {
      const score = scores[category];
      if (score === null || score === undefined) return "n/a ✗";
      return `${Math.round(score * 100)}${score < MIN_SCORE ? " ✗" : ""}`;
    }),
    tbtMs === undefined ? "n/a" : `${Math.round(tbtMs)} ms`,
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...lines.map((line) => (line[column] ?? "").length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [format(header), ...lines.map(format)].join("\n");
}
