/**
 * Content ids: file names, account keys and former claim ids. They become
 * URLs, folder names in `dist/` and keys of the site model, so they are
 * lower-case slugs, and never a name that plain JavaScript objects already
 * carry (`constructor`, `__proto__`, …), which would read an inherited
 * value or be dropped on assignment.
 */

/** Lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Names every object inherits, plus the two that change an object's prototype. */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  "__proto__",
  "prototype",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Why `id` cannot be a content id, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (RESERVED_IDS.has(id)) return `"${id}" is a reserved name`;
  if (!ID_PATTERN.test(id)) return `"${id}" is not a valid id`;
  return undefined;
}

/** The fix for an id that `idProblem` refused. */
export const ID_FIX =
  "use lower-case letters, digits and single hyphens, e.g. witkoff-says-putin-agreed, and not a reserved name (constructor, prototype, __proto__)";
