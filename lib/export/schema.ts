import { z } from "zod";
import { outletInputSchema } from "../articles/schema";
import {
  certaintySchema,
  claimValueSchema,
  isoDateSchema,
  reviewStatusSchema,
  valueKindSchema,
} from "../claims/schema";
import { claimRelationSchema } from "../compare/schema";

/** Bumped whenever a field changes meaning or disappears; adding optional fields keeps it. */
export const EXPORT_SCHEMA_VERSION = 1;

const timestampSchema = z.iso.datetime({ offset: true });

export const exportRevisionSchema = z.object({
  id: z.uuid(),
  number: z.int().min(1),
  createdAt: timestampSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});

export const exportArticleSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string().optional(),
  outlet: outletInputSchema.optional(),
  publishedAt: isoDateSchema.optional(),
  language: z.string(),
  revisions: z.array(exportRevisionSchema),
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
  scope: z.string().optional(),
  asOf: isoDateSchema.optional(),
  attribution: z.string().optional(),
  certainty: certaintySchema,
  origin: z.enum(["machine", "human"]),
  status: reviewStatusSchema,
});

export const exportFacetSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  kind: valueKindSchema,
  unit: z.string().optional(),
  claims: z.array(exportClaimSchema),
  relations: z.array(claimRelationSchema),
});

export const exportAnnotationSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  revisionId: z.uuid(),
  claimId: z.uuid().optional(),
  facetId: z.uuid().optional(),
  /** W3C TextQuoteSelector. */
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  /** W3C TextPositionSelector, in UTF-16 code units. */
  position: z.object({ start: z.int().min(0), end: z.int().min(1) }),
  body: z.string(),
  tags: z.array(z.string()),
  createdAt: timestampSchema,
});

export const exportVerdictSchema = z.object({
  id: z.uuid(),
  facetId: z.uuid(),
  text: z.string(),
  createdAt: timestampSchema,
});

/** The JSON export of one event: `claimdiff export --format json`. */
export const eventExportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    exportedAt: timestampSchema,
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
