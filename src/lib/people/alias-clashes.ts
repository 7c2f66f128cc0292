import type { ContentProblem } from "../content-error.ts";
import { foldName } from "./name-matcher.ts";

/** A person or place with the file it comes from and every name it goes by. */
export interface NamedFile {
  readonly kind: "person" | "place";
  readonly file: string;
  /** `name` first, then the aliases, as written in the file. */
  readonly names: readonly string[];
}

/**
 * Names shared by two entities, people and places alike. The mention
 * counters and the details give each folded name to one owner, so a shared
 * alias ("Trump" for two people, "Bergen" for a person and a place) would
 * silently credit every mention to one of them and split the search
 * results: refuse it, naming both files.
 *
 * Names are compared after the counter's own folding (diacritics dropped,
 * case kept), so "Zelenskyj" and "Zelenskýj" clash but "May" and "may" do not.
 *
 * @returns One problem per clash, reported on the later file (input order).
 */
export function findAliasClashes(entities: readonly NamedFile[]): ContentProblem[] {
  const owners = new Map<string, NamedFile>();
  const problems: ContentProblem[] = [];
  for (const entity of entities) {
    // A file may repeat its own name among its aliases: that is harmless.
    for (const name of new Set(entity.names.map(foldName))) {
      const owner = owners.get(name);
      if (owner === undefined) {
        owners.set(name, entity);
        continue;
      }
      const written = entity.names.find((candidate) => foldName(candidate) === name) ?? name;
      problems.push({
        file: entity.file,
        field: entity.names[0] !== undefined && foldName(entity.names[0]) === name ? "name" : "aliases",
        problem: `"${written}" also names the ${owner.kind} in ${owner.file}, so mentions of it cannot be told apart`,
        fix:
          owner.kind === entity.kind
            ? `keep "${written}" in one of the two files only, and give the other ${entity.kind} a spelling of its own`
            : `keep "${written}" in one of the two files only: a person and a place may not share a name (give the ${entity.kind} a fuller spelling of its own)`,
      });
    }
  }
  return problems;
}
