import { z } from "zod";
import { noteBodySchema, stanceSchema, tagsFieldSchema } from "./schema";

/**
 * What a note links to, as the form's one select sends it: `claim:<id>`, `facet:<id>`, or
 * nothing. A note links to at most one of the two.
 */
export const noteLinkFieldSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return { claimId: undefined, facetId: undefined };
    const [kind, id] = value.split(":");
    const parsed = z.uuid().safeParse(id);
    if ((kind !== "claim" && kind !== "facet") || !parsed.success) {
      context.addIssue({ code: "custom", message: "choose a claim or facet of this event" });
      return z.NEVER;
    }
    return kind === "claim" ? { claimId: parsed.data, facetId: undefined } : { claimId: undefined, facetId: parsed.data };
  });

/** The fields every note form sends (new note and edit alike), read into a note's content. */
export const noteFormSchema = z
  .object({
    body: noteBodySchema,
    tags: tagsFieldSchema,
    stance: z.preprocess((v) => (v === "" ? undefined : v), stanceSchema.optional()),
    link: noteLinkFieldSchema,
  })
  .transform(({ link, ...content }) => ({ ...content, ...link }));
