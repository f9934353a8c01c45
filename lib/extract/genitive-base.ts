import type { CompiledLexicon } from "./lexicon";
import { GERMAN_GENITIVE_BODY_TAILS } from "./lexicon/word-class-words";

// Unstressed endings take only "-s" in the genitive ("des Unternehmens", "eines Sprechers", "des
// Verkehrsverbunds" is no such word): taking the "s" off is safe without knowing the word.
const S_ONLY = /(?:en|er|el)s$/;

// "Gesundheits|amt", "Land|gericht": a body's noun, alone or as a compound's last part.
const isBodyNoun = (w: string) => GERMAN_GENITIVE_BODY_TAILS.some((t) => w.endsWith(t));

/**
 * The base form of a German noun standing after "des" or "eines" ("Unternehmens" → "Unternehmen",
 * "Zivilschutzes" → "Zivilschutz"): its "-es" or "-s" comes off only where the ending says so (an
 * unstressed "-en", "-er", "-el" before it) or the lexicon knows the word without it, or a body's
 * noun ends it ("Gesundheitsamts", "Gesundheitsamtes" → "Gesundheitsamt"); anything
 * else is returned as written ("des Gebäudes" could be "Gebäud" or "Gebäude").
 */
export function genitiveBase(word: string, lex: CompiledLexicon): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith("s")) return word;
  const known = (w: string) => lex.claimantWords.has(w) || lex.titles.has(w) || isBodyNoun(w);
  if (lower.endsWith("es") && known(lower.slice(0, -2))) return word.slice(0, -2);
  if (known(lower.slice(0, -1)) || S_ONLY.test(lower)) return word.slice(0, -1);
  return word;
}
