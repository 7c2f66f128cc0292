/**
 * The search payload: every record and prebuilt Fuse index in one object,
 * and the folded records those indexes compare. The build splits it into the
 * files the browser reads (build/shard-build.ts); tests and the benchmark
 * search it whole (yardstick/engine.ts). Types only, so it imports nothing
 * that runs.
 */
import type { ClaimStatus } from "../../status.ts";

/** A report (article) as search shows it. */
export interface SearchReport {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly title: string;
  /**
   * The report's language and direction, for its headline and quotes; both
   * absent when it is the site's own language (text/language.ts
   * languageAttributes, as the report's own page marks it).
   */
  readonly lang?: string;
  readonly dir?: "ltr" | "rtl";
}

/** How often one report names a person. */
export interface SearchMention {
  /** Index into `SearchPayload.reports`. */
  readonly report: number;
  readonly count: number;
}

/** A person as search shows it. */
export interface SearchPerson {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly role: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly SearchMention[];
  /** Indices into `SearchPayload.claims` of every claim involving the person (SitePerson.claimIds). */
  readonly claims: readonly number[];
}

/** One verbatim quote, with the report it comes from. */
export interface SearchQuote {
  /** Index into `SearchPayload.reports`. */
  readonly report: number;
  /** The article's own characters (SiteQuote.exact). */
  readonly text: string;
}

/** A claim as search shows it. */
export interface SearchClaim {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly topic: string;
  readonly status: ClaimStatus;
  /** Indices into `SearchPayload.reports` of the reports that carry the claim. */
  readonly reports: readonly number[];
  readonly quotes: readonly SearchQuote[];
}

/** A Fuse index as `FuseIndex.toJSON()` writes it (kept structural so this file imports no code). */
export interface SerializedIndex {
  readonly keys: readonly {
    readonly path: readonly string[];
    readonly id: string;
    readonly weight: number;
    readonly src: string | readonly string[];
  }[];
  readonly records: readonly unknown[];
}

/** Everything the browser needs to search: display data plus one prebuilt Fuse index per kind. */
export interface SearchPayload {
  readonly version: 1;
  readonly reports: readonly SearchReport[];
  readonly people: readonly SearchPerson[];
  readonly claims: readonly SearchClaim[];
  readonly index: {
    readonly people: SerializedIndex;
    readonly claims: SerializedIndex;
    readonly reports: SerializedIndex;
  };
}

/** What the claim index compares, folded (quotes are folded in the browser, see QUOTE_WEIGHT). */
export interface ClaimIndexRecord {
  readonly title: string;
  readonly topic: string;
  /** Names and aliases of the people the claim lists or has speak. */
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly note: string;
  readonly summaries: readonly string[];
}

/** What the people index compares, folded. */
export interface PersonIndexRecord {
  /** Name first, then every alias. */
  readonly names: readonly string[];
  readonly role: string;
}

/** What the report index compares, folded. */
export interface ReportIndexRecord {
  readonly outlet: string;
  readonly title: string;
}
