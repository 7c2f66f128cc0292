import { z } from "zod";
import { idRecord, idSchema, textSchema, uniqueList } from "./fields.ts";

/** What one report says on a claim. */
export const accountSchema = z.strictObject({
  /** Verbatim passages of the report: whole sentences or exact parts of one. */
  quotes: uniqueList(z.string().min(1)).min(1, { error: "give at least one verbatim quote" }),
  /** One line: what this report says on the claim. */
  summary: textSchema,
  /** Person id of whoever makes the statement in this report ("Witkoff says …" → witkoff). */
  speaker: z.string().min(1).optional(),
  /** True when the report quotes the speaker's own words, false when it reports them. */
  direct: z.boolean(),
});

/** One claim of a story and how each report covers it: `content/claims/<id>.yaml`. */
export const claimSchema = z.strictObject({
  /** Story id (file name in content/stories/). */
  story: z.string().min(1),
  /** The statement, neutrally worded: not a verdict. */
  title: textSchema,
  /** Short topic label shared by related claims, e.g. "Security guarantees". */
  topic: textSchema,
  /** Person ids involved (content/people/). */
  people: uniqueList(z.string().min(1)).default([]),
  /** Place ids involved (content/places/). */
  places: uniqueList(z.string().min(1)).default([]),
  /** Set by the editor when two or more reports cover the claim; `only` is derived from a single account. */
  status: z.enum(["agree", "differ", "only"]).optional(),
  /** With `differ`: one line on what differs. */
  note: textSchema.optional(),
  /** Former ids of this claim: each keeps working as a redirect to it. */
  redirectFrom: uniqueList(idSchema).default([]),
  /** One account per report that covers the claim, keyed by article id. */
  accounts: idRecord(accountSchema),
});

export type ClaimData = z.infer<typeof claimSchema>;
export type AccountData = z.infer<typeof accountSchema>;
