/** A piece of a quote: plain, or marked as a detail only this report names. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Cut a text into plain and marked pieces at the given ranges (sorted,
 * non-overlapping, as the model stores them), for rendering marks as
 * elements rather than as HTML strings.
 */
export function segmentText(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
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
