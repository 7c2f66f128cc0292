/**
 * Split a search payload into the sharded index (see shard-types.ts): the
 * vocabulary, postings shards of consecutive words, and one record per
 * claim, person and report. Pure; shard-assets.ts names and hashes the files.
 */
import { CLAIM_STATUSES } from "../../status.ts";
import { searchText } from "../shared/fold.ts";
import {
  BUNDLE_MAX_CLAIMS,
  CLAIM_KEY_BITS,
  groupLanguages,
  packPostings,
  referPeople,
  REPORT_KEY_BITS,
} from "../shared/shard-codec.ts";
import { fieldsOf } from "../shared/claim-fields.ts";
import { payloadSource } from "../shared/payload-source.ts";
import type {
  CitedReport,
  ClaimBundleFile,
  ClaimFieldsFile,
  ClaimRecordFields,
  ClaimRecordFile,
  PersonRecordFile,
  PostingsShard,
  SearchVocabulary,
} from "../shared/shard-types.ts";
import { valueOf } from "../shared/fuse-record.ts";
import type { SearchPayload, SearchReport, SerializedIndex } from "../shared/types.ts";
import type { WordIndex } from "../shared/word-index.ts";

/**
 * Bytes of packed postings (as JSON) after which a shard is closed; a word
 * always stays whole, so a very common word is a shard of its own. Chosen
 * with `npm run bench search`: a query's exact and prefix matches sit in
 * neighbouring shards, but its typo matches are scattered, one shard each,
 * so small shards waste least. At 10 000 claims (95th percentile of bytes
 * per later query) 600 bytes gave 43.0 KB, 1 000 43.1 KB, 2 000 46.0 KB;
 * on the real site the first person query fetched 5.4, 5.6 and 6.1 KB.
 * 300 bytes gained nothing more and lengthens the vocabulary's shard list.
 */
export const SHARD_TARGET_BYTES = 600;

/** The vocabulary before its files are named. */
export type VocabularyDraft = Omit<SearchVocabulary, "postings" | "records">;

/** The sharded index in memory. */
export interface SearchShards {
  readonly vocabulary: VocabularyDraft;
  readonly shards: readonly PostingsShard[];
  /** Records by name: `c<i>` claims, `f<i>` claims' folded fields, `b<i>` a person's claims, `p<i>` people, `r<i>` reports. */
  readonly records: ReadonlyMap<
    string,
    ClaimRecordFile | ClaimFieldsFile | ClaimBundleFile | PersonRecordFile | SearchReport
  >;
}

/** Shard a payload. */
export function buildSearchShards(payload: SearchPayload, targetBytes = SHARD_TARGET_BYTES): SearchShards {
  const source = payloadSource(payload);
  const words = [...new Set([...source.claims.vocabulary.words, ...source.reports.vocabulary.words])].sort();
  const claimPostings = postingsByWord(source.claims, CLAIM_KEY_BITS);
  const reportPostings = postingsByWord(source.reports, REPORT_KEY_BITS);

  const shards: { c: number[][]; r: number[][] }[] = [];
  const starts: number[] = [];
  let bytes = Infinity;
  words.forEach((word, id) => {
    if (bytes >= targetBytes) {
      shards.push({ c: [], r: [] });
      starts.push(id);
      bytes = 0;
    }
    const shard = shards[shards.length - 1] as { c: number[][]; r: number[][] };
    const c = claimPostings.get(word) ?? [];
    const r = reportPostings.get(word) ?? [];
    shard.c.push(c);
    shard.r.push(r);
    bytes += JSON.stringify(c).length + JSON.stringify(r).length + 2;
  });

  const reportsOf = (indices: Iterable<number>): Record<number, CitedReport> =>
    Object.fromEntries(
      [...new Set(indices)].flatMap((i) => {
        const report = payload.reports[i];
        return report ? [[i, { outlet: report.outlet, title: report.title }]] : [];
      }),
    );
  const records = new Map<
    string,
    ClaimRecordFile | ClaimFieldsFile | ClaimBundleFile | PersonRecordFile | SearchReport
  >();
  // The browser folds the vocabulary's names the same way (browser/shard-source.ts).
  const folded = payload.people.map((person) => [person.name, ...person.aliases].map(searchText));
  payload.claims.forEach((claim, i) => {
    const fields = extraFields(payload.index.claims, i, folded);
    records.set(`f${i}`, fieldsOf(claim, fields));
    const { id: _id, status: _status, ...shown } = claim;
    records.set(`c${i}`, {
      claim: shown,
      fields,
      outlets: Object.fromEntries(
        [...new Set([...claim.reports, ...claim.quotes.map((quote) => quote.report)])].map((report) => [
          report,
          payload.reports[report]?.outlet ?? "",
        ]),
      ),
    });
  });
  payload.people.forEach((person, i) => {
    if (person.claims.length === 0 || person.claims.length > BUNDLE_MAX_CLAIMS) return;
    const bundle: Record<number, ClaimRecordFile> = {};
    for (const claim of person.claims) bundle[claim] = records.get(`c${claim}`) as ClaimRecordFile;
    records.set(`b${i}`, bundle);
  });
  payload.people.forEach(({ id: _id, name: _name, aliases: _aliases, role: _role, ...person }, i) =>
    records.set(`p${i}`, { person, reports: reportsOf(person.mentions.map((mention) => mention.report)) }),
  );
  // A report's language is the vocabulary's (`languages`).
  payload.reports.forEach(({ lang: _lang, dir: _dir, ...report }, i) => records.set(`r${i}`, report));
  const languages = groupLanguages(payload.reports);

  return {
    vocabulary: {
      version: 3,
      people: payload.people.map(({ name, aliases, role }) => ({ name, aliases, role })),
      words,
      shards: starts,
      statuses: payload.claims.map((claim) => CLAIM_STATUSES.indexOf(claim.status)).join(""),
      reportCount: payload.reports.length,
      ...(languages.length > 0 ? { languages } : {}),
    },
    shards,
    records,
  };
}

/**
 * The folded fields of claim `i` that its display record lacks, read back from
 * the Fuse index; people by index into `people` (folded names) where they fit.
 */
function extraFields(index: SerializedIndex, i: number, people: readonly (readonly string[])[]): ClaimRecordFields {
  const entries = (index.records[i] as { $?: Record<number, unknown> } | undefined)?.$ ?? {};
  const value = (name: string): string | string[] => valueOf(entries[index.keys.findIndex((key) => key.id === name)]);
  const list = (name: string): string[] => [value(name)].flat().filter((text) => text !== "");
  return {
    people: referPeople(list("people"), people),
    places: list("places"),
    note: [value("note")].flat().join(" "),
    summaries: list("summaries"),
  };
}

/** Each word's packed postings in a word index. */
function postingsByWord(index: WordIndex, bits: number): Map<string, number[]> {
  return new Map(
    index.vocabulary.words.map((word, id) => [word, packPostings(index.records[id] ?? [], index.keys[id] ?? [], bits)]),
  );
}
