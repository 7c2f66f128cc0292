/**
 * Reading the records of a serialised Fuse index (`{ i, $ }`, as
 * `FuseIndex.toJSON()` writes them) back into field values.
 */

/** A Fuse sub-record back to its value (a string or a list of strings); "" when absent. */
export function valueOf(entry: unknown): string | string[] {
  if (Array.isArray(entry)) return entry.map((item: { v: string }) => item.v);
  return (entry as { v?: string } | undefined)?.v ?? "";
}
