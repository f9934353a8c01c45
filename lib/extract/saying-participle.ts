import type { CompiledLexicon } from "./lexicon";
import { readClaimantLeft, type ClaimantSpan } from "./read-claimant";
import { speakerHead } from "./determined-speaker";
import { SAYING_PARTICIPLES } from "./lexicon/reported-speech-words";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "The union called off the strike, saying 3,000 members had voted for it": an English participle
// of saying after a comma has no subject of its own; it shares the subject that opens the sentence,
// and that subject gives what is said.
const PARTICIPLES = wordSets(SAYING_PARTICIPLES);
const SUBJECT_WORDS = 6;

/** Whether token `j` is a participle of saying set after a comma ("…, saying …"). */
export function isSayingParticiple(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return PARTICIPLES[lex.language].has(lowerAt(ts, j)) && tokenAt(ts, j - 1) === ",";
}

/**
 * The subject opening the sentence `first`.. whose participle of saying stands at token `j`: the
 * longest noun phrase read from the sentence's first word up to the main clause's verb ("The finance
 * ministry revised …", "Finance Minister Jan Olsen raised …"), past a fronted phrase set off by a
 * comma ("On Friday, the union …"). Null when no speaker opens the sentence ("The strike ended …":
 * what a figure counts is no speaker).
 */
export function subjectOfSayingParticiple(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  let opening = first;
  if (lex.functionWords.has(lowerAt(ts, opening))) {
    while (opening < j - 1 && tokenAt(ts, opening) !== ",") opening++;
    opening++;
  }
  if (lex.articles.has(lowerAt(ts, opening))) opening++;
  let subject: ClaimantSpan | null = null;
  for (let end = opening; end < j - 1 && end - opening < SUBJECT_WORDS && ts.kind[end] === TokenKind.word; end++) {
    const span = readClaimantLeft(ts, end, opening, lex);
    if (span?.first === opening) subject = span;
    else if (subject) break;
  }
  return subject && (lex.claimantWords.has(lowerAt(ts, subject.last)) || speakerHead(ts, subject.last, lex)) ? subject : null;
}
