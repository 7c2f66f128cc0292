/**
 * From search results to what the page shows: display records, the status
 * filter, a length limit, and the sentence announced to screen readers.
 * Pure, so the wording is tested without a browser.
 */
import { CLAIM_STATUSES, STATUS_TEXT, type ClaimStatus } from "../../status.ts";
import type { SearchResults } from "../shared/core.ts";
import { excerpt, pickQuote } from "./highlight.ts";
import { segmentText, type Segment } from "../../text/ranges.ts";
import type { SearchClaim, SearchPerson, SearchReport } from "../shared/types.ts";

export interface PersonView {
  readonly name: string;
  readonly url: string;
  readonly role: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly { readonly outlet: string; readonly title: string; readonly count: number }[];
  readonly claimCount: number;
}

export interface ClaimView {
  readonly url: string;
  readonly title: string;
  readonly status: ClaimStatus;
  /** The quote shown, with its report's outlet, language and direction (absent for the site's language). */
  readonly quote?: {
    readonly pieces: readonly Segment[];
    readonly outlet: string;
    readonly lang?: string;
    readonly dir?: "ltr" | "rtl";
  };
  /** Outlets of the reports that carry the claim. */
  readonly outlets: readonly string[];
  /** Detected people the claim involves, by name. */
  readonly people: readonly string[];
}

export interface ReportView {
  readonly url: string;
  readonly outlet: string;
  readonly title: string;
  /** The headline's language and direction, absent for the site's language. */
  readonly lang?: string;
  readonly dir?: "ltr" | "rtl";
}

export interface ResultsView {
  readonly people: readonly PersonView[];
  readonly reports: readonly ReportView[];
  /** Claims passing the filter, cut to the limit. */
  readonly claims: readonly ClaimView[];
  /** Claims passing the filter before the cut. */
  readonly filteredCount: number;
  /** Claims per status, before the filter (shown on the filter buttons). */
  readonly counts: Readonly<Record<ClaimStatus, number>>;
  /** One sentence for the live region. */
  readonly message: string;
}

/**
 * The records a view reads: a whole payload, or sparse lists holding the
 * records of the results shown plus every claim's status (the sharded index).
 */
export interface ResultsSource {
  readonly reports: readonly (SearchReport | undefined)[];
  readonly people: readonly (SearchPerson | undefined)[];
  readonly claims: readonly (SearchClaim | undefined)[];
  /** A claim's status when its record is not loaded. */
  readonly statusOf?: (claim: number) => ClaimStatus | undefined;
}

/**
 * Build the view of results with the status filter (none = all), at most
 * `limit` claims and `listLimit` people and reports (the message counts all).
 */
export function toResultsView(
  results: SearchResults,
  payload: ResultsSource,
  statuses: readonly ClaimStatus[],
  limit: number,
  listLimit = Infinity,
): ResultsView {
  const outlet = (report: number): string => payload.reports[report]?.outlet ?? "";
  const language = (report: number): Pick<SearchReport, "lang" | "dir"> => {
    const { lang, dir } = payload.reports[report] ?? {};
    return lang === undefined || dir === undefined ? {} : { lang, dir };
  };
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  const filtered = results.claims.filter((hit) => {
    const status = payload.statusOf?.(hit.index) ?? payload.claims[hit.index]?.status;
    if (status === undefined) return false;
    counts[status]++;
    return statuses.length === 0 || statuses.includes(status);
  });
  const people = results.people.slice(0, listLimit).flatMap((hit) => payload.people[hit.index] ?? []);
  const claims = filtered.slice(0, limit).flatMap((hit): ClaimView[] => {
    const claim = payload.claims[hit.index];
    if (claim === undefined) return [];
    const match = pickQuote(claim, results.terms);
    const cut = match && excerpt(match.quote.text, match.marks);
    return [
      {
        url: claim.url,
        title: claim.title,
        status: claim.status,
        ...(match && cut
          ? {
              quote: {
                pieces: segmentText(cut.text, cut.marks),
                outlet: outlet(match.quote.report),
                ...language(match.quote.report),
              },
            }
          : {}),
        outlets: claim.reports.map(outlet),
        people: hit.people.flatMap((index) => payload.people[index]?.name ?? []),
      },
    ];
  });
  const view = {
    people: people.map((person) => ({
      name: person.name,
      url: person.url,
      role: person.role,
      aliases: person.aliases,
      mentions: person.mentions.map((mention) => ({
        outlet: outlet(mention.report),
        title: payload.reports[mention.report]?.title ?? "",
        count: mention.count,
      })),
      claimCount: person.claims.length,
    })),
    reports: results.reports.slice(0, listLimit).flatMap((hit) => {
      const report = payload.reports[hit.index];
      return report ? [{ url: report.url, outlet: report.outlet, title: report.title, ...language(hit.index) }] : [];
    }),
    claims,
    filteredCount: filtered.length,
    counts,
  };
  const counted = { ...view, people: results.people, reports: results.reports };
  return { ...view, message: resultsMessage(results.query.raw, counted, results.claims.length, statuses) };
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "1 person, 3 claims and 1 report for “Meloni”." plus what the filter and the limit leave out. */
export function resultsMessage(
  query: string,
  view: { people: readonly unknown[]; reports: readonly unknown[]; claims: readonly unknown[]; filteredCount: number },
  claimCount: number,
  statuses: readonly ClaimStatus[],
): string {
  if (query.trim() === "") return "";
  const parts = [
    ...(view.people.length > 0 ? [plural(view.people.length, "person", "people")] : []),
    ...(claimCount > 0 ? [plural(claimCount, "claim", "claims")] : []),
    ...(view.reports.length > 0 ? [plural(view.reports.length, "report", "reports")] : []),
  ];
  if (parts.length === 0) return `Nothing found for “${query}”. Try another spelling, a surname or fewer words.`;
  const found = `${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]} for “${query}”.`;
  const filter =
    statuses.length > 0 && claimCount > 0
      ? ` ${plural(view.filteredCount, "claim", "claims")} shown with status ${statuses.map((status) => STATUS_TEXT[status].label).join(" or ")}.`
      : "";
  const cut = view.claims.length < view.filteredCount ? ` Showing the first ${view.claims.length}.` : "";
  return found + filter + cut;
}
