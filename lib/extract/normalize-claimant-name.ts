import { lemmaKey } from "./lemmatize";
import { getLexicon, type Language } from "./lexicon";
import { claimantWord } from "./name-claimant";

/**
 * A claimant's name as comparable words, across languages and inflections: articles and source
 * words dropped, words the claimant tables know put into English ("die Polizei" and "police",
 * "des Innenministeriums" and "interior ministry"), the rest lemmatized. For telling whether two
 * claimants are one voice, and for scoring; never for display. Never throws.
 */
export function normalizeClaimantName(name: string, language: Language): string[] {
  const lex = getLexicon(language);
  const out: string[] = [];
  for (const raw of name.toLowerCase().split(/[\s,.'’]+/)) {
    if (!raw || lex.articles.has(raw) || DROPPED.has(raw)) continue;
    // As extraction names them: "Regionalregierung" is a government (see claimantWord).
    const english = lex.claimantWords.get(raw) ?? lex.claimantWords.get(lemmaKey(raw, language)) ?? claimantWord(raw, lex);
    if (english) out.push(...english.toLowerCase().split(" "));
    else out.push(lemmaKey(raw, language));
  }
  return out;
}

const DROPPED = new Set(["laut", "according", "to", "nach", "angaben", "zufolge", "of", "des", "der", "von", "vom", "the", "s"]);
