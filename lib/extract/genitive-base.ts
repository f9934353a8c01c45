import type { CompiledLexicon } from "./lexicon";

// Unstressed endings take only "-s" in the genitive ("des Unternehmens", "eines Sprechers", "des
// Verkehrsverbunds" is no such word): taking the "s" off is safe without knowing the word.
const S_ONLY = /(?:en|er|el)s$/;

/**
 * The base form of a German noun standing after "des" or "eines" ("Unternehmens" → "Unternehmen",
 * "Zivilschutzes" → "Zivilschutz"): its "-es" or "-s" comes off only where the ending says so (an
 * unstressed "-en", "-er", "-el" before it) or the lexicon knows the word without it; anything
 * else is returned as written ("des Gebäudes" could be "Gebäud" or "Gebäude").
 */
export function genitiveBase(word: string, lex: CompiledLexicon): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith("s")) return word;
  const known = (w: string) => lex.claimantWords.has(w) || lex.titles.has(w);
  if (lower.endsWith("es") && known(lower.slice(0, -2))) return word.slice(0, -2);
  if (known(lower.slice(0, -1)) || S_ONLY.test(lower)) return word.slice(0, -1);
  return word;
}
