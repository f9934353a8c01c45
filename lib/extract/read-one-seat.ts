import type { CompiledLexicon } from "./lexicon";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// "mit einem Sitz vertreten", "mit je einem Mandat": German holds a seat "with" it.
const GERMAN_HOLDING = new Set(["mit", "je"]);

/**
 * "was left with one seat", "could shift one seat", "sind mit je einem Mandat vertreten": the word
 * "one", or a German article after "mit"/"je", right before a seat is the figure one — a holding,
 * where `isArticleOneOfChange` reads a seat gained or lost. English "a seat" stays an article
 * ("a seat in parliament"), as does "one" before anything but a seat ("one of the parties").
 */
export function isOneSeat(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (i === 0 || ts.kind[i + 1] !== TokenKind.word) return false;
  const w = lowerAt(ts, i);
  const one = lex.language === "en" ? w === "one" : lex.articleNumbers.has(w) && GERMAN_HOLDING.has(lowerAt(ts, i - 1));
  return one && conceptOfNoun(lowerAt(ts, i + 1), lex)?.key === "seats";
}
