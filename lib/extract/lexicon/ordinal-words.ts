import type { Language } from "./types";

// Ordinals whose stem is not the cardinal's: "erste", "dritte"; "first", "twelfth".
const IRREGULAR: Record<Language, Record<number, string>> = {
  de: { 1: "erste", 3: "dritte", 7: "siebte", 8: "achte" },
  en: { 1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth" },
};
// German ordinals decline like adjectives: "elfte", "elften", "elfter", "elftes", "elftem".
const ENDINGS: Record<Language, readonly string[]> = { de: ["", "n", "r", "s", "m"], en: [""] };

function stemOf(word: string, n: number, language: Language): string {
  const irregular = IRREGULAR[language][n];
  if (irregular) return irregular;
  // German adds "-te" below twenty and "-ste" from it ("elfte", "zwanzigste"); English "-th", with
  // "-ty" becoming "-tieth" ("eleventh", "twentieth").
  if (language === "de") return n < 20 ? `${word}te` : `${word}ste`;
  return word.endsWith("ty") ? `${word.slice(0, -1)}ieth` : `${word}th`;
}

/**
 * Ordinal words made from a language's cardinal number words (whole numbers 1 to 99 written as one
 * word): "elften" → 11, "eleventh" → 11, "zwanzigste" → 20. Articles that are numbers ("ein", "a")
 * make none; "one" and "eins" give "first" and "erste".
 */
export function ordinalWords(numberWords: Iterable<[string, number]>, language: Language): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, n] of numberWords) {
    if (!Number.isInteger(n) || n < 1 || n > 99 || word.length < 3 || (n === 1 && word !== "one" && word !== "eins")) continue;
    const stem = stemOf(word, n, language);
    for (const ending of ENDINGS[language]) if (!out.has(stem + ending)) out.set(stem + ending, n);
  }
  return out;
}
