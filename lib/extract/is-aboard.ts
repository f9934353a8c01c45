import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "300 people had been on board", "250 Menschen an Bord", "198 people were aboard".
const ABOARD: Record<"de" | "en", readonly (readonly string[])[]> = {
  de: [["an", "bord"]],
  en: [["on", "board"], ["aboard"]],
};
const REACH = 5;

/**
 * Whether the clause after a count of people, from token `from`, says they were aboard a vessel or
 * vehicle: such people are counted as people on board, not as whatever the sentence named before
 * them ("survivors' accounts suggested 300 people had been on board" counts no survivors).
 */
export function isAboard(ts: TokenStream, from: number, language: "de" | "en"): boolean {
  for (let j = from; j < ts.count && j - from < REACH; j++) {
    if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) return false;
    for (const words of ABOARD[language]) if (words.every((w, k) => lowerAt(ts, j + k) === w)) return true;
  }
  return false;
}
