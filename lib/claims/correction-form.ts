import { z } from "zod";
import { certaintySchema, correctClaimInputSchema, datePrecisionSchema, expectedVersionSchema, figureStatusFieldSchema, timeOfDaySchema, type ClaimValue, type CorrectClaimInput, type ValueKind } from "./schema";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(200).optional());
/** A bound as typed: digits with optional `.`/`,`/space grouping and a decimal part; blank is open. */
const bound = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^-?\d[\d\s.,']*$/, "a number, e.g. 10000")
    .optional(),
);
const checkbox = z.preprocess((v) => v === "on" || v === "1" || v === "true", z.boolean());

/** The fields of the claim card's correction form, as submitted. */
export const claimCorrectionFormSchema = z.object({
  claimId: z.uuid(),
  expectedVersion: z.coerce.number().pipe(expectedVersionSchema),
  min: bound,
  max: bound,
  minInclusive: checkbox,
  maxInclusive: checkbox,
  unit: optionalText,
  dateFrom: z.preprocess(blankToUndefined, z.iso.date().optional()),
  dateTo: z.preprocess(blankToUndefined, z.iso.date().optional()),
  precision: z.preprocess(blankToUndefined, datePrecisionSchema.optional()),
  text: z.preprocess(blankToUndefined, z.string().trim().max(500).optional()),
  attribution: optionalText,
  certainty: certaintySchema,
  figureStatus: figureStatusFieldSchema,
  scope: optionalText,
  asOf: z.preprocess(blankToUndefined, z.iso.date().optional()),
  asOfTo: z.preprocess(blankToUndefined, z.iso.date().optional()),
  asOfTime: z.preprocess(blankToUndefined, timeOfDaySchema.optional()),
});
export type ClaimCorrectionForm = z.infer<typeof claimCorrectionFormSchema>;

/**
 * A typed bound: "10.000", "10,000" and "10 000" are ten thousand (grouping), "1,5" and "1.5"
 * one and a half (a single separator followed by other than three digits is a decimal mark).
 */
export function parseBound(text: string): number | null {
  const compact = text.replace(/[\s']/g, "");
  const groups = compact.split(/[.,]/);
  const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
  const normalized = grouped ? groups.join("") : compact.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

type Outcome = { ok: true; input: CorrectClaimInput } | { ok: false; field: keyof ClaimCorrectionForm; message: string };

/** The form turned into a correction of a claim of `kind`: a quantity's interval, a date range, or a text. */
export function correctionFromForm(form: ClaimCorrectionForm, kind: ValueKind): Outcome {
  let value: ClaimValue;
  if (kind === "quantity") {
    const min = form.min === undefined ? null : parseBound(form.min);
    const max = form.max === undefined ? null : parseBound(form.max);
    if (form.min !== undefined && min === null) return { ok: false, field: "min", message: "a number, e.g. 10000" };
    if (form.max !== undefined && max === null) return { ok: false, field: "max", message: "a number, e.g. 10000" };
    if (min === null && max === null) return { ok: false, field: "min", message: "give at least one bound" };
    if (min !== null && max !== null && min > max) return { ok: false, field: "max", message: "the upper bound is below the lower one" };
    value = {
      kind: "quantity",
      min,
      max,
      minInclusive: min === null ? false : form.minInclusive,
      maxInclusive: max === null ? false : form.maxInclusive,
      ...(form.unit ? { unit: form.unit } : {}),
    };
  } else if (kind === "date") {
    const from = form.dateFrom ?? form.dateTo;
    const to = form.dateTo ?? form.dateFrom;
    if (!from || !to) return { ok: false, field: "dateFrom", message: "enter the date (or first and last day)" };
    if (from > to) return { ok: false, field: "dateTo", message: "the last day comes before the first" };
    value = { kind: "date", from, to, precision: form.precision ?? "day" };
  } else {
    if (!form.text) return { ok: false, field: "text", message: "enter the answer" };
    value = { kind: "text", text: form.text };
  }
  if (form.asOfTime && !form.asOf && !form.asOfTo) return { ok: false, field: "asOfTime", message: "give the day the hour is on" };
  const input = correctClaimInputSchema.safeParse({
    claimId: form.claimId,
    expectedVersion: form.expectedVersion,
    value,
    attribution: form.attribution ?? null,
    certainty: form.certainty,
    figureStatus: form.figureStatus ?? null,
    scope: form.scope ?? null,
    asOf: form.asOf || form.asOfTo ? { from: form.asOf ?? form.asOfTo, to: form.asOfTo ?? form.asOf, ...(form.asOfTime ? { time: form.asOfTime } : {}) } : null,
  });
  if (!input.success) return { ok: false, field: "min", message: input.error.issues[0]?.message ?? "not a valid correction" };
  return { ok: true, input: input.data };
}
