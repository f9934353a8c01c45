import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { FATAL_WORDS, HARM_NOUNS, UNDERGO_VERBS } from "./lexicon/harm-words";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const VERBS = wordSets(UNDERGO_VERBS);
const FATAL = wordSets(FATAL_WORDS);
const HARMS = {
  de: new Set(HARM_NOUNS.de.map((w) => lemmaKey(w, "de"))),
  en: new Set(HARM_NOUNS.en.map((w) => lemmaKey(w, "en"))),
};
// The injured concept's own noun: where its reference comes from.
const INJURED_NOUN = { de: "Verletzte", en: "injured" };
// "suffered minor burns", "needed urgent hospital treatment": a few words may describe the harm.
const MODIFIER_REACH = 2;

/**
 * "Five officers suffered minor injuries", "46 people needed hospital treatment", "Zwei Beamte
 * erlitten leichte Verletzungen": a verb of undergoing with an injury or its care as its object
 * says the counted people were hurt, whatever noun counts them. The injured concept and the
 * phrase's last token, or null; null too when the harm was fatal.
 */
export function harmSufferedAt(ts: TokenStream, j: number, lex: CompiledLexicon): { concept: ConceptRef; first: number; last: number } | null {
  const language = lex.language;
  if (!VERBS[language].has(lowerAt(ts, j))) return null;
  for (let k = j + 1; k < ts.count && k - j <= MODIFIER_REACH + 1; k++) {
    if (ts.kind[k] !== TokenKind.word) return null;
    const w = lowerAt(ts, k);
    if (FATAL[language].has(w)) return null;
    if (HARMS[language].has(lemmaKey(w, language))) {
      const concept = lex.conceptNouns.get(lemmaKey(INJURED_NOUN[language], language));
      return concept ? { concept, first: j, last: k } : null;
    }
    // A function word ("the", "ihre") or a figure ends the object before any harm is named.
    if (lex.functionWords.has(w)) return null;
  }
  return null;
}
