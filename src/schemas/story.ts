import { z } from "zod";
import { isoDateSchema, textSchema } from "./fields.ts";

/** A news event that several reports cover: `content/stories/<id>.yaml`. */
export const storySchema = z.strictObject({
  /** Neutral headline of the event, in the site's words. */
  title: textSchema,
  /** One neutral paragraph: what happened, without taking a report's side. */
  summary: textSchema,
  /** Day the event happened (ISO date); stories are listed newest first by it. */
  date: isoDateSchema,
});

export type Story = z.infer<typeof storySchema>;
