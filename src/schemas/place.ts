import { z } from "zod";
import { nameSchema } from "./fields.ts";

/** A place the reports name: `content/places/<id>.yaml`. */
export const placeSchema = z.object({
  /** Name as the site writes it. */
  name: nameSchema,
  /** Other names the reports use; matched on word boundaries. */
  aliases: z.array(nameSchema).default([]),
});

export type Place = z.infer<typeof placeSchema>;
