import type { CompiledLexicon } from "./lexicon";
import { SPOKEN_FOR_LINKS, SPOKESPERSON_NOUNS } from "./lexicon/spokesperson-words";
import { wordSets } from "./lexicon/rule-words";
import { readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { isCapitalized, lowerAt, type TokenStream } from "./tokens";

const NOUNS = wordSets(SPOKESPERSON_NOUNS);
const LINKS = wordSets(SPOKEN_FOR_LINKS);

/**
 * The body a spokesperson speaks for, when the phrase ending at `span` is one and names it right
 * after: "ein Sprecher des Ministeriums" → "Ministeriums", "a spokesman for the police" → "police".
 * The spokesperson's words are the body's, so the body is the claimant, as "die Polizei" would be
 * in another article. Null when the noun is no spokesperson's or no body follows ("sagte ein
 * Sprecher", "Sprecher Declan Furlong").
 */
export function bodySpokenFor(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): ClaimantSpan | null {
  if (!NOUNS[lex.language].has(lowerAt(ts, span.last))) return null;
  const link = span.last + 1;
  if (!LINKS[lex.language].has(lowerAt(ts, link))) return null;
  // The article after the link is the body's own ("der Polizei", "for the ministry"); German names
  // the body in the genitive with its article as the link, capitalized after it.
  if (lex.language === "de" && !isCapitalized(ts, link + 1)) return null;
  return readClaimantRight(ts, lex.language === "de" ? link : link + 1, ts.count - 1, lex);
}
