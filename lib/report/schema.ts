import { z } from "zod";
import { verdictRatingSchema } from "@/lib/verdicts/schema";
import type { Timeline } from "@/lib/compare/build-timeline";
import type { CellRelation } from "@/lib/compare/cell-relations";
import {
  asOfSchema,
  certaintySchema,
  claimValueSchema,
  figureStatusSchema,
  isoDateSchema,
  reviewStatusSchema,
  valueKindSchema,
} from "@/lib/claims/schema";
import { facetStatusSchema, relationKindSchema } from "@/lib/compare/schema";
import type { EventExport } from "@/lib/export/schema";

/** The languages a report's own words (headings, labels, methodology) can be written in. */
export const reportLanguageSchema = z.enum(["en", "de"]);
export type ReportLanguage = z.infer<typeof reportLanguageSchema>;

// The rating scale is the verdicts' own (lib/verdicts), so reports and screens rate alike.
export { verdictRatingSchema, type VerdictRating } from "@/lib/verdicts/schema";

/** A facet's verdict as a report shows it. */
export const reportVerdictSchema = z.object({
  rating: verdictRatingSchema.optional(),
  /** Markdown as the fact-checker wrote it; reports show it as text, never as raw HTML. */
  explanation: z.string(),
  author: z.string().optional(),
  /** The day it was given (ISO). */
  date: isoDateSchema.optional(),
});
export type ReportVerdict = z.infer<typeof reportVerdictSchema>;

/** A verdict as lib/db reads it: the report's shape and the facet it resolves. */
export const verdictInputSchema = reportVerdictSchema.extend({ facetId: z.string().min(1) });
export type VerdictInput = z.infer<typeof verdictInputSchema>;

/** What a report is built from: the event as exported, and its verdicts in the report's shape. */
export type ReportInput = { exported: EventExport; verdicts: readonly VerdictInput[] };

/** What a person chooses when exporting a report. */
export const reportOptionsSchema = z.object({
  /** Only these facets (ids); absent: every facet. */
  facets: z.array(z.string().min(1)).min(1).optional(),
  /** Only the facets whose claims conflict. */
  disputedOnly: z.boolean().default(false),
  /** With the editors' notes (annotations). */
  notes: z.boolean().default(true),
  /** The language of the report's own words; quotes stay as the articles wrote them. */
  language: reportLanguageSchema.default("en"),
});
export type ReportOptions = z.output<typeof reportOptionsSchema>;

/** A yes/no of a query string: `1`, `true`, `yes`, `on` or `0`, `false`, `no`, `off`. */
const flagSchema = z
  .enum(["1", "true", "yes", "on", "0", "false", "no", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

/** The report options as a query string carries them (`?facets=a,b&disputedOnly=1&notes=0&language=de`). */
export const reportQuerySchema = z.object({
  facets: z
    .string()
    .trim()
    .max(4000)
    .transform((list) => list.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.uuid()).min(1, "name at least one facet id"))
    .optional()
    .describe("Only these facets: their ids, separated by commas."),
  disputedOnly: flagSchema.optional().describe("Only the facets whose claims conflict (1 or 0; default 0)."),
  notes: flagSchema.optional().describe("With the editors' notes (1 or 0; default 1)."),
  language: reportLanguageSchema.optional().describe("The language of the report's own words: en (default) or de."),
});

/** A stretch of a quote: `changed` words differ from the facet's first claim. */
export const quotePieceSchema = z.object({ text: z.string(), changed: z.boolean() });
export type QuotePiece = z.infer<typeof quotePieceSchema>;

export const reportClaimSchema = z.object({
  id: z.string(),
  /** Its number within the facet (1, 2, …), by which relations name it. */
  n: z.int().positive(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  publishedAt: isoDateSchema.nullable(),
  /** The article's language, for the quote's `lang`. */
  language: z.string(),
  /** Who says it: the attributed claimant, else the outlet's own reporting. */
  claimant: z.string(),
  attributed: z.boolean(),
  certainty: certaintySchema,
  /** The stage of its count the figure is said to be; null when the article says nothing of it. */
  figureStatus: figureStatusSchema.nullable(),
  status: reviewStatusSchema,
  quote: z.string(),
  /** The quote cut into runs; the changed ones differ from claim 1's quote (claim 1: none). */
  pieces: z.array(quotePieceSchema),
  value: claimValueSchema,
  /** The value as the article's language writes it short: "fast 10.000". */
  valueShort: z.string(),
  /** The normalized value in the report's words: "9,000 to under 10,000". */
  valueNormalized: z.string(),
  scope: z.string().nullable(),
  /** The days the figure holds on, as its sentence dates it. */
  asOf: asOfSchema.nullable(),
  /** How it stands with the others: conflicts, changed, agrees, scope, only. */
  standing: z.custom<CellRelation>(),
});
export type ReportClaim = z.infer<typeof reportClaimSchema>;

export const reportRelationSchema = z.object({
  a: z.int().positive(),
  b: z.int().positive(),
  kind: relationKindSchema,
  /** Why, in the words of lib/compare. */
  reason: z.string(),
  /** For a contradiction: its rank within the facet (1 = most worth a fact-checker's time). */
  rank: z.int().positive().optional(),
});
export type ReportRelation = z.infer<typeof reportRelationSchema>;

export const reportNoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  publishedAt: isoDateSchema.nullable(),
  /** The passage the note is anchored to. */
  exact: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  date: isoDateSchema,
  facetId: z.string().nullable(),
  /** The number of the claim it is about, within its facet. */
  claim: z.int().positive().nullable(),
});
export type ReportNote = z.infer<typeof reportNoteSchema>;

export const reportFacetSchema = z.object({
  id: z.string(),
  question: z.string(),
  kind: valueKindSchema,
  unit: z.string().nullable(),
  status: facetStatusSchema,
  claims: z.array(reportClaimSchema),
  /** The relations worth reading (contradictions, ranked, then changes and scope differences), at most a few dozen. */
  relations: z.array(reportRelationSchema),
  /** How many relations of each kind there are in all, listed or not. */
  relationCounts: z.record(relationKindSchema, z.int().nonnegative()),
  /** Relations of the kinds above left out of `relations` for length. */
  relationsNotListed: z.int().nonnegative(),
  contradictions: z.int().nonnegative(),
  verdict: reportVerdictSchema.nullable(),
  timeline: z.custom<Timeline>().nullable(),
  notes: z.array(reportNoteSchema),
});
export type ReportFacet = z.infer<typeof reportFacetSchema>;

export const reportSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  domain: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string(),
  publishedAt: isoDateSchema.nullable(),
  url: z.string().nullable(),
  revisions: z.int().nonnegative(),
});
export type ReportSource = z.infer<typeof reportSourceSchema>;

/** One event's comparison as a newsroom memo wants it: what every format renders. */
export const reportSchema = z.object({
  language: reportLanguageSchema,
  options: reportOptionsSchema,
  event: z.object({ slug: z.string(), title: z.string(), description: z.string().nullable() }),
  generatedAt: z.iso.datetime({ offset: true }),
  /** First and last publication day of the sources; null when none is dated. */
  dateRange: z.object({ from: isoDateSchema, to: isoDateSchema }).nullable(),
  sources: z.array(reportSourceSchema),
  summary: z.object({
    articles: z.int().nonnegative(),
    outlets: z.int().nonnegative(),
    languages: z.array(z.string()),
    /** Facets of the event, and how many of them the report shows. */
    facets: z.int().nonnegative(),
    facetsShown: z.int().nonnegative(),
    disputed: z.int().nonnegative(),
    agreed: z.int().nonnegative(),
    singleSource: z.int().nonnegative(),
    contradictions: z.int().nonnegative(),
    verdicts: z.int().nonnegative(),
  }),
  /** Most disputed first. */
  facets: z.array(reportFacetSchema),
  /** Notes not about any facet shown (empty when notes are left out). */
  otherNotes: z.array(reportNoteSchema),
});
export type Report = z.infer<typeof reportSchema>;
