import { z } from "zod";
import { nameSchema } from "./fields.ts";

/** A place the reports name: `content/places/<id>.yaml`. */
export const placeSchema = z.strictObject({
  /** Name as the site writes it. */
  name: nameSchema,
  /** Other names the reports use; matched on word boundaries. */
  aliases: z.array(nameSchema).default([]),
  /**
   * Adjectives that stand for the place at the head of another name
   * ("European" in "European Commission" for the European Union), so that
   * the name and the one its alias leads ("EU Commission") count as the same
   * detail. Not mentions of the place: "European" alone may mean Europe.
   */
  adjectives: z.array(nameSchema).default([]),
});

export type Place = z.infer<typeof placeSchema>;
