import type { Site } from "./types.ts";
import { findUnlistedNames } from "../compare/unlisted-names.ts";
import { twoReportWording } from "./note-references.ts";
import { siteKnownEntities } from "./site-details.ts";

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
  const unlisted = findUnlistedNames(site.articles.values(), siteKnownEntities(site));
  if (unlisted.length === 0) return [];
  return [
    `Names without a person or place entry (add one to content/people or content/places if it is either): ${unlisted.length}`,
    ...unlisted.map(
      (entry) => `  ${entry.name} — ${entry.articleIds.map((id) => site.articles.get(id)?.label ?? id).join(", ")}`,
    ),
  ];
}

/**
 * For editors: notes and summaries in a story of three reports or more that still speak as if it had two ("the
 * other report", "both reports", "Report B"), one warning per field naming its file. They warn, never fail: the editor rewrites
 * them with `[[article-id]]` references, which stay true however many reports join.
 */
export function formatNoteWarnings(site: Site): string[] {
  const reportCount = new Map(site.stories.map((story) => [story.id, story.articleIds.length]));
  const lines: string[] = [];
  for (const claim of site.claims.values()) {
    const count = reportCount.get(claim.story) ?? 0;
    if (count < 3) continue;
    const texts: [string, string | undefined][] = [
      ["note", claim.note],
      ...claim.accounts.map((account): [string, string] => [`accounts.${account.articleId}.summary`, account.summary]),
    ];
    for (const [field, text] of texts) {
      const words = text === undefined ? undefined : twoReportWording(text);
      if (words === undefined) continue;
      lines.push(
        `warning: ${claim.file}: ${field} says “${words}”, but story "${claim.story}" has ${count} reports. ` +
          "Name each report meant: write [[article-id]], which the pages show as its outlet.",
      );
    }
  }
  return lines;
}
