import type { CompiledLexicon } from "./lexicon";
import { lemmaKey } from "./lemmatize";
import type { ClaimantSpan } from "./read-claimant";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, endsInGenitiveS, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// English writes common nouns in lowercase, so a speaker the lexicon does not list ("the
// municipality", "the civil protection authority", "the delegation") looks like any other word. Its
// determiner marks it as a noun phrase, and only a speaker can be the subject of a verb of saying or
// the object of "according to": "…, the municipality said", "according to the authority". German
// needs no such rule: its nouns are capitalized and read as names.

/** Verbs that only a speaker does; "counted", "recorded", "raised" can have things as their subject. */
const SAYING_VERBS = new Set([
  "said", "says", "say", "told", "stated", "reported", "announced", "confirmed", "claimed", "claims",
  "estimated", "estimates", "warned", "insisted", "noted", "wrote", "added",
]);
// "the municipality put the damage at €3m": "put" estimates only with "at" and its figure after it
// ("the flood put 300 homes under water" is a thing acting).
const ESTIMATING_PUT = new Set(["put", "puts"]);
const AT_REACH = 6;

/** Whether the English verb at `j` is one of saying, whose subject can only be a speaker. */
export function isSayingVerb(ts: TokenStream, j: number, last: number): boolean {
  const w = lowerAt(ts, j);
  if (SAYING_VERBS.has(w)) return true;
  if (!ESTIMATING_PUT.has(w)) return false;
  for (let k = j + 1; k <= last && k - j <= AT_REACH; k++) {
    if (lowerAt(ts, k) === "at") return true;
    if (ts.kind[k] === TokenKind.punct) return false;
  }
  return false;
}

/** "The flood put 300 homes under water": "put" without "at" is a thing acting, not an estimate, whatever its subject. */
export const isThingActing = (ts: TokenStream, j: number, last: number): boolean => ESTIMATING_PUT.has(lowerAt(ts, j)) && !isSayingVerb(ts, j, last);

const DETERMINERS = new Set(["the", "its", "their"]);
const MAX_WORDS = 4;

// "the figure", "the report", "the toll", "the earlier estimate": a noun that names a figure or a
// document is what is said, not who says it.
export function speakerHead(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, k);
  if (lex.nonClaimants.has(w) || lex.reportNouns.has(w) || lex.figureStandIns.has(w)) return false;
  if (lex.weekdays.has(w) || lex.months.has(w) || lex.numberWords.has(w)) return false;
  return !lex.amountNouns.has(lemmaKey(w, lex.language)) && conceptOfNoun(w, lex) === null;
}

// A modifier or head of the phrase: a lowercase word that is no function word.
const isNounWord = (ts: TokenStream, k: number, lex: CompiledLexicon): boolean =>
  ts.kind[k] === TokenKind.word && !isCapitalized(ts, k) && !lex.functionWords.has(lowerAt(ts, k)) && !lex.articles.has(lowerAt(ts, k));

const isDeterminer = (ts: TokenStream, k: number): boolean =>
  DETERMINERS.has(lowerAt(ts, k)) || (ts.kind[k] === TokenKind.word && endsInGenitiveS(tokenAt(ts, k)));

/** The determined noun phrase ending at token `end` ("the civil protection authority" said), determiner excluded. */
export function determinedNounLeft(ts: TokenStream, end: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  if (lex.language !== "en" || end < first || !isNounWord(ts, end, lex) || !speakerHead(ts, end, lex)) return null;
  let k = end;
  while (k - 1 >= first && end - k + 1 < MAX_WORDS && isNounWord(ts, k - 1, lex)) k--;
  return k - 1 >= first && isDeterminer(ts, k - 1) ? { first: k, last: end } : null;
}

/** The determined noun phrase starting at token `j` (according to "the authority"), determiner excluded. */
export function determinedNounRight(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  if (lex.language !== "en" || !isDeterminer(ts, j)) return null;
  let k = j + 1;
  while (k + 1 <= last && k - j < MAX_WORDS && isNounWord(ts, k + 1, lex)) k++;
  return k <= last && isNounWord(ts, k, lex) && speakerHead(ts, k, lex) ? { first: j + 1, last: k } : null;
}
