import { z } from "zod";
import { caseSensitiveSchema, checkOrdinaryNames, nameSchema, textSchema } from "./fields.ts";

/** A person the reports name: `content/people/<id>.yaml`. */
export const personSchema = z
  .strictObject({
    /** Name as the site writes it. */
    name: nameSchema,
    /** Other names and spellings the reports use; matched on word boundaries, with their capitals. */
    aliases: z.array(nameSchema).default([]),
    /**
     * The name or aliases that are also an ordinary word (a month or weekday
     * such as "May", a common English word such as "Will", a single letter),
     * confirmed as names: without this list they are refused, since every
     * use of the word would count as a mention. Each is matched only as
     * written, with its capitals.
     */
    caseSensitive: caseSensitiveSchema,
    /** Role at the time of the story, e.g. "President of Ukraine". */
    role: textSchema,
  })
  .superRefine((person, ctx) => checkOrdinaryNames("person", person, ctx));

export type Person = z.infer<typeof personSchema>;
