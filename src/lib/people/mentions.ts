/** Something the text may name: a person or a place, under any of its names. */
export interface NamedEntity {
  readonly id: string;
  readonly names: readonly string[];
}

/** Counts of mentions per entity id, for one text. */
export type MentionCounts = ReadonlyMap<string, number>;

/**
 * The folding names and texts get before matching: diacritics dropped, case
 * kept. Anything that must agree with the counter (alias clashes) uses this.
 */
export const foldName = (text: string): string => text.normalize("NFKD").replace(/\p{M}+/gu, "");
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Build a counter that finds every entity's names in a text in one pass.
 *
 * Names match on word boundaries, case-sensitively and ignoring diacritics,
 * so "Ukraine’s" counts for Ukraine but "Ukrainian" does not. Longer names
 * win ("Volodymyr Zelenskyy" is one mention, not two). One combined pattern
 * keeps the cost linear in the text, however many people there are.
 */
export function createMentionCounter(entities: readonly NamedEntity[]): (text: string) => MentionCounts {
  const owner = new Map<string, string>();
  for (const entity of entities) for (const name of entity.names) owner.set(foldName(name), entity.id);
  // A name that folds to nothing (only combining marks) would match the empty string everywhere; the schema
  // refuses such names, and the counter never relies on that.
  owner.delete("");
  const names = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (names.length === 0) return () => new Map();
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => {
    const counts = new Map<string, number>();
    const folded = foldName(text);
    // exec on the one compiled pattern: matchAll would clone (and recompile) the large alternation per call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
      // A zero-length match leaves lastIndex where it was: step past it, or exec would loop for ever.
      /* c8 ignore next 4 -- empty names are removed above; this keeps a future pattern from hanging the build */
      if (match[0] === "") {
        pattern.lastIndex++;
        continue;
      }
      const id = owner.get(match[0]) as string;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
}
