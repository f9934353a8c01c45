import { z } from "zod";
import { expectedVersionSchema } from "../claims/schema";
import { FACET_STATES, VERDICT_RATINGS } from "./labels";

/** A fact-checker's rating of a facet (the keys of lib/verdicts/labels.ts, which reports rely on). */
export const verdictRatingSchema = z.enum(VERDICT_RATINGS);

/** Where the fact-check of a facet stands. */
export const facetStateSchema = z.enum(FACET_STATES);

export { FACET_STATE_LABEL, VERDICT_RATING_LABEL, type FacetState, type VerdictRating } from "./labels";

/** A verdict's explanation: markdown, shown without raw HTML. */
export const verdictExplanationSchema = z.string().trim().min(1, "explain the verdict").max(20_000, "keep it under 20,000 characters");

/** The claims and notes a verdict rests on. */
export const verdictEvidenceSchema = z.object({
  claimIds: z.array(z.uuid()).max(200).default([]),
  annotationIds: z.array(z.uuid()).max(200).default([]),
});
export type VerdictEvidence = z.infer<typeof verdictEvidenceSchema>;

/**
 * Records the facet's verdict: a new one (no `verdictId`), or a change to the one the
 * fact-checker saw (`verdictId` at `expectedVersion`). Recording a verdict resolves the facet.
 */
export const recordVerdictInputSchema = z
  .object({
    facetId: z.uuid(),
    verdictId: z.uuid().optional(),
    expectedVersion: expectedVersionSchema.optional(),
    rating: verdictRatingSchema,
    explanation: verdictExplanationSchema,
    evidence: verdictEvidenceSchema.default({ claimIds: [], annotationIds: [] }),
  })
  .refine((v) => (v.verdictId === undefined) === (v.expectedVersion === undefined), {
    message: "a change to a verdict names the version it was based on",
    path: ["expectedVersion"],
  });
export type RecordVerdictInput = z.infer<typeof recordVerdictInputSchema>;

/** Moves a facet through the workflow and (re)assigns it, at the facet version the editor saw. */
export const setFacetWorkflowInputSchema = z.object({
  facetId: z.uuid(),
  expectedVersion: expectedVersionSchema,
  state: facetStateSchema,
  assigneeId: z.string().trim().min(1).max(100).nullable(),
});
export type SetFacetWorkflowInput = z.infer<typeof setFacetWorkflowInputSchema>;
