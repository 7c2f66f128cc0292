/**
 * Read an alignment answer key (tests/fixtures/alignment/<set>/): reports as
 * plain text (first line the headline, then the body) and the claims an
 * editor would make, each with its sentences per report and a status.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../../src/lib/article/render-article.ts";
import { indexForQuotes, locateQuote } from "../../../src/lib/claims/locate-quote.ts";
import type { ClaimSentences } from "../../../src/lib/compare/yardstick/evaluate.ts";
import type { ReportInput } from "../../../src/lib/compare/align/suggest.ts";

interface Reference {
  /** Written after the engine was tuned and never used to tune it: its figures estimate unseen stories. */
  heldOut?: boolean;
  story: string;
  reports: Record<string, { file: string; outlet: string }>;
  claims: { id: string; status: string; accounts: Record<string, string[]> }[];
}

/** A story with its answer key, ready for the engine and the scorer. */
export interface AlignmentSet {
  readonly name: string;
  readonly heldOut: boolean;
  readonly reports: ReportInput[];
  readonly expected: ClaimSentences[];
}

/** Load one answer key; each line after the headline is a paragraph, parsed by the build's own pipeline. */
export function loadAlignmentSet(dir: string, name: string): AlignmentSet {
  const reference = JSON.parse(readFileSync(join(dir, "reference.json"), "utf8")) as Reference;
  const reports = Object.entries(reference.reports).map(([id, report]) => {
    const lines = readFileSync(join(dir, report.file), "utf8")
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== "");
    const { blocks } = parseArticle(lines.slice(1).join("\n\n"));
    return { id, label: report.outlet, blocks };
  });
  const indexes = new Map(reports.map((report) => [report.id, indexForQuotes(report.blocks)]));
  const expected = reference.claims.map((claim) => ({
    status: claim.status,
    accounts: new Map(
      Object.entries(claim.accounts).map(([report, quotes]) => [
        report,
        quotes.flatMap((quote) => {
          const found = locateQuote(indexes.get(report) ?? { blocks: [] }, quote);
          if (found.kind !== "found")
            throw new Error(`${name}: quote of claim "${claim.id}" not found in ${report}: ${quote}`);
          return found.location.sentenceIds;
        }),
      ]),
    ),
  }));
  return { name, heldOut: reference.heldOut === true, reports, expected };
}
