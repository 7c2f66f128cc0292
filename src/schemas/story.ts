import { z } from "zod";
import { isoDateSchema } from "./fields.ts";

/** A news event that several reports cover: `content/stories/<id>.yaml`. */
export const storySchema = z.strictObject({
  /** Neutral headline of the event, in the site's words. */
  title: z.string().min(1),
  /** One neutral paragraph: what happened, without taking a report's side. */
  summary: z.string().min(1),
  /** Day the event happened (ISO date); stories are listed newest first by it. */
  date: isoDateSchema,
});

export type Story = z.infer<typeof storySchema>;
