import { z } from "zod";

/** What a deletion can be undone for: the rows that are deleted softly (a facet by dismissing it). */
export const restorableEntityTypeSchema = z.enum(["event", "article", "facet", "claim", "annotation", "verdict"]);
export type RestorableEntityType = z.infer<typeof restorableEntityTypeSchema>;

/** The largest id PostgreSQL's bigint holds; one more and the query fails instead of finding nothing. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** The id of an audit entry, as it travels in forms and URLs (a positive 64-bit integer, in digits). */
export const auditEventIdSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,18}$/, "not an entry of the record")
  // zod runs this after a failed regex too; only digits reach BigInt.
  .refine((id) => !/^\d+$/.test(id) || BigInt(id) <= MAX_BIGINT, "not an entry of the record");

/** Undo one recorded deletion: the "delete" entry of the history to undo. */
export const undoDeletionInputSchema = z.object({ auditEventId: auditEventIdSchema });
export type UndoDeletionInput = z.infer<typeof undoDeletionInputSchema>;

/**
 * The extra a merge writes into the merged facet's "delete" entry: which claims moved where, so
 * undoing it moves them back. Read from the record's JSON columns.
 */
export const mergedFacetRecordSchema = z.object({
  before: z.object({ claimIds: z.array(z.uuid()) }),
  after: z.object({ mergedInto: z.uuid() }),
});

/** When a "delete" entry says the row was deleted (a facet's is `dismissedAt`); older entries may not say. */
export const deletionRecordAfterSchema = z
  .object({ deletedAt: z.string().nullish(), dismissedAt: z.string().nullish() })
  .transform((after) => after.deletedAt ?? after.dismissedAt ?? null)
  .catch(null);
