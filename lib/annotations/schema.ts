import { z } from "zod";
import { anchorStateSchema, textPositionSelectorSchema, textQuoteSelectorSchema } from "../anchoring/schema";
import { expectedVersionSchema } from "../claims/schema";
import { STANCES } from "./stances";

/** How a note stands toward the claim or facet it is about. */
export const stanceSchema = z.enum(STANCES);
export { STANCE_LABEL, type Stance } from "./stances";

/** A note's body: markdown, shown without raw HTML (app/_components/markdown.tsx). */
export const noteBodySchema = z.string().trim().min(1, "write the note").max(10_000, "keep it under 10,000 characters");

/** A tag: lower case, letters, digits, spaces, `-` and `_`, as people type them in a newsroom. */
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, "a tag is at most 40 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "a tag is letters, digits, spaces, - and _");

/** Up to 12 tags, each once, in the order given. */
export const tagsSchema = z
  .array(tagSchema)
  .max(12, "at most 12 tags")
  .transform((tags) => [...new Set(tags)]);

/** Tags as a form field sends them: "death toll, valencia" → ["death toll", "valencia"]. */
export const tagsFieldSchema = z
  .string()
  .max(600)
  .optional()
  .transform((text) => (text ?? "").split(",").map((t) => t.trim()).filter(Boolean))
  .pipe(tagsSchema);

/** A form's "nothing chosen" (an empty string) read as absent. */
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid().optional());
const optionalStance = z.preprocess((v) => (v === "" || v === null ? undefined : v), stanceSchema.optional());

/** What a note says, as an editor writes it (the API's body and the reader's form alike). */
export const noteContentSchema = z.object({
  body: noteBodySchema,
  tags: tagsSchema.default([]),
  stance: optionalStance,
  claimId: optionalId,
  facetId: optionalId,
});
export type NoteContent = z.infer<typeof noteContentSchema>;

/** A new note on words of one revision; the server snaps the range to whole words. */
export const createAnnotationInputSchema = noteContentSchema.extend({
  revisionId: z.uuid(),
  start: z.int().min(0),
  end: z.int().min(1),
});
export type CreateAnnotationInput = z.infer<typeof createAnnotationInputSchema>;

/** Every change to a note names the version the editor saw. */
export const annotationRefSchema = z.object({ annotationId: z.uuid(), expectedVersion: expectedVersionSchema });
export type AnnotationRef = z.infer<typeof annotationRefSchema>;

/** An edit replaces what the note says (body, tags, stance, link), not where it is. */
export const updateAnnotationInputSchema = annotationRefSchema.extend(noteContentSchema.shape);
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationInputSchema>;

export const setAnnotationResolvedInputSchema = annotationRefSchema.extend({ resolved: z.boolean() });
export type SetAnnotationResolvedInput = z.infer<typeof setAnnotationResolvedInputSchema>;

export const replyToAnnotationInputSchema = z.object({ annotationId: z.uuid(), body: noteBodySchema });
export type ReplyToAnnotationInput = z.infer<typeof replyToAnnotationInputSchema>;

/** Which notes a list shows. Empty filters show everything. */
export const annotationFiltersSchema = z.object({
  tag: z.preprocess((v) => (v === "" ? undefined : v), tagSchema.optional()),
  author: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).max(200).optional()),
  stance: optionalStance,
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["open", "resolved", "to-confirm", "orphaned"]).optional()),
});
export type AnnotationFilters = z.infer<typeof annotationFiltersSchema>;

/** A note as the API returns it: both W3C selectors, against the revision they were made on. */
export const annotationSchema = z.object({
  id: z.uuid(),
  eventSlug: z.string(),
  articleId: z.uuid(),
  revisionId: z.uuid(),
  revisionNumber: z.int().min(1),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
  body: z.string(),
  tags: z.array(z.string()),
  stance: stanceSchema.nullable(),
  claimId: z.uuid().nullable(),
  facetId: z.uuid().nullable(),
  author: z.object({ id: z.string().nullable(), name: z.string() }),
  resolved: z.boolean(),
  anchor: z.object({
    state: anchorStateSchema.describe("anchored; moved (to words a person should confirm); orphaned (its words are gone from the latest revision)"),
    score: z.number().min(0).max(1).nullable(),
  }),
  replies: z.array(z.object({ id: z.uuid(), body: z.string(), author: z.object({ id: z.string().nullable(), name: z.string() }), createdAt: z.iso.datetime({ offset: true }) })),
  version: z.int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AnnotationView = z.infer<typeof annotationSchema>;

/** A person confirms that a note or claim moved to the right words ("moved — please confirm"). */
export const confirmAnchorInputSchema = z.object({
  kind: z.enum(["annotation", "claim"]),
  id: z.uuid(),
  expectedVersion: expectedVersionSchema,
});
export type ConfirmAnchorInput = z.infer<typeof confirmAnchorInputSchema>;
