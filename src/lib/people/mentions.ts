import { createNameMatcher } from "./name-matcher.ts";

/** Something the text may name: a person or a place, under any of its names. */
export interface NamedEntity {
  readonly id: string;
  readonly names: readonly string[];
}

/** Counts of mentions per entity id, for one text. */
export type MentionCounts = ReadonlyMap<string, number>;

/** Every name of every entity, paired with the entity's id (the input of a name matcher). */
export const entityNames = (entities: readonly NamedEntity[]): Array<readonly [string, string]> =>
  entities.flatMap((entity) => entity.names.map((name) => [name, entity.id] as const));

/**
 * Build a counter that finds every entity's names in a text in one pass
 * (see createNameMatcher: word boundaries, case-sensitive, diacritics
 * ignored, longer names win).
 */
export function createMentionCounter(entities: readonly NamedEntity[]): (text: string) => MentionCounts {
  const match = createNameMatcher(entityNames(entities));
  return (text) => {
    const counts = new Map<string, number>();
    for (const { value } of match(text)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
}
