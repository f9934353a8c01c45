import type { CompiledLexicon, UnitRef } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// "für Straßen 12 Millionen", "12 million for roads", "eine Kreditaufnahme von 800 Millionen": after
// a sum with a multiplier, a purpose or the sentence's end leaves the currency unsaid.
const PURPOSE_LINKS = new Set(["für", "for"]);
// The clause's end, but not an opening bracket: "1,1 Milliarden (Vorjahr: …)" may go on to name
// what the sum counts, so it lends no currency there.
// A closing quotation mark ends it too: "die NEOS sprechen von „mindestens 7 Milliarden“".
const ENDS = new Set([".", "!", "?", ",", ";", ":", "–", "—", ")", "“", "”", "\"", "«", "»", "’"]);

/**
 * The currency of a sum written without one — a number with a multiplier ("1,1 Milliarden", "12
 * million") — taken from the amount of money just before it, in its sentence or the one before
 * (`money`): "Der Haushalt umfasst 40 Milliarden Euro. Das Land macht 1,1 Milliarden neue Schulden",
 * "€40m for schools and 12 million more for roads". Only when what follows the sum is no counted
 * noun: a noun of money ("neue Schulden", "of new borrowing"), a purpose ("für", "for", also after
 * "mehr"/"more"), or the clause's end. "1,1 Millionen Menschen" counts people.
 */
export function borrowedCurrency(ts: TokenStream, numberLast: number, scale: number, money: UnitRef | undefined, lex: CompiledLexicon): UnitRef | undefined {
  if (!money || scale < 1e6) return undefined;
  let j = numberLast + 1;
  if (lex.comparatives.has(lowerAt(ts, j))) j++;
  const next = lowerAt(ts, j);
  if (ts.kind[j] !== TokenKind.word) return ENDS.has(next) || j >= ts.count ? money : undefined;
  if (PURPOSE_LINKS.has(next)) return money;
  if (matchPhraseForward(ts, j, lex.amountNounPhrases)) return money;
  // "of new borrowing": an English noun of money after "of".
  if (next === "of" && matchPhraseForward(ts, j + 1, lex.amountNounPhrases)) return money;
  return undefined;
}
