/**
 * Split a list into numbered pages, and choose which page numbers a
 * pagination bar shows, so that every item is reachable from page 1 by
 * links alone, however long the list grows.
 */

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based page number. */
  readonly number: number;
  /** How many pages the list has. */
  readonly count: number;
  readonly items: readonly T[];
}

/** The list cut into pages of `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * The page numbers a pagination bar lists: the first, the last, and those
 * within `radius` of the current page; `null` stands for a gap. Previous and
 * next links (shown beside it) reach the pages in the gaps.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= radius) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
