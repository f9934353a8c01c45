import { z } from "zod";
import { visibleTextSchema } from "../text/visible-text";

// Without zod, so that the new-event form can suggest a slug in the browser (zod in a client
// bundle probes eval, which the Content-Security-Policy reports).
export { slugFromTitle } from "./slug-from-title";

/** How an event is named in URLs and on the command line (the database checks the same rule). */
export const eventSlugSchema = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single dashes, e.g. valencia-floods");

export const eventInputSchema = z.object({
  slug: eventSlugSchema,
  title: visibleTextSchema({ max: 300, what: "event title" }).optional(),
  description: z.string().trim().min(1).max(2000).optional(),
});
export type EventInput = z.infer<typeof eventInputSchema>;

/** Addresses the app uses itself under /events/. */
const RESERVED_SLUGS = new Set(["new"]);

/** A new event, made in the app or through the API. */
export const createEventInputSchema = z.object({
  slug: eventSlugSchema.refine((slug) => !RESERVED_SLUGS.has(slug), "this address is used by the app; choose another"),
  title: visibleTextSchema({ max: 300, what: "event title" }),
  description: z
    .string()
    .trim()
    .max(2000)
    .transform((value) => value || undefined)
    .optional(),
});
export type CreateEventInput = z.infer<typeof createEventInputSchema>;

/** Renaming and describing an event, based on the version the editor saw. */
export const updateEventInputSchema = z.object({
  title: visibleTextSchema({ max: 300, what: "event title" }),
  description: z.string().trim().max(2000).transform((value) => value || null),
  expectedVersion: z.int().min(1),
});
export type UpdateEventInput = z.infer<typeof updateEventInputSchema>;

