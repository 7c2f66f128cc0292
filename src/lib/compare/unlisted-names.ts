import type { BlockInfo } from "../../plugins/rehype-sentence-ids.ts";
import { createDetailExtractor, distinctDetails } from "./details.ts";
import { nameKey } from "./names.ts";
import type { KnownEntities } from "./types.ts";

/** A proper name the reports use that has no person or place entry yet. */
export interface UnlistedName {
  readonly name: string;
  /** Articles whose paragraphs use it. */
  readonly articleIds: readonly string[];
}

/**
 * Every other proper name the reports' paragraphs use (headings are title
 * case, so noise), by first spelling, with the reports using it, sorted.
 * For editors only: the build never needs it, so only check:content pays
 * for tagging every report.
 */
export function findUnlistedNames(
  articles: Iterable<{ readonly id: string; readonly blocks: readonly BlockInfo[] }>,
  known: KnownEntities,
): UnlistedName[] {
  const extract = createDetailExtractor(known);
  const byKey = new Map<string, { name: string; articleIds: string[] }>();
  for (const article of articles) {
    const names = article.blocks
      .filter((block) => block.kind === "paragraph")
      .flatMap((block) => extract(block.text).filter((detail) => detail.kind === "name"));
    for (const name of distinctDetails(names)) {
      const entry = byKey.get(nameKey(name.text)) ?? { name: name.text, articleIds: [] };
      entry.articleIds.push(article.id);
      byKey.set(nameKey(name.text), entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}
