/**
 * Character ranges of a text, and the two things the site does with them:
 * merge the ones that overlap (marks must not nest), and cut the text at
 * them into plain and marked pieces (to render marks as elements, never as
 * HTML strings).
 */

/** A half-open range `[start, end)` of UTF-16 offsets in a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A piece of a text: plain, or inside a range. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Overlapping or touching ranges joined into one, in order of start ("EU"
 * inside "EU Commission" is one mark). Without `join`, plain ranges; with
 * it, whatever `join` makes of each merged range and the ranges it covers
 * (its members, in order of start, then end), e.g. to keep their claims.
 */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[];
export function mergeRanges<R extends TextRange, M>(
  ranges: readonly R[],
  join: (range: TextRange, members: readonly R[]) => M,
): M[];
export function mergeRanges<R extends TextRange, M>(
  ranges: readonly R[],
  join?: (range: TextRange, members: readonly R[]) => M,
): (TextRange | M)[] {
  const groups: { start: number; end: number; members: R[] }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = groups.at(-1);
    if (last !== undefined && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      last.members.push(range);
    } else groups.push({ start: range.start, end: range.end, members: [range] });
  }
  return groups.map(({ start, end, members }) => (join === undefined ? { start, end } : join({ start, end }, members)));
}

/**
 * Cut a text into plain and marked pieces at sorted, non-overlapping ranges
 * (as mergeRanges gives them), keeping every character. A range that is
 * empty, runs past the text or overlaps the one before marks nothing.
 */
export function segmentText(text: string, ranges: readonly TextRange[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const { start, end } of ranges) {
    if (start < position || end > text.length || start >= end) continue;
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
