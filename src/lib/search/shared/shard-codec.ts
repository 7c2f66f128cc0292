/**
 * Postings in a shard, packed and unpacked, which shard holds a word, and the
 * reports' languages grouped and back. Shared by the build and the browser so
 * the two cannot disagree.
 */
import type { ReportLanguage, SearchVocabulary } from "./shard-types.ts";
import type { SearchReport } from "./types.ts";

/**
 * A person with at most this many claims (one page of results) has them all
 * in one file, fetched when a query names them: on a small site a person
 * query then costs one file of claims instead of one per claim (gzip also
 * shares their words). Larger lists are fetched claim by claim, as shown.
 */
export const BUNDLE_MAX_CLAIMS = 20;

/** Key bits per posting: claims have six Fuse keys plus quotes, reports two keys. */
export const CLAIM_KEY_BITS = 7;
export const REPORT_KEY_BITS = 2;

/**
 * Pack a word's postings (ascending records, with key masks) as
 * `delta × 2^bits + mask`: small integers that JSON writes in a few digits
 * and gzip compresses well.
 */
export function packPostings(records: readonly number[], keys: readonly number[], bits: number): number[] {
  let previous = 0;
  return records.map((record, n) => {
    const packed = (record - previous) * 2 ** bits + (keys[n] ?? 0);
    previous = record;
    return packed;
  });
}

/** Unpack what packPostings wrote. */
export function unpackPostings(packed: readonly number[], bits: number): { records: number[]; keys: number[] } {
  const records: number[] = [];
  const keys: number[] = [];
  const size = 2 ** bits;
  let record = 0;
  for (const value of packed) {
    record += Math.floor(value / size);
    records.push(record);
    keys.push(value % size);
  }
  return { records, keys };
}

/** The shard holding word `id` (shard starts ascending, the first 0). */
export function shardOf(starts: readonly number[], id: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] ?? 0) <= id) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The words shard `k` holds: [start, end). */
export function shardRange(vocabulary: Pick<SearchVocabulary, "shards" | "words">, k: number): [number, number] {
  return [vocabulary.shards[k] ?? 0, vocabulary.shards[k + 1] ?? vocabulary.words.length];
}

/**
 * A claim's folded people field with each run of strings that is exactly a
 * person's folded name and aliases replaced by the person's index; strings
 * that fit no person stay as they are. `expandPeople` gives back the field.
 */
export function referPeople(field: readonly string[], people: readonly (readonly string[])[]): (number | string)[] {
  const byFirst = new Map<string, number[]>();
  people.forEach((names, person) => {
    const first = names[0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), person]);
  });
  const refs: (number | string)[] = [];
  for (let at = 0; at < field.length;) {
    const person = (byFirst.get(field[at] as string) ?? []).find((candidate) =>
      (people[candidate] ?? []).every((name, n) => field[at + n] === name),
    );
    if (person === undefined) refs.push(field[at++] as string);
    else {
      refs.push(person);
      at += (people[person] ?? []).length;
    }
  }
  return refs;
}

/** The people field `referPeople` shortened. */
export const expandPeople = (refs: readonly (number | string)[], people: readonly (readonly string[])[]): string[] =>
  refs.flatMap((ref) => (typeof ref === "number" ? (people[ref] ?? []) : [ref]));

/** A report's language and direction, as SearchReport holds them (both absent for the site's language). */
export type LanguageMark = Pick<SearchReport, "lang" | "dir">;

/** The vocabulary's `languages`: reports grouped by language and direction, in order of first report. */
export function groupLanguages(reports: readonly LanguageMark[]): ReportLanguage[] {
  const groups = new Map<string, { lang: string; dir: "ltr" | "rtl"; reports: number[] }>();
  reports.forEach(({ lang, dir }, report) => {
    if (lang === undefined || dir === undefined) return;
    const key = `${lang} ${dir}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { lang, dir, reports: [report] });
    else group.reports.push(report);
  });
  return [...groups.values()];
}

/** Each report's language and direction from the vocabulary's `languages`: what groupLanguages grouped. */
export function languagesByReport(
  languages: readonly ReportLanguage[] = [],
): ReadonlyMap<number, Required<LanguageMark>> {
  return new Map(
    languages.flatMap(({ lang, dir, reports }) => reports.map((report) => [report, { lang, dir }] as const)),
  );
}
