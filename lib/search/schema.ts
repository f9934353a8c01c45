import { z } from "zod";
import { languageSchema } from "../articles/schema";
import { isoDateSchema, reviewStatusSchema } from "../claims/schema";
import { eventSlugSchema } from "../events/schema";

/** What the search finds: a paragraph of an article, a claim, or an editor's note. */
export const searchKindSchema = z.enum(["article", "claim", "note"]);
export type SearchKind = z.infer<typeof searchKindSchema>;

// A GET form sends an empty string for an untouched field: that means "no filter", never an error.
const blankOr = <T extends z.ZodType>(schema: T) => schema.optional().or(z.literal("").transform(() => undefined));

/** The search box and its filters, as the page's GET form and `GET /api/search` send them. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "type a word or a name to search for").max(200, "at most 200 characters").describe(
    "Words to find. Quotes for a phrase, `or` between alternatives, `-` before a word to leave out. A word found nowhere is also searched for as the closest words that are (a misspelled name).",
  ),
  event: blankOr(eventSlugSchema).describe("Only this event (its slug)."),
  outlet: blankOr(z.string().trim().min(1).max(200)).describe("Only articles of this outlet (its name)."),
  language: blankOr(languageSchema).describe("Only articles in this language (two letters: de, en)."),
  from: blankOr(isoDateSchema).describe("Only articles published on or after this date."),
  to: blankOr(isoDateSchema).describe("Only articles published on or before this date."),
  facet: blankOr(z.uuid()).describe("Only claims of this facet, notes on it, and paragraphs that hold one of its claims."),
  kind: blankOr(searchKindSchema).describe("Only articles, only claims, or only notes."),
  page: blankOr(z.coerce.number().int().min(1).max(50)).describe("Page of results, 20 each."),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** A run of text, `hit` when the search matched it. Text only: the page renders it as text. */
export const segmentSchema = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof segmentSchema>;

/** A stretch of a revision text in UTF-16 code units, as every offset in Claimdiff. */
export const textRangeSchema = z.object({ start: z.int().min(0), end: z.int().min(0) });
export type TextRange = z.infer<typeof textRangeSchema>;

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  article: z.object({
    id: z.uuid(),
    title: z.string(),
    language: z.string(),
    publishedAt: isoDateSchema.nullable(),
    outlet: z.string().nullable(),
  }),
  event: z.object({ slug: eventSlugSchema, title: z.string() }),
  revision: z.int().min(1).describe("The revision the place is in: the latest, except for a note left on an earlier one."),
  sentence: z.array(segmentSchema).describe("The sentence of the hit, the matched words marked; “…” where a long sentence is cut."),
  at: textRangeSchema.describe("The place in the revision text the reader scrolls to and highlights."),
  href: z.string().describe("The reader at that place."),
  claim: z
    .object({ id: z.uuid(), status: reviewStatusSchema, facet: z.object({ id: z.uuid(), label: z.string() }).nullable() })
    .nullable(),
  note: z.object({ id: z.uuid(), body: z.array(segmentSchema), tags: z.array(z.string()) }).nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultsSchema = z.object({
  query: z.string(),
  alsoSearchedFor: z
    .array(z.object({ word: z.string(), suggestions: z.array(z.string()) }))
    .describe("Words of the query found nowhere, and the closest words that were searched for as well."),
  counts: z
    .object({
      article: z.int().min(0),
      claim: z.int().min(0),
      note: z.int().min(0),
      capped: z.boolean().describe("True when more matched than were read (1,000): the counts are then a lower bound."),
    })
    .describe("How many of each kind match (articles counted once each)."),
  page: z.int().min(1),
  hits: z.array(searchHitSchema),
  hasMore: z.boolean(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
