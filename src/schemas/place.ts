import { z } from "zod";

/** A place the reports name: `content/places/<id>.yaml`. */
export const placeSchema = z.object({
  /** Name as the site writes it. */
  name: z.string().min(1),
  /** Other names the reports use; matched on word boundaries. */
  aliases: z.array(z.string().min(1)).default([]),
});

export type Place = z.infer<typeof placeSchema>;
