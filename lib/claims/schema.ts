import { z } from "zod";
import { visibleTextSchema } from "../text/visible-text";

/** The four kinds of answer a facet can have (PRODUCT.md, "Facet"). */
export const valueKindSchema = z.enum(["quantity", "date", "entity", "text"]);
export type ValueKind = z.infer<typeof valueKindSchema>;

/** How firmly the article asserts the claim. */
export const certaintySchema = z.enum(["stated", "reported", "hedged", "denied"]);
export type Certainty = z.infer<typeof certaintySchema>;

/**
 * What stage of its count a figure is said to be: an evening's projection or forecast, a
 * provisional count, a plan or draft, or the final result. A later stage updates an earlier one
 * rather than contradicting it. Absent: the article says nothing of it.
 */
export const figureStatusSchema = z.enum(["projection", "provisional", "planned", "final"]);
export type FigureStatus = z.infer<typeof figureStatusSchema>;

/** The figure's stage as a form's select submits it (the "Stage of the figure" field): blank is unsaid. */
export const figureStatusFieldSchema = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), figureStatusSchema.optional());

export const claimOriginSchema = z.enum(["machine", "human"]);
export type ClaimOrigin = z.infer<typeof claimOriginSchema>;

/** A machine claim starts as `proposed`; a person confirms or rejects it. */
export const reviewStatusSchema = z.enum(["proposed", "confirmed", "rejected"]);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const datePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A calendar date as ISO `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** A time of day, "HH:MM" on the 24-hour clock. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "a time of day as HH:MM" });

/**
 * The days a figure is said to hold on: the day or period its sentence names ("am Freitag", "seit
 * Anfang März" → March 1 to publication), else the publication day.
 */
export const asOfSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    /**
     * The time of day on `to` the figure holds at ("16:20"), when its words name one: a live ticker's
     * entry, "bis zum Abend", "by nightfall". Absent: the whole day.
     */
    time: timeOfDaySchema.optional(),
  })
  .refine((v) => v.from <= v.to, { message: "from must not be after to" });
export type AsOf = z.infer<typeof asOfSchema>;

/**
 * A number made comparable: an interval whose `null` bounds are open ("more than 10,000" is
 * min 10000 exclusive, max null).
 */
export const quantityValueSchema = z
  .object({
    kind: z.literal("quantity"),
    min: z.number().nullable(),
    max: z.number().nullable(),
    minInclusive: z.boolean(),
    maxInclusive: z.boolean(),
    unit: z.string().min(1).optional(),
  })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, {
    message: "min must not exceed max",
  });

/** A date made comparable: the inclusive day range it covers, and how precise the source was. */
export const dateValueSchema = z
  .object({
    kind: z.literal("date"),
    from: isoDateSchema,
    to: isoDateSchema,
    precision: datePrecisionSchema,
  })
  .refine((v) => v.from <= v.to, { message: "from must not be after to" });

/** Names, people and free text: compared after normalization. */
export const textValueSchema = z.object({
  kind: z.literal("text"),
  text: z.string().min(1),
});

export const claimValueSchema = z.discriminatedUnion("kind", [
  quantityValueSchema,
  dateValueSchema,
  textValueSchema,
]);
export type QuantityValue = z.infer<typeof quantityValueSchema>;
export type DateValue = z.infer<typeof dateValueSchema>;
export type TextValue = z.infer<typeof textValueSchema>;
export type ClaimValue = z.infer<typeof claimValueSchema>;

/**
 * The version of a row that the editor saw. Every update bumps it; a save based on an older
 * version is refused (EditConflictError) rather than written over someone else's.
 */
export const expectedVersionSchema = z.int().min(1);

export const setClaimStatusInputSchema = z.object({
  claimId: z.uuid(),
  status: reviewStatusSchema,
  expectedVersion: expectedVersionSchema,
});
export type SetClaimStatusInput = z.infer<typeof setClaimStatusInputSchema>;

/** Deleting is soft: an editor can undo it from the event's history. */
export const deleteClaimInputSchema = setClaimStatusInputSchema.pick({ claimId: true, expectedVersion: true });
export type DeleteClaimInput = z.infer<typeof deleteClaimInputSchema>;

/** A facet a person creates for a claim the existing facets do not fit. */
export const newFacetSchema = z.object({
  label: z.string().trim().min(1, "give the new facet a name").max(200),
  kind: valueKindSchema,
  unit: z.string().trim().min(1).max(50).optional(),
});

/**
 * A claim a person marks by hand: the selected words of one revision and what they say, filed
 * under an existing facet (`facetId`) or a new one (`newFacet`).
 */
export const createClaimInputSchema = z.object({
  revisionId: z.uuid(),
  facetId: z.uuid().optional(),
  newFacet: newFacetSchema.optional(),
  start: z.int().min(0),
  end: z.int().min(1),
  value: claimValueSchema,
  scope: visibleTextSchema({ max: 200, what: "scope" }).optional(),
  attribution: visibleTextSchema({ max: 200, what: "attribution" }).optional(),
  certainty: certaintySchema.default("stated"),
  /** The stage of its count the figure is said to be; absent or null: the article says nothing of it. */
  figureStatus: figureStatusSchema.nullish(),
}).refine((c) => (c.facetId === undefined) !== (c.newFacet === undefined), { message: "file it under one facet, or a new one", path: ["facetId"] });
export type CreateClaimInput = z.infer<typeof createClaimInputSchema>;

/**
 * What a claim says, apart from its words: its value and who says it, how firmly, where and as of
 * when. Kept as the machine read it (the `read_by_machine` column) once a person corrects it.
 */
export const claimReadingSchema = z.object({
  value: claimValueSchema,
  attribution: z.string().nullable(),
  certainty: certaintySchema,
  /** The figure's stage; absent in readings stored before stages were read. */
  figureStatus: figureStatusSchema.nullish(),
  scope: z.string().nullable(),
  // Readings stored before as-of days became intervals hold one day.
  asOf: z.preprocess((v) => (typeof v === "string" ? { from: v, to: v } : v), asOfSchema.nullable()),
});
export type ClaimReading = z.infer<typeof claimReadingSchema>;

/** A person's correction of a claim's reading, at the version they saw. */
export const correctClaimInputSchema = z.object({
  claimId: z.uuid(),
  expectedVersion: expectedVersionSchema,
  value: claimValueSchema,
  attribution: z.string().trim().min(1).max(200).nullable(),
  certainty: certaintySchema,
  /** The stage of its count the figure is said to be; null: the article says nothing of it. */
  figureStatus: figureStatusSchema.nullable(),
  /** A place key ("ES/Valencia", "?/Oberdorf") or a place's name, looked up when stored. */
  scope: z.string().trim().min(1).max(200).nullable(),
  asOf: asOfSchema.nullable(),
});
export type CorrectClaimInput = z.infer<typeof correctClaimInputSchema>;
