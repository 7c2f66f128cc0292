/**
 * Per-route render times from `astro build` output, whose static-route lines
 * read `  ├─ /claims/x/index.html (+3ms)`. Grouped by route kind, they show
 * which pages cost what, and whether a kind's cost per page grows with the
 * corpus (a per-page scan of the whole site). Lines in another format are
 * ignored, so a changed log only empties the breakdown.
 */

/** Pages of one route kind and their summed render time. */
export interface RouteTimes {
  readonly pages: number;
  readonly ms: number;
}

// Astro writes times under a second as "+12ms" and longer ones as "+1.23s".
const LINE = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/u;

/**
 * The route kind of an output path: `/claims/x/index.html` → `/claims/[id]/`,
 * `/og/claims/x.png` → `/og/claims/*.png`; top-level pages and files stay as they are.
 */
export function routeKind(path: string): string {
  const parts = path.split("/").filter((part) => part !== "" && part !== "index.html");
  const last = parts[parts.length - 1] ?? "";
  const extension = /\.(\w+)$/u.exec(last)?.[1];
  if (parts.length <= 1) return parts.length === 0 ? "/" : `/${last}${extension === undefined ? "/" : ""}`;
  if (extension !== undefined) return `/${parts.slice(0, -1).join("/")}/*.${extension}`;
  if (parts[0] === "stories" && parts.length > 2) return "/stories/[id]/[kind]/[value]/";
  return `/${parts[0]}/[id]/`;
}

/** Render time per route kind, most expensive first. */
export function routeTimes(log: string): Map<string, RouteTimes> {
  const times = new Map<string, RouteTimes>();
  for (const line of log.split("\n")) {
    const match = LINE.exec(line);
    if (match === null) continue;
    const kind = routeKind(match[1] as string);
    const before = times.get(kind) ?? { pages: 0, ms: 0 };
    const ms = Number(match[2]) * (match[3] === "s" ? 1000 : 1);
    times.set(kind, { pages: before.pages + 1, ms: before.ms + ms });
  }
  return new Map([...times].sort((a, b) => b[1].ms - a[1].ms));
}
