import { countryOfAdjective, resolvePlace } from "@/lib/places";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * The countries an article names, in the order it first names them: by a place ("OSLO —",
 * "Norway's", "in Aarhus") or a nationality adjective ("norwegische", "Danish"). Read only when a
 * figure needs it (a currency noun several countries share), so it may look at every word.
 */
export function countriesNamed(ts: TokenStream, lex: CompiledLexicon): string[] {
  const found: string[] = [];
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== TokenKind.word) continue;
    // "Police counted …": a word the tables read as a source names who speaks, never a town spelt
    // the same way (there is a "Police" in Poland).
    if (lex.claimantWords.has(lowerAt(ts, i))) continue;
    const place = isCapitalized(ts, i) ? resolvePlace(tokenAt(ts, i), lex.language) : null;
    const country = place?.country ?? countryOfAdjective(lowerAt(ts, i), lex.language);
    if (country && !found.includes(country)) found.push(country);
  }
  return found;
}
