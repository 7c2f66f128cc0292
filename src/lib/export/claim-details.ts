import type { DetailKind } from "../compare/types.ts";
import type { AccountDetails } from "../model/types.ts";

/** One account's details in the public export: ids for people and places, the text's words for the rest. */
export interface ExportedDetails {
  people?: string[];
  places?: string[];
  dates?: string[];
  numbers?: string[];
  names?: string[];
}

const FIELD: Readonly<Record<DetailKind, keyof ExportedDetails>> = {
  person: "people",
  place: "places",
  date: "dates",
  number: "numbers",
  name: "names",
};
const FIELD_ORDER: readonly (keyof ExportedDetails)[] = ["people", "places", "dates", "numbers", "names"];

/**
 * `claims[].details`: per article id, what that account names that no other
 * account of the claim does. Only accounts with a detail, only non-empty
 * lists, fields in a fixed order so the file is reproducible.
 */
export function exportDetails(
  details: Readonly<Record<string, AccountDetails>>,
  articleOrder: readonly string[],
): Record<string, ExportedDetails> {
  const result: Record<string, ExportedDetails> = {};
  for (const articleId of articleOrder) {
    const account = details[articleId];
    if (account === undefined || account.details.length === 0) continue;
    const lists: ExportedDetails = {};
    for (const field of FIELD_ORDER) {
      const values = account.details
        .filter((detail) => FIELD[detail.kind] === field)
        .map((detail) => (field === "people" || field === "places" ? detail.key : detail.text));
      if (values.length > 0) lists[field] = values;
    }
    result[articleId] = lists;
  }
  return result;
}

/** One account's details as one CSV cell: "places: alaska; dates: Friday". */
export function detailsCell(details: ExportedDetails | undefined): string {
  if (details === undefined) return "";
  return FIELD_ORDER.filter((field) => details[field] !== undefined)
    .map((field) => `${field}: ${(details[field] ?? []).join(", ")}`)
    .join("; ");
}
