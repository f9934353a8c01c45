import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { nameClaimant } from "./name-claimant";
import { readClaimantLeft, readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

type Found = { span: ClaimantSpan; distance: number };

function nearer(best: Found | null, span: ClaimantSpan | null, at: number, anchor: number): Found | null {
  if (!span) return best;
  const distance = Math.abs(at - anchor);
  return !best || distance < best.distance ? { span, distance } : best;
}

/**
 * Who the claim at token `anchor` is attributed to, searched in its sentence (tokens `first`..`last`).
 * Explicit source phrases win ("laut Kiew", "nach Angaben des Pentagons", "dem Pentagon zufolge",
 * "according to Western officials"); otherwise the subject of the nearest speech verb ("Peskow
 * betonte", "sagte Antony Blinken", "Ukrainian intelligence estimated"). Report cues such as "laut
 * Berichten" name no claimant. Returns undefined when nobody is named.
 */
export function findAttribution(ts: TokenStream, first: number, last: number, anchor: number, lex: CompiledLexicon): string | undefined {
  let source: Found | null = null;
  let speech: Found | null = null;
  for (let j = first; j <= last; j++) {
    // "laut Berichten", "Berichten zufolge": a report cue, not a source.
    const cue = matchPhraseForward(ts, j, lex.certaintyCues, last);
    if (cue && cue.phrase.tokens.length > 1) {
      j = cue.last;
      continue;
    }
    const marker = matchPhraseForward(ts, j, lex.sourceMarkers, last);
    if (marker) {
      source = nearer(source, readClaimantRight(ts, marker.last + 1, last, lex), j, anchor);
      j = marker.last;
      continue;
    }
    const word = lowerAt(ts, j);
    if (lex.sourcePostpositions.has(word)) {
      source = nearer(source, readClaimantLeft(ts, j - 1, first, lex), j, anchor);
      continue;
    }
    if (!lex.speechVerbs.has(word)) continue;
    // ", so Peskow": "so" reports speech only in this exact shape.
    if (word === "so" && !(tokenAt(ts, j - 1) === "," && isCapitalized(ts, j + 1))) continue;
    const right = readClaimantRight(ts, j + 1, last, lex);
    const left = j > first ? readClaimantLeft(ts, j - 1, first, lex) : null;
    speech = nearer(speech, right ?? left, j, anchor);
  }
  const found = source ?? speech;
  return found ? nameClaimant(ts, found.span, lex) : undefined;
}
