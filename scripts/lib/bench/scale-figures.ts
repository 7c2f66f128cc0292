/**
 * Figures the scale benchmark reads from a build: what the preview cards
 * cost (the `[cards]` line src/lib/cards/store.ts writes to the build log), and the
 * size of the pages a reader downloads (home pages, story pages).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The cards a build rendered in its worker pool, and the CPU time they took. */
export interface CardStats {
  readonly cards: number;
  readonly workers: number;
  readonly cpuMs: number;
}

const CARD_LINE = /\[cards\] (\d+) rendered in (\d+) workers, (\d+) ms CPU/gu;

/** Sum of every `[cards]` line of a build log; undefined when the build rendered no card (a warm cache). */
export function cardStats(log: string): CardStats | undefined {
  let found: CardStats | undefined;
  for (const match of log.matchAll(CARD_LINE)) {
    const [cards, workers, cpuMs] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    found = {
      cards: (found?.cards ?? 0) + cards,
      workers: Math.max(found?.workers ?? 0, workers),
      cpuMs: (found?.cpuMs ?? 0) + cpuMs,
    };
  }
  return found;
}

/**
 * The cards' share of a build, two ways, both from the same run:
 * - cpu: their CPU time over the CPU time of the whole build (every thread);
 * - wall: the time the page renderer spent on card routes (waiting for the
 *   workers and reading their files) over the wall time.
 * The benchmark reports the larger.
 */
export function cardShare(
  card: { cpuMs: number | undefined; routeMs: number },
  build: { cpuMs: number | undefined; wallMs: number },
): { cpu: number | undefined; wall: number; reported: number } {
  const cpu = card.cpuMs === undefined || build.cpuMs === undefined ? undefined : card.cpuMs / build.cpuMs;
  const wall = card.routeMs / build.wallMs;
  return { cpu, wall, reported: Math.max(cpu ?? 0, wall) };
}

/** Size of a page, raw and gzipped (level 9, as a static host serves it), in KB (1 000 bytes). */
export interface PageSize {
  readonly path: string;
  readonly kb: number;
  readonly gzKb: number;
}

/** Raw and gzipped size of each built file (paths relative to `dist`). */
export function pageSizes(dist: string, files: readonly string[]): PageSize[] {
  return files.map((path) => {
    const bytes = readFileSync(join(dist, path));
    return { path, kb: bytes.length / 1000, gzKb: gzipSync(bytes, { level: 9 }).length / 1000 };
  });
}

/** The home page and its numbered pages: `index.html`, `page/2/index.html`, … */
export const isHomePage = (file: string): boolean => file === "index.html" || /^page\/\d+\/index\.html$/u.test(file);

/** A story's main page, not its filter pages: `stories/<id>/index.html`. */
export const isStoryPage = (file: string): boolean => /^stories\/[^/]+\/index\.html$/u.test(file);

/** The largest of some pages (by gzipped size). */
export function largest(sizes: readonly PageSize[]): PageSize | undefined {
  return sizes.reduce<PageSize | undefined>(
    (max, size) => (max === undefined || size.gzKb > max.gzKb ? size : max),
    undefined,
  );
}

/** Story ids by report count, from the built `claims.json`. */
export function storiesByReports(dist: string): Map<number, string[]> {
  const data = JSON.parse(readFileSync(join(dist, "claims.json"), "utf8")) as {
    stories: { id: string; articles: string[] }[];
  };
  const byCount = new Map<number, string[]>();
  for (const story of data.stories)
    byCount.set(story.articles.length, [...(byCount.get(story.articles.length) ?? []), story.id]);
  return byCount;
}
