import { beforeAgeAside } from "./age-aside";
import type { CompiledLexicon } from "./lexicon";
import { determinedNounLeft } from "./determined-speaker";
import { readClaimantLeft, readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** English participles of saying that take their speaker from the clause before them (lexicon `speechVerbs`). */
export const SPEECH_PARTICIPLES = new Set(["saying", "arguing", "insisting"]);

// What opens a clause in which the subject comes first: a semicolon, a dash after a dateline.
const CLAUSE_OPENERS = new Set([";", "—", "–"]);

// "the police again rejected": an adverb between the subject and its verb.
const SPEAKER_ADVERBS = new Set(["again", "still", "also", "already", "later"]);

// The verb closing the clause before the comma: "…, a figure the police again rejected, saying".
const PAST = /ed$/;

// A speaker the tables know, or a name: a capitalized word not capitalized only for opening the
// sentence ("Prices rose, saying nothing …" names no one).
function isNameLike(ts: TokenStream, span: ClaimantSpan, first: number, lex: CompiledLexicon): boolean {
  for (let k = span.first; k <= span.last; k++) {
    if (lex.claimantWords.has(lowerAt(ts, k)) || lex.titles.has(lowerAt(ts, k)) || (k > first && isCapitalized(ts, k))) return true;
  }
  return false;
}

// "The Greens voted against": the name opening the clause, without the lowercase words a name
// reading runs on into ("Greens voted"); an age set off by commas after it ends it as well.
function subjectOpening(ts: TokenStream, from: number, comma: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  const read = readClaimantRight(ts, from, comma - 1, lex);
  if (!read) return null;
  let last = read.last;
  while (last > read.first && !isCapitalized(ts, last) && !lex.claimantWords.has(lowerAt(ts, last)) && !lex.titles.has(lowerAt(ts, last))) last--;
  const span = { first: read.first, last };
  // The subject is followed by its verb (a lowercase word) or by an age between commas.
  const next = beforeAgeAside(ts, last + 3, from) === last ? last + 4 : last + 1;
  if (ts.kind[next] !== TokenKind.word || isCapitalized(ts, next)) return null;
  return isNameLike(ts, span, first, lex) ? span : null;
}

/**
 * "The Greens voted against, saying the gap was over €1bn", "Minister Jana Roth, 52, rejected the
 * figures, saying …", "a figure the police again rejected, saying no more than 950 …": English lets a
 * participle of saying after a comma share the subject of the clause before it. That subject is the
 * speaker: a name before the verb that closes the clause, else the name that opens it. Null when
 * the participle follows no comma or neither is there.
 */
export function subjectOfParticiple(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  const comma = j - 1;
  if (comma <= first || tokenAt(ts, comma) !== ",") return null;
  const verb = comma - 1;
  if (ts.kind[verb] === TokenKind.word && !isCapitalized(ts, verb) && PAST.test(lowerAt(ts, verb))) {
    const before = readClaimantLeft(ts, verb - 1, first, lex);
    if (before && isNameLike(ts, before, first, lex)) return before;
    // "the hospital trust disputed": a determined noun phrase the tables do not know.
    const adverb = SPEAKER_ADVERBS.has(lowerAt(ts, verb - 1)) ? 1 : 0;
    const determined = determinedNounLeft(ts, verb - 1 - adverb, first, lex);
    if (determined) return determined;
  }
  let from = comma - 1;
  while (from > first && !CLAUSE_OPENERS.has(tokenAt(ts, from - 1))) from--;
  if (lex.articles.has(lowerAt(ts, from))) from++;
  return subjectOpening(ts, from, comma, first, lex);
}
