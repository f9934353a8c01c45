import type { CompiledLexicon } from "./lexicon";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { qualifierAdjectiveKey } from "./qualifier-adjective-key";
import { TokenKind, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// What a storm, a quake or a fire does to buildings, as a participle said of them after the count.
const THING_STATES = {
  de: new Set(["beschädigt", "zerstört", "eingestürzt", "abgedeckt", "unbewohnbar"]),
  en: new Set(["damaged", "destroyed", "collapsed", "razed", "uninhabitable"]),
};
// German puts the participle at the clause end ("seien mehr als 600 Häuser in der Stadt beschädigt").
const REACH = 8;

/**
 * The state said of buildings counted just before token `from`, in the same clause, as the qualifier
 * its attributive form gives ("600 Häuser beschädigt" like "600 beschädigte Häuser" and "520 buildings
 * had been reported damaged" like "520 damaged buildings": `en:damag` in both languages, through the
 * adjective pairs), so that one count said either way is one question. Null when the clause says no such state.
 */
export function readThingState(ts: TokenStream, from: number, lex: CompiledLexicon): string | null {
  const language = lex.language === "de" ? "de" : "en";
  for (let j = from; j < ts.count && j - from < REACH; j++) {
    if (ts.kind[j] === TokenKind.number || (j > from && isLineBreakBefore(ts, j))) return null;
    if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) return null;
    const word = lowerAt(ts, j);
    if (THING_STATES[language].has(word)) return qualifierAdjectiveKey(word, language);
  }
  return null;
}
