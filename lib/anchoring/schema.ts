import { z } from "zod";

/** How many characters of context a TextQuoteSelector keeps on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector: the quoted words and the characters just before and after them. */
export const textQuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string().max(CONTEXT_LENGTH),
  suffix: z.string().max(CONTEXT_LENGTH),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C TextPositionSelector: UTF-16 code unit offsets into one revision's text, end exclusive. */
export const textPositionSelectorSchema = z
  .object({ start: z.int().min(0), end: z.int().min(1) })
  .refine((p) => p.start < p.end, { message: "start must come before end" });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Both selectors of one passage of one revision: the quote finds it again, the position disambiguates. */
export type PassageSelectors = { quote: TextQuoteSelector; position: TextPositionSelector };

/**
 * Where a note or a claim stands after its article changed:
 * - `anchored`: on its words (found where it was, or moved to the same words with their context);
 * - `moved`: moved to words that are probably the same, but a person should confirm;
 * - `orphaned`: its words were not found; it stays on the revision it was made on.
 */
export const anchorStateSchema = z.enum(["anchored", "moved", "orphaned"]);
export type AnchorState = z.infer<typeof anchorStateSchema>;

/** Where a passage was before a move that awaits confirmation (a JSON column of claims and notes). */
export const movedFromSchema = z.object({
  revisionId: z.uuid(),
  revisionNumber: z.int().min(1),
  exact: z.string(),
  start: z.int().min(0),
  end: z.int().min(1),
});
export type MovedFrom = z.infer<typeof movedFromSchema>;
