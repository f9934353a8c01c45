import { z } from "zod";
import { hedgeToInterval, parseNumber } from "../extract";
import type { HedgeKind } from "../extract/lexicon/types";
import { MANUAL_HEDGES } from "./manual-hedges";
import { certaintySchema, figureStatusFieldSchema, valueKindSchema, type ClaimValue, type CreateClaimInput, type DatePrecision, type ValueKind } from "./schema";

const hedgeSchema = z.enum(MANUAL_HEDGES.map((h) => h.kind) as [HedgeKind, ...HedgeKind[]]);
const optionalText = z
  .string()
  .trim()
  .max(500)
  .transform((v) => v || undefined)
  .optional();

/** The fields of the "mark a claim" form in the reader, as submitted. */
export const manualClaimFormSchema = z.object({
  revisionId: z.uuid(),
  /** An existing facet, or "new" with the new facet's name and kind below. */
  facetId: z.union([z.uuid(), z.literal("new")], { message: "choose the facet this answers" }),
  newFacetLabel: optionalText,
  newFacetKind: valueKindSchema.optional().or(z.literal("").transform(() => undefined)),
  newFacetUnit: optionalText,
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
  hedge: hedgeSchema.default("exact"),
  number: optionalText,
  dateFrom: z.iso.date().optional().or(z.literal("").transform(() => undefined)),
  dateTo: z.iso.date().optional().or(z.literal("").transform(() => undefined)),
  text: optionalText,
  attribution: optionalText,
  certainty: certaintySchema.default("stated"),
  figureStatus: figureStatusFieldSchema,
});
export type ManualClaimForm = z.infer<typeof manualClaimFormSchema>;

type Outcome = { ok: true; input: CreateClaimInput } | { ok: false; field: keyof ManualClaimForm; message: string };

/**
 * Turns the form into a claim of the facet's kind: a hedged number becomes an interval by the
 * same table extraction uses, two dates become a range with the precision they span.
 */
export function claimInputFromForm(form: ManualClaimForm, facetKind: ValueKind, language: string): Outcome {
  if (form.facetId === "new" && !form.newFacetLabel) return { ok: false, field: "newFacetLabel", message: "give the new facet a name" };
  let value: ClaimValue;
  if (facetKind === "quantity") {
    const n = form.number ? parseNumber(form.number, language === "de" ? "de" : "en") : null;
    if (n === null) return { ok: false, field: "number", message: "enter the figure, e.g. 10000 or 10.000" };
    value = hedgeToInterval(n, form.hedge);
  } else if (facetKind === "date") {
    const from = form.dateFrom ?? form.dateTo;
    const to = form.dateTo ?? form.dateFrom;
    if (!from || !to) return { ok: false, field: "dateFrom", message: "enter the date (or first and last day)" };
    if (from > to) return { ok: false, field: "dateTo", message: "the last day comes before the first" };
    value = { kind: "date", from, to, precision: precisionOf(from, to) };
  } else {
    if (!form.text) return { ok: false, field: "text", message: "enter the name or answer" };
    value = { kind: "text", text: form.text };
  }
  return {
    ok: true,
    input: {
      revisionId: form.revisionId,
      ...(form.facetId === "new"
        ? { newFacet: { label: form.newFacetLabel!, kind: facetKind, ...(form.newFacetUnit ? { unit: form.newFacetUnit } : {}) } }
        : { facetId: form.facetId }),
      start: form.start,
      end: form.end,
      value,
      attribution: form.attribution,
      certainty: form.certainty,
      figureStatus: form.figureStatus ?? null,
    },
  };
}

function precisionOf(from: string, to: string): DatePrecision {
  if (from === to) return "day";
  const lastDay = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0)).getUTCDate();
  if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith("-01-01") && to.endsWith("-12-31")) return "year";
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith("-01") && Number(to.slice(8)) === lastDay) return "month";
  return "day";
}
