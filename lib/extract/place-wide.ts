import { resolvePlace } from "@/lib/places";
import type { PlaceMatch } from "./find-place";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const WIDE = "weit";
const MIN_STEM = 3;

/**
 * "Hessenweit rechnet der Städtetag mit …", "europaweit", "sachsenweit": German glues "-weit" to a
 * place to say a figure is that place's whole. The first such word in tokens `first`..`last` whose
 * stem is a known place, else null ("bundesweit", "landesweit": no place's name, read as the country's elsewhere).
 */
export function placeWide(ts: TokenStream, first: number, last: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  if (lex.language !== "de") return null;
  for (let j = first; j <= last; j++) {
    if (ts.kind[j] !== TokenKind.word) continue;
    const w = lowerAt(ts, j);
    if (w.length < WIDE.length + MIN_STEM || !w.endsWith(WIDE)) continue;
    const word = tokenAt(ts, j);
    const stem = word.slice(0, word.length - WIDE.length);
    const name = isCapitalized(ts, j) ? stem : stem.charAt(0).toUpperCase() + stem.slice(1);
    const place = resolvePlace(name, "de", { countries: hint });
    // The stem spelled as the place is: "Bundes" only resembles "Bünde".
    if (place && place.name === name) return { place, first: j, last: j };
  }
  return null;
}
