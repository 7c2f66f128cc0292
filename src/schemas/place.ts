import { z } from "zod";
import { caseSensitiveSchema, checkOrdinaryNames, nameSchema } from "./fields.ts";

/** A place the reports name: `content/places/<id>.yaml`. */
export const placeSchema = z
  .strictObject({
    /** Name as the site writes it. */
    name: nameSchema,
    /** Other names the reports use; matched on word boundaries, with their capitals. */
    aliases: z.array(nameSchema).default([]),
    /**
     * The name or aliases that are also an ordinary word (a month or weekday,
     * a common English word such as "States", a single letter), confirmed as
     * names: without this list they are refused, since every use of the word
     * would count as a mention. Each is matched only as written.
     */
    caseSensitive: caseSensitiveSchema,
    /**
     * Adjectives that stand for the place at the head of another name
     * ("European" in "European Commission" for the European Union), so that
     * the name and the one its alias leads ("EU Commission") count as the same
     * detail. Not mentions of the place: "European" alone may mean Europe.
     */
    adjectives: z.array(nameSchema).default([]),
  })
  .superRefine((place, ctx) => checkOrdinaryNames("place", place, ctx));

export type Place = z.infer<typeof placeSchema>;
