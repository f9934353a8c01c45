import { resolvePlace } from "@/lib/places";
import type { PlaceMatch } from "./find-place";
import { placeOfGermanAdjective } from "./place-of-german-adjective";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * A town named as what a gathering or a local authority belongs to, in tokens `from`..`to`: "die
 * Hamburger Polizei nahm zwölf Personen fest", "am Rande der Wiener Demonstration", "joined the Leeds
 * march alone", "Cardiff police detained 14" (see TOWN_FORCES). Such a sentence's figures are that town's, as with "in
 * Hamburg": the arrests were made and the crowd marched there. German names it with the town's
 * adjective in -er, English with the name before the noun. A country so named ("die deutsche
 * Polizei", "the Spanish police") is no narrower than the event's whole, and is left out.
 */
export function placeOfModifier(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  for (let j = Math.max(0, from); j < to; j++) {
    if (ts.kind[j] !== TokenKind.word || !isCapitalized(ts, j) || !isTownNoun(lowerAt(ts, j + 1), lex)) continue;
    const word = tokenAt(ts, j);
    const place = lex.language === "de" ? placeOfGermanAdjective(word, hint) : resolvePlace(word, "en", { countries: hint });
    if (place && place.kind !== "country") return { place, first: j, last: j };
  }
  return null;
}

// Forces that act in the street of their town. A council's figures (votes, a budget) are the whole
// of a town's event, not a part of it: "Kiel council vote" names no narrower place.
const TOWN_FORCES = new Set(["police", "fire brigade", "rescuers"]);

function isTownNoun(word: string, lex: CompiledLexicon): boolean {
  if (lex.gatherings.has(word)) return true;
  const authority = lex.claimantWords.get(word);
  return authority !== undefined && TOWN_FORCES.has(authority);
}
