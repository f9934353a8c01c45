import { z } from "zod";
import { outletInputSchema } from "../articles/schema";
import { anchorStateSchema } from "../anchoring/schema";
import { stanceSchema } from "../annotations/schema";
import {
  asOfSchema,
  certaintySchema,
  claimOriginSchema,
  figureStatusSchema,
  claimReadingSchema,
  claimValueSchema,
  isoDateSchema,
  reviewStatusSchema,
  valueKindSchema,
} from "../claims/schema";
import { claimRelationSchema } from "../compare/schema";
import { facetStateSchema, verdictRatingSchema } from "../verdicts/schema";

/**
 * Bumped whenever a field changes meaning or disappears; adding optional fields keeps it.
 * 2: no `exportedAt` (an export is a function of the data, so exporting twice gives the same bytes);
 * facets carry their key, origin and creation time, claims their counted noun and rule; a claim's
 * scope is a place key of lib/places and its as-of date an interval of days.
 */
export const EXPORT_SCHEMA_VERSION = 2;

const timestampSchema = z.iso.datetime({ offset: true });

export const exportRevisionSchema = z.object({
  id: z.uuid(),
  number: z.int().min(1),
  createdAt: timestampSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});

/** Articles that carry one text (agency copy, light rewrites): comparison counts them as one voice. */
export const exportCopyGroupSchema = z.object({
  id: z.uuid(),
  /** Every article of the group, this one included, in the order of `articles`. */
  articleIds: z.array(z.uuid()).min(2),
});

export const exportArticleSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string().optional(),
  outlet: outletInputSchema.optional(),
  publishedAt: isoDateSchema.optional(),
  language: z.string(),
  revisions: z.array(exportRevisionSchema),
  /** Its copy group; null when it stands alone. Absent only in exports made before copy groups existed. */
  copyGroup: exportCopyGroupSchema.nullable().optional(),
});

export const exportClaimSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  revisionId: z.uuid(),
  quote: z.string(),
  /** UTF-16 code unit offsets into the revision text. */
  start: z.int().min(0),
  end: z.int().min(1),
  value: claimValueSchema,
  /** The place the figure is about, a key of lib/places: "ES" (a country), "ES/Valencia", "?/Name" (unknown). */
  scope: z.string().optional(),
  /** The days the figure holds on (one day when `from` equals `to`). */
  asOf: asOfSchema.optional(),
  attribution: z.string().optional(),
  /** What the figure counts when extraction found it ("Soldaten"). */
  counted: z.string().optional(),
  certainty: certaintySchema,
  /** The stage of its count the figure is said to be (a projection, a provisional count, a plan, the final result); absent when unsaid. */
  figureStatus: figureStatusSchema.optional(),
  origin: claimOriginSchema,
  status: reviewStatusSchema,
  /** The extraction rule that produced it; absent for a person's claim. */
  rule: z.string().optional(),
  /** Set when a person corrected the reading: what the machine read first. */
  readByMachine: claimReadingSchema.optional(),
  /** How it was carried to this revision when its article changed (absent: it was found here). */
  anchorState: anchorStateSchema.optional(),
});

export const exportFacetSchema = z.object({
  id: z.uuid(),
  /** What the facet asks about, as extraction keys it ("quantity:dead", "date:sign/treaty"); absent for a facet a person made. */
  key: z.string().optional(),
  label: z.string(),
  kind: valueKindSchema,
  unit: z.string().optional(),
  description: z.string().optional(),
  origin: claimOriginSchema,
  createdAt: timestampSchema,
  /** Where the fact-check stands, and who is on it. */
  state: facetStateSchema.optional(),
  assignee: z.string().optional(),
  claims: z.array(exportClaimSchema),
  relations: z.array(claimRelationSchema),
});

const personSchema = z.object({ name: z.string() });

export const exportAnnotationSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  /** The revision both selectors refer to. */
  revisionId: z.uuid(),
  claimId: z.uuid().optional(),
  facetId: z.uuid().optional(),
  /** W3C TextQuoteSelector: up to 32 characters of context on each side. */
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  /** W3C TextPositionSelector, in UTF-16 code units. */
  position: z.object({ start: z.int().min(0), end: z.int().min(1) }),
  /** Markdown. */
  body: z.string(),
  tags: z.array(z.string()),
  stance: stanceSchema.optional(),
  author: personSchema.optional(),
  resolved: z.boolean().optional(),
  /** anchored; moved (a person should confirm its new words); orphaned (its words are gone from the latest revision). */
  anchorState: anchorStateSchema.optional(),
  replies: z.array(z.object({ id: z.uuid(), body: z.string(), author: personSchema, createdAt: timestampSchema })).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema.optional(),
});

export const exportVerdictSchema = z.object({
  id: z.uuid(),
  facetId: z.uuid(),
  /** The rating on the fixed scale (keys as in lib/verdicts/schema.ts). */
  rating: verdictRatingSchema.optional(),
  /** The explanation, in markdown. */
  text: z.string(),
  author: personSchema.optional(),
  /** The claims and notes the verdict rests on. */
  evidence: z.object({ claimIds: z.array(z.uuid()), annotationIds: z.array(z.uuid()) }).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema.optional(),
});

/** The JSON export of one event: `claimdiff export --format json`. */
export const eventExportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    event: z.object({ slug: z.string(), title: z.string(), description: z.string().optional() }),
    articles: z.array(exportArticleSchema),
    facets: z.array(exportFacetSchema),
    annotations: z.array(exportAnnotationSchema),
    verdicts: z.array(exportVerdictSchema),
  })
  .meta({
    $id: "https://claimdiff.example/schemas/event-export.schema.json",
    title: "Claimdiff event export",
    description: "Every article, facet, claim, relation, annotation and verdict of one event.",
  });
export type EventExport = z.infer<typeof eventExportSchema>;
export type ExportArticle = z.infer<typeof exportArticleSchema>;
export type ExportFacet = z.infer<typeof exportFacetSchema>;
export type ExportClaim = z.infer<typeof exportClaimSchema>;
export type ExportAnnotation = z.infer<typeof exportAnnotationSchema>;
export type ExportVerdict = z.infer<typeof exportVerdictSchema>;
