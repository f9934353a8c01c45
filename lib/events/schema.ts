import { z } from "zod";

/** How an event is named in URLs and on the command line (the database checks the same rule). */
export const eventSlugSchema = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single dashes, e.g. nk-russia");

export const eventInputSchema = z.object({
  slug: eventSlugSchema,
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().min(1).max(2000).optional(),
});
export type EventInput = z.infer<typeof eventInputSchema>;
