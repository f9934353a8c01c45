import { z } from "zod";
import { asOfSchema, certaintySchema, claimValueSchema, figureStatusSchema, isoDateSchema, valueKindSchema } from "@/lib/claims/schema";
import { placeKeySchema } from "@/lib/places";

export const languageSchema = z.enum(["de", "en"]);

/** What extraction knows about the article besides its text. */
export const articleContextSchema = z.object({
  language: languageSchema,
  /** Publication day; resolves "im Juni", "on Tuesday", "last year", and is a figure's default as-of day. */
  publishedAt: isoDateSchema.optional(),
});
export type ArticleContext = z.infer<typeof articleContextSchema>;

/** Qualifiers that make two figures about different things rather than contradictory. */
export const claimScopeSchema = z.object({
  /** The place the figure is about (a key of lib/places: "ES", "ES/Valencia", "?/Oberdorf"). None = the whole event. */
  place: placeKeySchema.optional(),
  /** The days the figure holds for ("bis Freitag", "seit Montag"), else the publication day. */
  asOf: asOfSchema.optional(),
  /** What is counted, as the article words it: "evakuierte Anwohner", "people still missing". */
  counted: z.string().min(1).optional(),
});
export type ClaimScope = z.infer<typeof claimScopeSchema>;

/** One value found in an article, with everything needed to show and compare it. */
export const claimCandidateSchema = z.object({
  valueKind: z.enum(["quantity", "date", "entity"]),
  /** Exactly `text.slice(start, end)`: the phrase carrying the value ("fast 10.000 Soldaten"). */
  quote: z.string().min(1),
  /** UTF-16 offsets into the article text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The enclosing sentence (or sentences, when a date was carried from an earlier one). */
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
  value: claimValueSchema,
  /**
   * Language-independent key of what is counted or dated: a concept ("dead", "troops", "budget",
   * "sign") or, for things no concept table knows, the noun's lemma with its language ("de:gebaud"),
   * or the English lemma of a noun the bilingual pairs know ("Flüge" and "flights" are "en:flight").
   */
  subject: z.string().min(1),
  /**
   * What makes this count a different one of its subject, as keys: a country ("KP"), a group
   * ("troops"), a holder ("holder:spd"), a lemma ("de:eingesturzt", "en:defenc"), "change".
   */
  qualifiers: z.array(z.string().min(1)),
  scope: claimScopeSchema,
  /** Who owns the figure, as written: the party of a vote share ("SPD"). */
  holder: z.string().min(1).optional(),
  /** Short claimant: "police", "Innenminister Müller", "Madrid". */
  attribution: z.string().min(1).optional(),
  certainty: certaintySchema,
  /** The stage its figure is said to be ("Hochrechnung", "provisional count", "draft", "final result"); absent: unsaid. */
  figureStatus: figureStatusSchema.optional(),
  /** Which rule(s) produced the value, for the reviewer: "de.hedge.fast → just below [n−10%, n)". */
  rule: z.string().min(1),
});
export type ClaimCandidate = z.infer<typeof claimCandidateSchema>;

/** A question the articles answer, proposed from candidates that count or date the same thing. */
export const proposedFacetSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  kind: valueKindSchema,
  unit: z.string().min(1).optional(),
  /** The candidates answering it, by article and index into that article's candidates. */
  claims: z.array(z.object({ articleId: z.string().min(1), candidateIndex: z.number().int().nonnegative() })),
});
export type ProposedFacet = z.infer<typeof proposedFacetSchema>;
