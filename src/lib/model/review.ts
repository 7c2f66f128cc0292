import type { Site } from "./types.ts";
import { createDetailExtractor, distinctDetails } from "../compare/details.ts";
import { siteKnownEntities } from "../compare/known-entities.ts";
import { nameKey } from "../compare/names.ts";

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
export function findUnlistedNames(site: Site): UnlistedName[] {
  const extract = createDetailExtractor(siteKnownEntities(site));
  const byKey = new Map<string, { name: string; articleIds: string[] }>();
  for (const article of site.articles.values()) {
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

/**
 * For editors: every agree claim whose accounts name details no other report
 * names, one warning per claim naming its file, and what each report alone
 * names. The status stays the editor's call: these lines never fail a check.
 */
export function formatDetailWarnings(site: Site): string[] {
  const lines: string[] = [];
  for (const claim of site.claims.values()) {
    if (!claim.detailsDiffer) continue;
    const parts = Object.entries(claim.details)
      .filter(([, account]) => account.only.length > 0)
      .map(
        ([articleId, account]) =>
          `only ${site.articles.get(articleId)?.label ?? articleId} names ${account.only.map((d) => d.text).join(" · ")}`,
      );
    lines.push(
      `warning: ${claim.file}: status "agree", but ${parts.join("; ")}.` +
        (claim.note ? " (It has a note: check that it says so.)" : " Review the status, or add a note that says so."),
    );
  }
  return lines;
}

/** For editors: proper names the reports use that have no person or place entry yet. */
export function formatUnlistedNames(site: Site): string[] {
  const unlisted = findUnlistedNames(site);
  if (unlisted.length === 0) return [];
  return [
    `Names without a person or place entry (add one to content/people or content/places if it is either): ${unlisted.length}`,
    ...unlisted.map(
      (entry) => `  ${entry.name} — ${entry.articleIds.map((id) => site.articles.get(id)?.label ?? id).join(", ")}`,
    ),
  ];
}
