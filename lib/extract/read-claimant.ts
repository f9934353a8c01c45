import type { CompiledLexicon } from "./lexicon";
import { matchAdjectiveAt, resolvePlace } from "@/lib/places";
import { worksInPlaceItIsIn } from "./authority-place";
import { isPossessiveInName } from "./possessive-in-name";
import { TokenKind, isCapitalized, isJoiningHyphen, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** The tokens of a claimant phrase ("der spanische Wetterdienst", "Jana Roth"), articles excluded. */
export type ClaimantSpan = { first: number; last: number };

const MAX_WORDS = 6;

// "sagte ihr Finanzexperte Daisuke Kurokawa", "said its leader": a possessive stands where the
// article would, before a capitalized title or name.
const POSSESSIVES = new Set(["ihr", "ihre", "sein", "seine", "unser", "unsere", "its", "their", "his", "her"]);

/** Whether token `k` is a possessive determiner ("ihr", "seine", "its"). */
export const isPossessive = (ts: TokenStream, k: number): boolean => POSSESSIVES.has(lowerAt(ts, k));

// "local officials", "state election authorities", "the national civil protection agency": an
// English modifier before a claimant noun, up to three words before it.
function modifiesClaimant(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  for (let n = k; n <= k + 3; n++) {
    const w = lowerAt(ts, n);
    // "the state returning officer": the claimant may be a phrase of two words.
    if (lex.claimantWords.has(`${w} ${lowerAt(ts, n + 1)}`)) return true;
    if (n === k) continue;
    if (lex.claimantWords.has(w)) return true;
    if (ts.kind[n] !== TokenKind.word || lex.functionWords.has(w)) return false;
  }
  return false;
}

// "returning officer": the second word of a claimant phrase of two words.
const endsClaimantPhrase = (ts: TokenStream, k: number, first: number, lex: CompiledLexicon): boolean => k > first && lex.claimantWords.has(`${lowerAt(ts, k - 1)} ${lowerAt(ts, k)}`);

function isNationality(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  return matchAdjectiveAt([lowerAt(ts, k), lowerAt(ts, k + 1)], 0, lex.language) !== null;
}
const ADJECTIVE = /(?:e|en|er|es|em)$/;

// "the returning officer", "the chancellor": the last word of a claimant phrase of the tables, or a
// title, names a speaker as well as a claimant noun does.
function isClaimantNoun(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, k);
  return lex.claimantWords.has(w) || lex.titles.has(w) || (k > 0 && lex.claimantWords.has(`${lowerAt(ts, k - 1)} ${w}`));
}

function valid(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): ClaimantSpan | null {
  if (span.last < span.first) return null;
  // "nannte dagegen eine höhere Zahl", "gave higher figures": a phrase ending in what is said names no speaker.
  if (lex.nonClaimants.has(lowerAt(ts, span.last))) return null;
  // "said Wednesday": a day or month after a speech verb is when, not who.
  let calendar = true;
  for (let k = span.first; k <= span.last && calendar; k++) calendar = lex.weekdays.has(lowerAt(ts, k)) || lex.months.has(lowerAt(ts, k));
  if (calendar) return null;
  for (let k = span.first; k <= span.last; k++) if (isCapitalized(ts, k) || lex.claimantWords.has(lowerAt(ts, k))) return span;
  return lex.language === "en" && isClaimantNoun(ts, span.last, lex) ? span : null;
}

// "Police in Vienna said", "sagte die Polizei in Wien", "Officials in Leeds said": an authority and
// the place it works in, one claimant; the place word alone is no speaker. Only an authority serving
// its place or located by it (see lib/extract/lexicon/authority-words.ts), a place the gazetteer
// knows, and one word of it.
const AUTHORITY_PLACE_LINK = "in";

function placeWordAt(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  return ts.kind[k] === TokenKind.word && isCapitalized(ts, k) && resolvePlace(tokenAt(ts, k), lex.language) !== null;
}

function authorityBefore(ts: TokenStream, span: ClaimantSpan, first: number, lex: CompiledLexicon): ClaimantSpan {
  const link = span.first - 1;
  if (span.first !== span.last || link - 1 < first || lowerAt(ts, link) !== AUTHORITY_PLACE_LINK || !placeWordAt(ts, span.first, lex)) return span;
  if (!worksInPlaceItIsIn(ts, link - 1, lex)) return span;
  const authority = readClaimantLeft(ts, link - 1, first, lex);
  return authority ? { first: authority.first, last: span.last } : span;
}

function placeAfter(ts: TokenStream, span: ClaimantSpan, last: number, lex: CompiledLexicon): ClaimantSpan {
  const link = span.last + 1;
  if (link + 1 > last || lowerAt(ts, link) !== AUTHORITY_PLACE_LINK || !worksInPlaceItIsIn(ts, span.last, lex)) return span;
  return placeWordAt(ts, link + 1, lex) ? { first: span.first, last: link + 1 } : span;
}

/**
 * The claimant phrase starting at token `j` ("sagte Jana Roth", "laut dem Ministerium"): an optional
 * article, then adjectives and names, up to the first word that cannot belong to it. Null when the
 * words there are not a name-like phrase ("sagte, dass …").
 */
export function readClaimantRight(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  let k = j;
  if (lex.articles.has(lowerAt(ts, k)) || (POSSESSIVES.has(lowerAt(ts, k)) && isCapitalized(ts, k + 1))) k++;
  const first = k;
  let end = k - 1;
  let sawName = false;
  while (k <= last && k - first < MAX_WORDS) {
    // "the Farmers' Union": the apostrophe inside the name, and the name goes on.
    if (isJoiningHyphen(ts, k) || isPossessiveInName(ts, k)) {
      k += 2;
      end = k - 1;
      continue;
    }
    if (ts.kind[k] !== TokenKind.word) break;
    const word = lowerAt(ts, k);
    const cap = isCapitalized(ts, k);
    // "a projection by the Civica institute put the Greens on 21%": English words after a name go on
    // only up to the clause's verb.
    if (!cap && k > first && lex.language === "en" && lex.speechVerbs.has(word)) break;
    if (cap) sawName = true;
    else if (lex.language === "de" ? sawName || !ADJECTIVE.test(word) : lex.functionWords.has(word) || !(sawName || lex.claimantWords.has(word) || endsClaimantPhrase(ts, k, first, lex) || isNationality(ts, k, lex) || modifiesClaimant(ts, k, lex))) break;
    end = k;
    k++;
  }
  // A German phrase ends in its (capitalized) noun: drop trailing lowercase words.
  while (end >= first && lex.language === "de" && !isCapitalized(ts, end) && !isJoiningHyphen(ts, end - 1)) end--;
  const span = valid(ts, { first, last: end }, lex);
  return span && placeAfter(ts, span, last, lex);
}

// A day or month opening the clause or after a preposition ("On Saturday", "In March"); "Jan Novak"
// after a title is a name.
function isFrontedDate(ts: TokenStream, k: number, first: number, lex: CompiledLexicon): boolean {
  const word = lowerAt(ts, k);
  if (!lex.weekdays.has(word) && !lex.months.has(word)) return false;
  return k - 1 < first || ts.kind[k - 1] !== TokenKind.word || lex.functionWords.has(lowerAt(ts, k - 1));
}

const SPEAKER_ADVERBS = {
  en: new Set(["again", "now", "still", "already", "once", "previously", "initially", "meanwhile"]),
  // "…, wie die Polizei erneut mitteilte": German puts it between the subject and a verb at the clause end.
  de: new Set(["erneut", "nun", "bereits", "inzwischen", "weiterhin", "abermals", "zuvor", "noch"]),
};

/**
 * The claimant phrase ending at token `j` ("Beispiel betonte", "die spanische Regierung
 * geschätzt"), walking left over names, claimant nouns and adjectives, stopping at an article.
 */
export function readClaimantLeft(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  // "the union again gave a figure of …": an adverb between the subject and its verb is no part of who.
  if (j > first && SPEAKER_ADVERBS[lex.language].has(lowerAt(ts, j)) && ts.kind[j - 1] === TokenKind.word) j--;
  let k = j;
  while (k >= first && j - k < MAX_WORDS) {
    if (k - 1 >= first && (isJoiningHyphen(ts, k - 1) || isPossessiveInName(ts, k - 1))) {
      k -= 2;
      continue;
    }
    if (ts.kind[k] !== TokenKind.word) break;
    const word = lowerAt(ts, k);
    if (lex.articles.has(word)) break;
    // "On Saturday police counted …": a fronted time adverbial says when, it is no part of who.
    // Capitalized only for opening the sentence, its preposition and its day or month end the name.
    // "…, where police counted": a word opening a clause is no part of who either.
    if (k < j && (lex.functionWords.has(word) || lex.subordinators.has(word) || isFrontedDate(ts, k, first, lex))) break;
    const head = k === j;
    const german = lex.language === "de";
    // English modifiers are lowercase nouns too ("Spain's weather agency"); they are kept only
    // when a name stands before them (see the trim below).
    const modifier = !head && (german ? ADJECTIVE.test(word) && lex.articles.has(lowerAt(ts, k - 1)) : !lex.functionWords.has(word));
    const ok = isCapitalized(ts, k) || lex.claimantWords.has(word) || modifier || (head && !german && isClaimantNoun(ts, k, lex));
    if (!ok || (head && german && !isCapitalized(ts, k))) break;
    k--;
  }
  let start = k + 1;
  if (lex.language === "en") while (start < j && !isCapitalized(ts, start) && !lex.claimantWords.has(lowerAt(ts, start)) && !isClaimantNoun(ts, start + 1, lex)) start++;
  // "the city-state put it at …": the trim stops before a head joined by a hyphen; the compound is one word.
  if (start > first && isJoiningHyphen(ts, start)) start--;
  const span = valid(ts, { first: start, last: j }, lex);
  return span && authorityBefore(ts, span, first, lex);
}
