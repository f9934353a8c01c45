import type { CompiledLexicon } from "./lexicon";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Management has offered 5.5%", "the union, which is demanding 8%": a party's percentage in a
// sentence about pay is what it offers or demands, not its share of a vote. Nouns and English
// verbs of pay bargaining (German verbs of demand and offer are read elsewhere).
const PAY_WORDS: Record<"de" | "en", Set<string>> = {
  de: new Set(["lohn", "löhne", "lohnerhöhung", "gehalt", "gehälter", "gehaltserhöhung", "angebot", "forderung", "tarifangebot", "tarifforderung"]),
  en: new Set(["pay", "wage", "wages", "salary", "salaries", "offer", "offers", "offered", "offering", "demand", "demands", "demanded", "demanding"]),
};
const SENTENCE_END = new Set([".", "!", "?"]);
// A figure's sentence is read this far after it for the noun ("5,5 Prozent mehr Lohn").
const AFTER_REACH = 4;

/** True when the sentence of the figure ending at token `end` speaks of pay bargaining. */
export function isPayBargaining(ts: TokenStream, sentenceFirst: number, end: number, lex: CompiledLexicon): boolean {
  const words = PAY_WORDS[lex.language];
  for (let k = sentenceFirst; k <= end + AFTER_REACH && k < ts.count; k++) {
    if (k > end && ts.kind[k] === TokenKind.punct && SENTENCE_END.has(tokenAt(ts, k))) break;
    if (ts.kind[k] === TokenKind.word && words.has(lowerAt(ts, k))) return true;
  }
  return false;
}
