import { z } from "zod";
import { expectedVersionSchema, valueKindSchema } from "../claims/schema";
import { visibleTextSchema } from "../text/visible-text";

export const facetLabelSchema = visibleTextSchema({ max: 200, what: "facet name" });

/** Every facet edit names the facet's version the editor saw (see `expectedVersionSchema`). */
export const renameFacetInputSchema = z.object({ facetId: z.uuid(), label: facetLabelSchema, expectedVersion: expectedVersionSchema });
export type RenameFacetInput = z.infer<typeof renameFacetInputSchema>;

/** Dismissing is the facet's soft delete; `dismissed: false` restores it. */
export const setFacetDismissedInputSchema = renameFacetInputSchema.pick({ facetId: true, expectedVersion: true }).extend({ dismissed: z.boolean() });
export type SetFacetDismissedInput = z.infer<typeof setFacetDismissedInputSchema>;

/** `expectedVersion` is the source's: the facet the editor is looking at and dismisses. */
export const mergeFacetsInputSchema = z
  .object({ sourceId: z.uuid(), targetId: z.uuid(), expectedVersion: expectedVersionSchema })
  .refine((v) => v.sourceId !== v.targetId, { message: "choose another facet to merge into", path: ["targetId"] });
export type MergeFacetsInput = z.infer<typeof mergeFacetsInputSchema>;

/** Moving claims (each at the version the editor saw) to an existing facet, or (splitting) to a new one. */
export const moveClaimsInputSchema = z.object({
  claims: z
    .array(z.object({ claimId: z.uuid(), expectedVersion: expectedVersionSchema }))
    .min(1, "select at least one claim")
    .max(1000)
    .refine((claims) => new Set(claims.map((c) => c.claimId)).size === claims.length, "a claim is selected twice"),
  target: z.union([
    z.object({ facetId: z.uuid() }),
    z.object({ newFacet: z.object({ label: facetLabelSchema, kind: valueKindSchema, unit: visibleTextSchema({ max: 60, what: "unit" }).optional() }) }),
  ]),
});
export type MoveClaimsInput = z.infer<typeof moveClaimsInputSchema>;
