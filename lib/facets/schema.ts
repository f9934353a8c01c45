import { z } from "zod";
import { valueKindSchema } from "../claims/schema";

export const facetLabelSchema = z.string().trim().min(1, "give the facet a name").max(200);

export const renameFacetInputSchema = z.object({ facetId: z.uuid(), label: facetLabelSchema });

export const mergeFacetsInputSchema = z
  .object({ sourceId: z.uuid(), targetId: z.uuid() })
  .refine((v) => v.sourceId !== v.targetId, { message: "choose another facet to merge into", path: ["targetId"] });

/** Moving claims to an existing facet, or (splitting) to a new one. */
export const moveClaimsInputSchema = z.object({
  claimIds: z.array(z.uuid()).min(1, "select at least one claim").max(1000),
  target: z.union([
    z.object({ facetId: z.uuid() }),
    z.object({ newFacet: z.object({ label: facetLabelSchema, kind: valueKindSchema, unit: z.string().trim().min(1).optional() }) }),
  ]),
});
export type MoveClaimsInput = z.infer<typeof moveClaimsInputSchema>;
