import type { CompiledLexicon } from "./lexicon";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const ENDS = new Set(["and", "or", "und", "oder", "votes", "vote"]);

// A referendum's shares are of a side, not a party: "stimmten 54,3 Prozent mit Ja", "53.9% voted
// yes and 46.1% no", "58% in favour". One English name per side, so both languages share a facet.
const SIDES: Record<"de" | "en", [string[], "yes" | "no"][]> = {
  de: [
    [["mit", "ja"], "yes"],
    [["mit", "nein"], "no"],
    [["für", "ja"], "yes"],
    [["ja-stimmen"], "yes"],
    [["nein-stimmen"], "no"],
  ],
  en: [
    [["voted", "yes"], "yes"],
    [["voted", "no"], "no"],
    [["voted", "in", "favour"], "yes"],
    [["voted", "in", "favor"], "yes"],
    [["voted", "against"], "no"],
    [["in", "favour"], "yes"],
    [["in", "favor"], "yes"],
    [["yes"], "yes"],
    [["no"], "no"],
  ],
};

/** The side of a vote a share right after token `j - 1` is of ("54,3 Prozent mit Ja" → "yes"), or null. */
export function readBallotSide(ts: TokenStream, j: number, lex: CompiledLexicon): "yes" | "no" | null {
  for (const [words, side] of SIDES[lex.language]) {
    if (!words.every((w, k) => lowerAt(ts, j + k) === w)) continue;
    // A bare "no" must end its phrase: "5% no longer work" is no side.
    const next = j + words.length;
    if (words.length === 1 && ts.kind[next] === TokenKind.word && !ENDS.has(lowerAt(ts, next))) continue;
    return side;
  }
  return null;
}
