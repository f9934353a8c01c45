import type { CompiledLexicon } from "./lexicon";
import { demonymOf, matchAdjectiveAt, placeName, resolvePlace } from "@/lib/places";
import { bodySpokenFor } from "./body-spoken-for";
import { genitiveBase } from "./genitive-base";
import { GERMAN_S_GENITIVE_ARTICLES } from "./lexicon/word-class-words";
import type { ClaimantSpan } from "./read-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// German compounds name institutions by their last part: "Militärgeheimdienstes" is intelligence.
export function claimantWord(word: string, lex: CompiledLexicon): string | undefined {
  const whole = lex.claimantWords.get(word);
  if (whole !== undefined || lex.language !== "de") return whole;
  // "nach Angaben des Veranstalters", "des Verbands": a genitive -s or -es on a known word.
  const genitive = word.endsWith("es") ? lex.claimantWords.get(word.slice(0, -2)) ?? lex.claimantWords.get(word.slice(0, -1)) : word.endsWith("s") ? lex.claimantWords.get(word.slice(0, -1)) : undefined;
  if (genitive !== undefined) return genitive;
  for (let k = 3; k < word.length - 3; k++) {
    const tail = lex.claimantWords.get(word.slice(k));
    if (tail !== undefined && tail.toLowerCase() === tail) return tail;
  }
  return undefined;
}

function translate(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): string | null {
  const words: string[] = [];
  for (let k = span.first; k <= span.last; k++) {
    const nationality = ts.kind[k] === TokenKind.word ? matchAdjectiveAt([lowerAt(ts, k), lowerAt(ts, k + 1)], 0, lex.language) : null;
    if (nationality && k + nationality.length - 1 <= span.last) {
      const demonym = demonymOf(nationality.country, "en");
      if (!demonym) return null;
      words.push(demonym);
      k += nationality.length - 1;
      continue;
    }
    const english = claimantWord(lowerAt(ts, k), lex);
    if (english === undefined) return null;
    words.push(english);
  }
  return words.join(" ");
}

/**
 * The short claimant string for a phrase: titles before a name are dropped ("der französische Präsident
 * Emmanuel Macron" → "Emmanuel Macron"), a phrase made only of known words is put into English
 * ("spanische Regierung" → "Spanish government"), a German genitive of a known place loses
 * its "s" ("Roms" → "Rom"); anything else is kept as written.
 */
export function nameClaimant(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): string {
  let first = span.first;
  for (let k = span.last - 1; k >= span.first; k--) {
    if (lex.titles.has(lowerAt(ts, k)) && isCapitalized(ts, k + 1)) {
      first = k + 1;
      break;
    }
  }
  // "ein Sprecher des Ministeriums": the body spoken for is the claimant, named as it would be alone.
  const body = bodySpokenFor(ts, { first, last: span.last }, lex);
  if (body) return nameClaimant(ts, body, lex);
  const trimmed = { first, last: span.last };
  const english = translate(ts, trimmed, lex);
  if (english) return english;
  // One claimant across languages and cases: "Rom", "Roms", "Rome" are the place's English name.
  if (first === span.last) {
    const place = resolvePlace(tokenAt(ts, first), lex.language);
    if (place && place.kind !== "unknown") return placeName(place.key, "en");
  }
  return withGenitiveBase(ts, { first, last: span.last }, lex) ?? ts.text.slice(ts.start[first], ts.end[span.last]);
}

const GENITIVE_ARTICLES = new Set(GERMAN_S_GENITIVE_ARTICLES);

// "nach Angaben des Unternehmens", "eines Sprechers": a claimant named in the genitive is shown in
// its base form, as a label and every other article name it ("Unternehmen", "Sprecher"). Only the
// noun right after the article: a name after it ("des Instituts Wahlblick") keeps its own spelling.
function withGenitiveBase(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): string | null {
  if (lex.language !== "de" || !GENITIVE_ARTICLES.has(lowerAt(ts, span.first - 1)) || ts.kind[span.first] !== TokenKind.word) return null;
  const head = tokenAt(ts, span.first);
  const base = genitiveBase(head, lex);
  return base === head ? null : base + ts.text.slice(ts.end[span.first], ts.end[span.last]);
}
