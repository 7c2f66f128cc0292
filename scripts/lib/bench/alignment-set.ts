/**
 * Read an alignment answer key (tests/fixtures/alignment/<set>/): reports as
 * plain text (first line the headline, then the body) and the claims an
 * editor would make, each with its sentences per report and a status.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { claimSchema } from "../../../src/schemas/claim.ts";
import type { ExistingClaim } from "../../../src/lib/compare/align/existing-claim.ts";
import type { ExpectedJoin } from "../../../src/lib/compare/yardstick/joins.ts";
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
  /** A "new report joins a story" key: committed claims of the other reports, and what the new one should join. */
  joins?: {
    report: string;
    /** Folder of claim files (the project's claim shape), relative to the key. */
    committed: string;
    expected: { claim: string; status: "agree" | "differ"; sidesWith?: string; quotes: string[] }[];
  };
}

/** A story with committed claims and one more report to attach. */
export interface JoinsSet {
  readonly name: string;
  readonly heldOut: boolean;
  readonly reports: ReportInput[];
  readonly existing: ExistingClaim[];
  readonly report: string;
  readonly expected: ExpectedJoin[];
}

/** A story with its answer key, ready for the engine and the scorer. */
export interface AlignmentSet {
  readonly name: string;
  readonly heldOut: boolean;
  readonly reports: ReportInput[];
  readonly expected: ClaimSentences[];
}

/** A key's reports: each line after the headline is a paragraph, parsed by the build's own pipeline. */
function readKey(dir: string, name: string) {
  const reference = JSON.parse(readFileSync(join(dir, "reference.json"), "utf8")) as Reference;
  const reports = Object.entries(reference.reports).map(([id, report]) => {
    const lines = readFileSync(join(dir, report.file), "utf8")
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== "");
    const { blocks } = parseArticle(lines.slice(1).join("\n\n"));
    return { id, label: report.outlet, blocks };
  });
  const indexes = new Map(reports.map((report) => [report.id, indexForQuotes(report.blocks)]));
  const sentencesOf = (report: string, quote: string, where: string) => {
    const found = locateQuote(indexes.get(report) ?? { blocks: [] }, quote);
    if (found.kind !== "found") throw new Error(`${name}: quote of ${where} not found in ${report}: ${quote}`);
    return found.location;
  };
  return { reference, reports, sentencesOf };
}

/** Load one answer key. */
export function loadAlignmentSet(dir: string, name: string): AlignmentSet {
  const { reference, reports, sentencesOf } = readKey(dir, name);
  const expected = reference.claims.map((claim) => ({
    status: claim.status,
    accounts: new Map(
      Object.entries(claim.accounts).map(([report, quotes]) => [
        report,
        quotes.flatMap((quote) => sentencesOf(report, quote, `claim "${claim.id}"`).sentenceIds),
      ]),
    ),
  }));
  return { name, heldOut: reference.heldOut === true, reports, expected };
}

/** Whether a key is a "new report joins a story" key. */
export const isJoinsKey = (dir: string): boolean =>
  existsSync(join(dir, "reference.json")) &&
  (JSON.parse(readFileSync(join(dir, "reference.json"), "utf8")) as Reference).joins !== undefined;

/** Load a "new report joins a story" key: its claim files are read with the project's claim schema. */
export function loadJoinsSet(dir: string, name: string): JoinsSet {
  const { reference, reports, sentencesOf } = readKey(dir, name);
  const joins = reference.joins;
  if (joins === undefined) throw new Error(`${name}: reference.json has no "joins"`);
  const claimsDir = join(dir, joins.committed);
  const existing = readdirSync(claimsDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .map((file): ExistingClaim => {
      const parsed = claimSchema.strict().safeParse(parse(readFileSync(join(claimsDir, file), "utf8")));
      if (!parsed.success) throw new Error(`${name}: ${file}: ${parsed.error.message}`);
      const id = file.replace(/\.yaml$/u, "");
      const accounts = Object.entries(parsed.data.accounts);
      const located = accounts.map(
        ([report, account]) => [report, account.quotes.map((q) => sentencesOf(report, q, `${file}`))] as const,
      );
      return {
        id,
        accounts: new Map(
          located.map(([report, found]) => [report, [...new Set(found.flatMap((f) => f.sentenceIds))]]),
        ),
        quotes: new Map(located.map(([report, found]) => [report, found.map((f) => f.exact)])),
        ...(parsed.data.status === undefined ? {} : { status: parsed.data.status }),
        ...(parsed.data.note === undefined ? {} : { note: parsed.data.note }),
      };
    });
  const expected = joins.expected.map((join) => ({
    claim: join.claim,
    status: join.status,
    ...(join.sidesWith === undefined ? {} : { sidesWith: join.sidesWith }),
    sentenceIds: join.quotes.flatMap((q) => sentencesOf(joins.report, q, `join of "${join.claim}"`).sentenceIds),
  }));
  return { name, heldOut: reference.heldOut === true, reports, existing, report: joins.report, expected };
}

/**
 * A joins set made from an answer key of three or more reports: its last
 * report joins the claims of the others (the key's claims, less that
 * report's accounts). The status before joining is the key's where two
 * accounts remain; an approximation, since a difference may lie in the
 * report left out. Used on the development keys only.
 */
export function joinsFromKey(set: AlignmentSet): JoinsSet | undefined {
  if (set.reports.length < 3) return undefined;
  const report = (set.reports[set.reports.length - 1] as ReportInput).id;
  const claims = set.expected.map((claim, n) => ({ claim, id: `claim-${n + 1}` }));
  const existing = claims.flatMap(({ claim, id }): ExistingClaim[] => {
    const accounts = new Map([...claim.accounts].filter(([r]) => r !== report));
    if (accounts.size === 0) return [];
    const status = accounts.size === 1 ? "only" : (claim.status as "agree" | "differ");
    return [{ id, accounts, status }];
  });
  const expected = claims.flatMap(({ claim, id }): ExpectedJoin[] => {
    const mine = claim.accounts.get(report);
    if (mine === undefined || claim.accounts.size < 2) return [];
    return [{ claim: id, sentenceIds: mine, status: claim.status as "agree" | "differ" }];
  });
  return {
    name: `${set.name} (last report joins)`,
    heldOut: set.heldOut,
    reports: set.reports,
    existing,
    report,
    expected,
  };
}
