import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import { claimantWord } from "./name-claimant";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

// "die Zahl der Toten", "the number of people": what a count word counts follows it.
export const OF_WORDS = new Set(["der", "des", "an", "von", "of"]);

// How far a state may stand inside the phrase after a count word: "Zahl der vom Angriff |betroffenen".
const COUNT_PHRASE_REACH = 5;

/**
 * Whether the word at `k` stands in the phrase after a count word: "Zahl der |betroffenen", "number
 * of (the) |affected", "Zahl der vom Cyberangriff |betroffenen".
 */
export function isInCountWordPhrase(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  for (let b = k - 1; b >= 1 && k - b <= COUNT_PHRASE_REACH; b--) {
    if (ts.kind[b] !== TokenKind.word) return false;
    if (OF_WORDS.has(lowerAt(ts, b)) && lex.countWords.has(lowerAt(ts, b - 1))) return true;
  }
  return false;
}

/**
 * Whether the count word at `j` opens what is counted ("die Zahl der Toten"): after a source marker
 * ("nach Schätzungen des Datenschutzbeauftragten", "laut ersten Schätzungen der Behörde") the
 * genitive names who counted, not what.
 */
export function opensCountedPhrase(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return lex.countWords.has(lowerAt(ts, j)) && OF_WORDS.has(lowerAt(ts, j + 1)) && !endsSourceMarker(ts, j, lex) && !namesItsAuthor(ts, j, lex);
}

/**
 * "nach einer ersten Schätzung der Veranstalter", "laut Schätzungen der Polizei": a count word that
 * is also a report ("Schätzung", "Bilanz", "estimate") with a claimant in its genitive names who
 * counted, not what ("die Zahl der Beamten", no report, still counts officials).
 */
function namesItsAuthor(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (!lex.reportNouns.has(lowerAt(ts, j))) return false;
  const noun = lex.articles.has(lowerAt(ts, j + 2)) ? j + 3 : j + 2;
  return ts.kind[noun] === TokenKind.word && claimantWord(lowerAt(ts, noun), lex) !== undefined;
}

function endsSourceMarker(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (matchPhraseBackward(ts, j, lex.sourceMarkers) !== null) return true;
  // German lets an adjective stand inside the marker: "nach ersten Schätzungen".
  return lex.language === "de" && lex.sourcePrepositions.has(lowerAt(ts, j - 2)) && !isCapitalized(ts, j - 1) && ts.kind[j - 1] === TokenKind.word;
}
