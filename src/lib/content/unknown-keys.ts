import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";

/**
 * The keys a schema allows at `path`, found by walking the schema as zod
 * walks the data (objects, arrays, records, and the wrappers around them).
 * Undefined where the schema has no object there.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let node: z.ZodType = schema;
  for (let i = 0; ; ) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) {
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe) {
      // idRecord checks keys on the raw input, then pipes into the record that holds the values.
      node = node.out as z.ZodType;
    } else if (i === path.length) {
      return node instanceof z.ZodObject ? Object.keys(node.shape) : undefined;
    } else if (node instanceof z.ZodObject) {
      const next = (node.shape as Record<string, z.ZodType>)[String(path[i])];
      if (next === undefined) return undefined;
      node = next;
      i++;
    } else if (node instanceof z.ZodArray) {
      node = node.element as z.ZodType;
      i++;
    } else if (node instanceof z.ZodRecord) {
      node = node.valueType as z.ZodType;
      i++;
    } else return undefined;
  }
}

/** Closest known key when it is a plausible misspelling: at most a third of its letters differ. */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(key.toLowerCase(), known.map((k) => k.toLowerCase()));
  const match = known.find((k) => k.toLowerCase() === candidate) as string;
  return distance(key.toLowerCase(), candidate) <= Math.max(1, Math.floor(match.length / 3)) ? match : undefined;
}
