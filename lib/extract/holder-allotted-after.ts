import type { CompiledLexicon } from "./lexicon";
import { ALLOT_PREPOSITION, ALLOT_VERBS } from "./lexicon/allot-words";
import { STATEMENT_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { holderNameEndingAt, type Holder } from "./holder-name-ending-at";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const VERBS = wordSets(ALLOT_VERBS);
const MAX_NAME = 3;
// How far before the figure the verb may stand: "Von ihnen entfielen 109 auf Vogt", "… entfielen 109
// auf Vogt und 141 auf Reuter" (the second figure shares the verb of the first).
const VERB_REACH = 12;

function verbBefore(ts: TokenStream, from: number, lex: CompiledLexicon): boolean {
  for (let k = from - 1; k >= 0 && from - k <= VERB_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && STATEMENT_ENDS.has(tokenAt(ts, k))) return false;
    if (VERBS[lex.language].has(lowerAt(ts, k))) return true;
  }
  return false;
}

/**
 * The holder a figure is allotted to by a verb of allotting: "entfielen 109 auf Vogt", "109 entfielen
 * auf die SPD", "109 went to Vogt", "… and 141 to Reuter". `after` is the token right after the
 * figure. A name is capitalized ("went to hospital" allots nothing). Null when no such verb and
 * name follow.
 */
export function holderAllottedAfter(ts: TokenStream, first: number, after: number, lex: CompiledLexicon): Holder | null {
  let k = after;
  const verbAfter = VERBS[lex.language].has(lowerAt(ts, k));
  if (verbAfter) k++;
  if (lowerAt(ts, k) !== ALLOT_PREPOSITION[lex.language]) return null;
  if (!verbAfter && !verbBefore(ts, first, lex)) return null;
  k++;
  if (lex.articles.has(lowerAt(ts, k))) k++;
  let last = k - 1;
  while (last + 1 < ts.count && last + 1 - k < MAX_NAME && ts.kind[last + 1] === TokenKind.word && isCapitalized(ts, last + 1)) last++;
  if (last < k) return null;
  const holder = holderNameEndingAt(ts, last, lex);
  return holder && holder.first >= k ? holder : null;
}

/**
 * "Auf Vogt entfielen 109 Stimmen", "Auf die SPD entfielen rund 30 Prozent": the receiver fronted
 * before the verb of allotting that stands right before the figure at `first`. Null otherwise.
 */
export function holderAllottedBefore(ts: TokenStream, first: number, lex: CompiledLexicon): Holder | null {
  const verb = first - 1;
  if (!VERBS[lex.language].has(lowerAt(ts, verb))) return null;
  const holder = holderNameEndingAt(ts, verb - 1, lex, true);
  if (!holder) return null;
  const before = lex.articles.has(lowerAt(ts, holder.first - 1)) ? holder.first - 2 : holder.first - 1;
  return lowerAt(ts, before) === ALLOT_PREPOSITION[lex.language] ? holder : null;
}
