/**
 * The sharded search index: what the build writes under /search/ and the
 * browser reads a piece at a time. Types only (no code runs from here).
 *
 * 1. The vocabulary, `index.<hash>.json`, fetched when search is first used:
 *    every person's name, aliases and role, every distinct folded word of the
 *    claims and reports (sorted), which postings shard holds which words,
 *    each claim's status (for the filter counts), and which reports are
 *    not in the site's language (for their headlines' and quotes' lang and dir).
 * 2. Postings shards, `s.<hash>.<k>.json`, each a run of consecutive words:
 *    for each word, the claims and reports containing it and in which fields.
 * 3. Records, `r.<hash>.c<i>.json` (claim), `…p<i>.json` (person) and
 *    `…r<i>.json` (report): what a result shows, fetched for shown results
 *    and the candidates Fuse scores again; `…f<i>.json`, a claim's folded
 *    fields alone, fetched for candidates Fuse scores again that are
 *    unlikely to be shown (a person query lists the person's claims first);
 *    `…b<i>.json`, every claim record of person i, for people with at most
 *    BUNDLE_MAX_CLAIMS claims (shard-codec.ts).
 */
import type { ClaimIndexRecord, SearchClaim, SearchPerson, SearchReport } from "./types.ts";

/** The file fetched first. */
export interface SearchVocabulary {
  readonly version: 3;
  /** Every person, in index order: the strings detection compares (folded in the browser). */
  readonly people: readonly VocabularyPerson[];
  /** Sorted distinct folded words of every claim field (quotes included) and every report. */
  readonly words: readonly string[];
  /** Postings shards in word order: shard k holds the words from `shards[k]` up to `shards[k + 1]`. */
  readonly shards: readonly number[];
  /** File-name prefix of the shards (`s.<hash>.`), relative to the vocabulary. */
  readonly postings: string;
  /** One digit per claim, its status as an index into CLAIM_STATUSES. */
  readonly statuses: string;
  readonly reportCount: number;
  /**
   * Reports not in the site's language, by language: a short list (absent when
   * every report is in the site's language) instead of a code per report or
   * per quote. Report and claim records carry no language of their own.
   */
  readonly languages?: readonly ReportLanguage[];
  /** File-name prefix of the records (`r.<hash>.`), relative to the vocabulary. */
  readonly records: string;
}

/** The reports written in one language other than the site's. */
export interface ReportLanguage {
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  /** Indices of the reports, ascending. */
  readonly reports: readonly number[];
}

/** A person as the vocabulary lists them. */
export interface VocabularyPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string;
}

/**
 * A postings shard: for each of its words, in order, the packed postings of
 * claims (`c`) and reports (`r`). A packed posting is
 * `(record − previous record) × 2^keyBits + keyMask` (see shard-codec.ts).
 */
export interface PostingsShard {
  readonly c: readonly (readonly number[])[];
  readonly r: readonly (readonly number[])[];
}

/**
 * A claim record: display data, the folded fields Fuse re-scores that the
 * display lacks (title and topic are folded from the display copy), and the
 * outlets of the reports it cites (a claim result shows outlets, not
 * headlines).
 */
export interface ClaimRecordFile {
  /** The display record without what the vocabulary has (the status) or the page never shows (the id). */
  readonly claim: Omit<SearchClaim, "id" | "status">;
  readonly fields: ClaimRecordFields;
  /** Outlet of the reports `claim.reports` and `claim.quotes` refer to, by index. */
  readonly outlets: Readonly<Record<number, string>>;
}

/**
 * The folded fields of a claim record. In `people`, a number stands for a
 * person of the vocabulary (their folded name, then every folded alias, as
 * the index lists them) and a string for itself: names are not repeated in
 * every claim of a person.
 */
export interface ClaimRecordFields extends Omit<ClaimIndexRecord, "title" | "topic" | "people"> {
  readonly people: readonly (number | string)[];
}

/** What Fuse re-scores of a claim, alone: its folded title and topic, and the other fields. */
export interface ClaimFieldsFile {
  readonly title: string;
  readonly topic: string;
  readonly fields: ClaimRecordFields;
}

/** Every claim record of one person, by claim index. */
export type ClaimBundleFile = Readonly<Record<number, ClaimRecordFile>>;

/** What a claim or person result shows of a report it cites. */
export type CitedReport = Pick<SearchReport, "outlet" | "title">;

/** A person record: display data and the reports its mentions refer to. */
export interface PersonRecordFile {
  /** The display record without what the vocabulary has (name, aliases, role) or the page never shows (the id). */
  readonly person: Omit<SearchPerson, "id" | "name" | "aliases" | "role">;
  readonly reports: Readonly<Record<number, CitedReport>>;
}
