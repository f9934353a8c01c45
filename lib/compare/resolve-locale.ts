import { memoize } from "./memoize";

/**
 * The Intl locale for a language tag. Plain "en" becomes British English so dates read
 * "19 Jun 2024" (day month year, as in the rest of our English text); an invalid tag falls back to
 * it rather than throwing, because a bad language on one article must not break a whole matrix.
 */
export function resolveLocale(language: string | undefined): string {
  if (!language || language === "en") return "en-GB";
  return canonical(language);
}

// Intl.getCanonicalLocales is slow next to the formatting it precedes, and languages are few.
const canonical = memoize(
  (language: string) => language,
  (language: string) => {
    try {
      return Intl.getCanonicalLocales(language)[0] ?? "en-GB";
    } catch {
      return "en-GB";
    }
  },
);
