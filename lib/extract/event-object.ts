import type { SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { lemmaKey } from "./lemmatize";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

// The object of a dated event, from the objects the concept tables join across languages ("Vertrag",
// "treaty"): it tells a treaty's signing from a budget's. Nouns outside the table leave it open.
// Of several, the object nearest the event word: in "present the deployment as an obligation under
// the treaty that they signed", the treaty was signed.
export function eventObject(ts: TokenStream, s: SentenceSpan, verb: number, lex: CompiledLexicon): string | null {
  const german = lex.language === "de";
  let best: { object: string; distance: number } | null = null;
  for (let j = s.first; j <= s.last; j++) {
    if (ts.kind[j] !== TokenKind.word || (german && !isCapitalized(ts, j))) continue;
    // "according to the city": a source marker is no object, though "according" lemmatizes to "accord".
    if (matchPhraseForward(ts, j, lex.sourceMarkers)) continue;
    const key = lemmaKey(lowerAt(ts, j), lex.language);
    const object = lex.eventObjects.get(key) ?? (german ? compoundObject(key, lex) : undefined);
    const distance = Math.abs(j - verb);
    if (object && (!best || distance < best.distance)) best = { object, distance };
  }
  return best?.object ?? null;
}

function compoundObject(key: string, lex: CompiledLexicon): string | undefined {
  for (const [tail, object] of lex.eventObjects) if (tail.length >= 4 && key.length > tail.length + 2 && key.endsWith(tail)) return object;
  return undefined;
}
