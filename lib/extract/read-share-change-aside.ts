import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import type { QuantityMatch } from "./read-quantity";
import { TokenKind, isJoined, tokenAt, type TokenStream } from "./tokens";

// Signs glued to the figure; a minus sign may be typed as a hyphen or a dash. Only read inside the
// parentheses, where no range ("2019-2023") can stand.
const SIGNS: Readonly<Record<string, boolean>> = { "+": false, "-": true, "−": true, "–": true };

/**
 * "Die SPD erreichte 20,3 Prozent (minus 1,5)", "the Greens took 9.1% (-0.4)": results tables and
 * agency copy give a share's change as a signed bare figure in parentheses right after the share.
 * The figure is that change, in points. `shareLast` is the share's last token.
 * Returns the sign's token and whether the share fell, or null when the figure is no such aside.
 */
export function readShareChangeAside(ts: TokenStream, q: QuantityMatch, shareLast: number, lex: CompiledLexicon): { first: number; falls: boolean } | null {
  if (tokenAt(ts, q.last + 1) !== ")") return null;
  const glued = SIGNS[tokenAt(ts, q.first - 1)];
  const word = glued === undefined ? matchPhraseBackward(ts, q.first - 1, lex.changeMarkers) : null;
  // "(um 1,5)" says no direction; "(plus 1,5)", "(minus 1,5)", "(+1.5)" do.
  if (glued === undefined && (!word || word.phrase.value === "either" || word.first !== q.first - 1)) return null;
  const sign = q.first - 1;
  if (tokenAt(ts, sign - 1) !== "(" || shareLast !== sign - 2) return null;
  return { first: sign, falls: glued ?? word?.phrase.value === "down" };
}

const MINUS_SIGNS = new Set(["-", "−", "–"]);

/**
 * "Sicherheit: 398 Mio. Fr. (–1,1 %)", "Health: £6.2bn (-1.0%)": a minus sign glued to a figure
 * right inside an opening bracket gives the change of the amount before it, as "+" does (a change
 * marker of the lexicon). A hyphen anywhere else joins a range ("2019-2023") and says no fall.
 */
export function isBracketedMinusBefore(ts: TokenStream, first: number): boolean {
  const sign = first - 1;
  return sign > 0 && ts.kind[sign] === TokenKind.punct && MINUS_SIGNS.has(tokenAt(ts, sign)) && isJoined(ts, first) && tokenAt(ts, sign - 1) === "(";
}
