import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { TokenKind, isCapitalized, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** The tokens of a claimant phrase ("der ukrainische Geheimdienst", "Antony Blinken"), articles excluded. */
export type ClaimantSpan = { first: number; last: number };

const MAX_WORDS = 6;
const ADJECTIVE = /(?:e|en|er|es|em)$/;
const EN_STOP = new Set(["that", "who", "which", "on", "in", "at", "to", "from", "by", "for", "with", "and", "or", "was", "is", "were", "had", "has", "have", "will", "would", "as", "of", "said"]);

function isPart(ts: TokenStream, j: number): boolean {
  // "Kim Jong-un": a hyphen glued on both sides joins the parts of a name.
  return tokenAt(ts, j) === "-" && isJoined(ts, j) && isJoined(ts, j + 1) && ts.kind[j + 1] === TokenKind.word;
}

function valid(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): ClaimantSpan | null {
  if (span.last < span.first) return null;
  if (span.first === span.last && lex.nonClaimants.has(lowerAt(ts, span.first))) return null;
  for (let k = span.first; k <= span.last; k++) if (isCapitalized(ts, k) || lex.claimantWords.has(lowerAt(ts, k))) return span;
  return null;
}

/**
 * The claimant phrase starting at token `j` ("sagte Antony Blinken", "laut dem Pentagon"): an optional
 * article, then adjectives and names, up to the first word that cannot belong to it. Null when the
 * words there are not a name-like phrase ("sagte, dass …").
 */
export function readClaimantRight(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  let k = j;
  if (lex.articles.has(lowerAt(ts, k))) k++;
  const first = k;
  let end = k - 1;
  let sawName = false;
  while (k <= last && k - first < MAX_WORDS) {
    if (isPart(ts, k)) {
      k += 2;
      end = k - 1;
      continue;
    }
    if (ts.kind[k] !== TokenKind.word) break;
    const word = lowerAt(ts, k);
    const cap = isCapitalized(ts, k);
    if (cap) sawName = true;
    else if (lex.language === "de" ? sawName || !ADJECTIVE.test(word) : EN_STOP.has(word) || !(sawName || lex.claimantWords.has(word) || matchPhraseForward(ts, k, lex.nationalities))) break;
    end = k;
    k++;
  }
  // A German phrase ends in its (capitalized) noun: drop trailing lowercase words.
  while (end >= first && lex.language === "de" && !isCapitalized(ts, end) && !isPart(ts, end - 1)) end--;
  return valid(ts, { first, last: end }, lex);
}

/**
 * The claimant phrase ending at token `j` ("Peskow betonte", "der ukrainische Geheimdienst
 * geschätzt"), walking left over names, claimant nouns and adjectives, stopping at an article.
 */
export function readClaimantLeft(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  let k = j;
  while (k >= first && j - k < MAX_WORDS) {
    if (k - 1 >= first && isPart(ts, k - 1)) {
      k -= 2;
      continue;
    }
    if (ts.kind[k] !== TokenKind.word) break;
    const word = lowerAt(ts, k);
    if (lex.articles.has(word)) break;
    const head = k === j;
    const ok = isCapitalized(ts, k) || lex.claimantWords.has(word) || (!head && lex.language === "de" && ADJECTIVE.test(word) && lex.articles.has(lowerAt(ts, k - 1)));
    if (!ok || (head && lex.language === "de" && !isCapitalized(ts, k))) break;
    k--;
  }
  return valid(ts, { first: k + 1, last: j }, lex);
}
