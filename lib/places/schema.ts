import { z } from "zod";

/** The languages names are read and shown in. */
export const placeLanguageSchema = z.enum(["de", "en"]);
export type PlaceLanguage = z.infer<typeof placeLanguageSchema>;

/**
 * What a place is. "unknown" is a name no gazetteer knows ("?/Lauterbrunn"): narrower than any event
 * total, its container unknown.
 */
export const placeKindSchema = z.enum(["country", "region", "city", "unknown"]);
export type PlaceKind = z.infer<typeof placeKindSchema>;

// Syntax only, on purpose: a stored scope stays valid when a data package drops or renames a place.
// "ES", "ES/Murcia", "?/Lauterbrunn"; the name part is trimmed, non-empty and free of control characters.
const PLACE_KEY = /^(?:[A-Z]{2}|(?:[A-Z]{2}|\?)\/[^\s\p{Cc}](?:[^\p{Cc}]*[^\s\p{Cc}])?)$/u;
const MAX_KEY_LENGTH = 200;

/** Whether `s` is written as a place key: "ES", "ES/Murcia" or "?/Lauterbrunn". */
export function isPlaceKey(s: string): boolean {
  return s.length <= MAX_KEY_LENGTH && PLACE_KEY.test(s);
}

/**
 * A place's stable, human-readable key: "ES" (a country, ISO 3166-1 alpha-2), "ES/Murcia" (a place
 * inside a country, under the gazetteer's English name) or "?/Lauterbrunn" (a name no gazetteer knows).
 */
export const placeKeySchema = z.string().refine(isPlaceKey, { message: 'Not a place key: expected "ES", "ES/Valencia" or "?/Name".' });
export type PlaceKey = z.infer<typeof placeKeySchema>;

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

export const placeSchema = z.object({
  key: placeKeySchema,
  kind: placeKindSchema,
  /** The ISO 3166-1 alpha-2 code of the country the place is in (its own code for a country); null when unknown. */
  country: countryCodeSchema.nullable(),
  /** The display name in the language asked for. */
  name: z.string().min(1),
});
export type Place = z.infer<typeof placeSchema>;
