/**
 * A claim's fields file (`f<i>`, shard-types.ts) both ways: written from a
 * claim and its folded fields (by the build, and by the browser from a claim
 * record), and read back into the claim's Fuse index record.
 */
import Fuse from "fuse.js/basic";
import { searchText } from "./fold.ts";
import { CLAIM_KEYS } from "./keys.ts";
import { expandPeople } from "./shard-codec.ts";
import type { ClaimFieldsFile, ClaimRecordFields } from "./shard-types.ts";
import type { SearchClaim } from "./types.ts";

/** A claim's folded fields, as its fields file holds them (title and topic folded from the display copy). */
export const fieldsOf = (claim: Pick<SearchClaim, "title" | "topic">, fields: ClaimRecordFields): ClaimFieldsFile => ({
  title: searchText(claim.title),
  topic: searchText(claim.topic),
  fields,
});

/**
 * A claim's Fuse index record (`{ i, $ }`), as the build's index holds it,
 * from its folded fields and the people's folded names (`personNames`).
 */
export function claimIndexRecord(
  index: number,
  { title, topic, fields }: ClaimFieldsFile,
  personNames: readonly (readonly string[])[],
): unknown {
  const document = { title, topic, ...fields, people: expandPeople(fields.people, personNames) };
  const [record] = Fuse.createIndex(
    CLAIM_KEYS.map((key) => ({ ...key })),
    [document],
  ).toJSON().records;
  return { ...(record as object), i: index };
}
