import { z } from "zod";
import { nameSchema } from "./fields.ts";

/** A person the reports name: `content/people/<id>.yaml`. */
export const personSchema = z.strictObject({
  /** Name as the site writes it. */
  name: nameSchema,
  /** Other names and spellings the reports use; matched on word boundaries. */
  aliases: z.array(nameSchema).default([]),
  /** Role at the time of the story, e.g. "President of Ukraine". */
  role: z.string().min(1),
});

export type Person = z.infer<typeof personSchema>;
