import { z } from "zod";
import { germanAdjectiveTablesSchema } from "./german-adjectives";

/** Bump when the shape or the meaning of the derived index changes: it names the cache file. */
export const PLACE_INDEX_FORMAT = 8;

/** 0 country, 1 region (first-level subdivision), 2 city: also the order in which an ambiguous name is resolved. */
export const KIND_CODES = ["country", "region", "city"] as const;

/**
 * The compact index derived from the data packages, as cached on disk. The large tables are text,
 * one line per entry and tab-separated fields, because one long JSON string parses many times faster
 * than 30,000 small arrays — this is what keeps a process that finds the cache well under 100 ms.
 * Names and fields never hold a tab or a line break (the builder turns all white space into spaces).
 */
export const placeIndexDataSchema = z.object({
  format: z.literal(PLACE_INDEX_FORMAT),
  /** Hash of the package versions (and Node's CLDR) the index was built from. */
  sources: z.string(),
  /** Lines of "key, kind code, English name, German name (empty when the same), population". */
  places: z.string(),
  /** Lines of "normalized name, row numbers (comma-separated, best candidate first)". */
  names: z.string(),
  /** The same for accent-folded names, only where folding changes the name. */
  folded: z.string(),
  /** The same for names of up to three letters, matched as written ("US", "UK", "USA"), never lowercase ("in", "it"). */
  exact: z.string(),
  /** folded English demonym phrase → country ("south african" → "ZA") */
  demonymsEn: z.array(z.tuple([z.string(), z.string()])),
  german: germanAdjectiveTablesSchema,
});
export type PlaceIndexData = z.infer<typeof placeIndexDataSchema>;
