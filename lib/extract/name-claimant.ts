import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import type { ClaimantSpan } from "./read-claimant";
import { isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// German compounds name institutions by their last part: "Militärgeheimdienstes" is intelligence.
function claimantWord(word: string, lex: CompiledLexicon): string | undefined {
  const whole = lex.claimantWords.get(word);
  if (whole !== undefined || lex.language !== "de") return whole;
  for (let k = 3; k < word.length - 3; k++) {
    const tail = lex.claimantWords.get(word.slice(k));
    if (tail !== undefined && tail.toLowerCase() === tail) return tail;
  }
  return undefined;
}

function translate(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): string | null {
  const words: string[] = [];
  for (let k = span.first; k <= span.last; k++) {
    const nat = matchPhraseForward(ts, k, lex.nationalities, span.last);
    if (nat) {
      words.push(nat.phrase.value);
      k = nat.last;
      continue;
    }
    const english = claimantWord(lowerAt(ts, k), lex);
    if (english === undefined) return null;
    words.push(english);
  }
  return words.join(" ");
}

/**
 * The short claimant string for a phrase: titles before a name are dropped ("der russische Präsident
 * Wladimir Putin" → "Wladimir Putin"), a phrase made only of known words is put into English
 * ("ukrainische Geheimdienst" → "Ukrainian intelligence"), a German genitive of a known place loses
 * its "s" ("Kiews" → "Kiew"); anything else is kept as written.
 */
export function nameClaimant(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): string {
  let first = span.first;
  for (let k = span.last - 1; k >= span.first; k--) {
    if (lex.titles.has(lowerAt(ts, k)) && isCapitalized(ts, k + 1)) {
      first = k + 1;
      break;
    }
  }
  const trimmed = { first, last: span.last };
  const english = translate(ts, trimmed, lex);
  if (english) return english;
  if (first === span.last) {
    const word = tokenAt(ts, first);
    const stem = word.slice(0, -1);
    if (lex.language === "de" && word.endsWith("s") && matchPhraseForward(ts, first, lex.places) === null && lex.places.byFirst.has(stem.toLowerCase())) return stem;
  }
  return ts.text.slice(ts.start[first], ts.end[span.last]);
}
