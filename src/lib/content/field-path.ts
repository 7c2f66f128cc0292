/**
 * How problems name a field of a content entry. Its own module because both
 * the schema check (parse-entries.ts) and the bidi-override check name fields
 * this way, and the first calls the second: kept in either, they import each other.
 */

/** `accounts.republic-policy.quotes[0]` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}
