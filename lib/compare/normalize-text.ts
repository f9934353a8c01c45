import { memoize } from "./memoize";

const cached = memoize((text: string) => text, foldText);

/**
 * Folds text for comparison: case, diacritics ("Müller" = "Muller"), ß = ss, and any run of
 * punctuation or whitespace becomes one space ("Jean-Luc Martin" = "jean luc martin"). Never throws.
 */
export function normalizeText(text: string): string {
  return cached(text);
}

/** normalizeText without its cache, for callers that keep their own (the copy fingerprints' words). */
export function foldText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      // Upper-casing first turns "ß" into "SS", which lower-cases to the "ss" it is spelled as.
      .toUpperCase()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}
