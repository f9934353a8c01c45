import { z } from "zod";
import { certaintySchema, isoDateSchema } from "@/lib/claims/schema";

/**
 * The labelled evaluation set: short articles we wrote about events of several kinds, each with every
 * claim a fact-checker would file, and pairs of claims labelled as conflicting or not. How to label is
 * written down in `GUIDE.md`; `score-evaluation.ts` runs extraction and comparison over it.
 */

/** What kind of story an evaluation event is; the benchmark reports each kind apart. */
export const eventKindSchema = z.enum(["disaster", "protest", "election", "budget", "war", "other"]);
export type EventKind = z.infer<typeof eventKindSchema>;

export const evalClaimSchema = z.object({
  /** Unique within the article: "c1", "c2"… */
  id: z.string().min(1),
  /** The words carrying the value, exactly as in the text ("mehr als 200 Tote"); must occur in the text. */
  quote: z.string().min(1),
  /** When the quote occurs more than once: which occurrence (1-based). */
  occurrence: z.number().int().positive().optional(),
  /** A concept key from GUIDE.md ("dead", "protesters", "votes"…), else the counted noun as written, base form. */
  subject: z.string().min(1),
  /** What distinguishes this count from others of its subject: "Syrian", "SPD", "defence", "collapsed". */
  qualifier: z.string().min(1).optional(),
  /** The normalized value as `formatClaimValue` writes it: "[9000, 10000)", "2024-06-01..2024-06-30 month". */
  value: z.string().min(1),
  /** ISO 4217 currency, "%" for percent, "pp" for percentage points, or a measure ("m", "km", "t"…). */
  unit: z.string().min(1).optional(),
  /** True when the figure is a change ("um 3 Prozent", "by 2 billion"), not a level. */
  change: z.boolean().optional(),
  /** The place the figure is about, in English ("Valencia", "Spain"); absent = the event's whole. */
  place: z.string().min(1).optional(),
  /** When the sentence dates the figure: a day or an interval "YYYY-MM-DD..YYYY-MM-DD". Absent = the publication day. */
  asOf: z.string().min(1).optional(),
  /** Who the article attributes the claim to, as written in the text ("Polizei", "the organisers"). */
  attribution: z.string().min(1).optional(),
  certainty: certaintySchema.optional(),
});
export type EvalClaim = z.infer<typeof evalClaimSchema>;

export const evalArticleSchema = z.object({
  /** Unique within the event: "de-1", "en-2"… */
  id: z.string().min(1),
  language: z.enum(["de", "en"]),
  publishedAt: isoDateSchema,
  outlet: z.string().min(1),
  /** The headline on the first line, then paragraphs separated by blank lines. */
  text: z.string().min(1),
  claims: z.array(evalClaimSchema),
});
export type EvalArticle = z.infer<typeof evalArticleSchema>;

/** Two claims of one event ("de-1#c2") and whether they cannot both be true. */
export const evalPairSchema = z.object({
  a: z.string().regex(/^[^#]+#[^#]+$/),
  b: z.string().regex(/^[^#]+#[^#]+$/),
  conflicting: z.boolean(),
  /** Why, in a few words: "same day, police vs organisers", "different places", "toll rose over two days". */
  why: z.string().min(1),
});
export type EvalPair = z.infer<typeof evalPairSchema>;

export const evalEventSchema = z.object({
  id: z.string().min(1),
  kind: eventKindSchema,
  title: z.string().min(1),
  articles: z.array(evalArticleSchema).min(1),
  pairs: z.array(evalPairSchema),
});
export type EvalEvent = z.infer<typeof evalEventSchema>;

/** A sentence that looks like it holds a figure and holds none a fact-checker would file. */
export const evalTrapSchema = z.object({
  language: z.enum(["de", "en"]),
  publishedAt: isoDateSchema.optional(),
  text: z.string().min(1),
  /** What the trap is: "age", "calibre", "duration", "house number"… */
  why: z.string().min(1),
});
export type EvalTrap = z.infer<typeof evalTrapSchema>;
