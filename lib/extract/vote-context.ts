import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { wordSets } from "./lexicon/rule-words";
import { VOTE_CONTEXT_WORDS } from "./lexicon/vote-context-words";
import { ROUND_NOUNS } from "./lexicon/round-noun-words";
import { isElectionNoun } from "./place-of-election";
import { partyFamilyOf } from "./party-family";
import { isAcronym, type Holder } from "./holder-name-ending-at";
import { startsSentence } from "./find-amount-subject";
import { TokenKind, endsInGenitiveS, lowerAt, tokenAt, type TokenStream } from "./tokens";

const CONTEXT = wordSets(VOTE_CONTEXT_WORDS);
// "Im ersten Wahlgang", "in the runoff": a round of voting is a vote too.
const ROUNDS = wordSets(ROUND_NOUNS);

/** Whether the text speaks of a vote anywhere: an election, a poll, a party, seats won. */
export function speaksOfVote(ts: TokenStream, lex: CompiledLexicon): boolean {
  for (let j = 0; j < ts.count; j++) {
    if (ts.kind[j] !== TokenKind.word) continue;
    const w = lowerAt(ts, j);
    if (CONTEXT[lex.language].has(w) || ROUNDS[lex.language].has(w) || lex.holderNouns.has(w) || isElectionNoun(w, lex)) return true;
  }
  return false;
}

// "Lindqvist won …", "Eine Befragung sah Ja bei …": a verb of winning in the share's sentence says
// someone won votes; a verb that only moves a figure ("rose", "legten zu") is said of prices too.
function wonBetween(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  for (let k = from; k < to; k++) if (matchPhraseForward(ts, k, lex.gainVerbs)) return true;
  return false;
}

/**
 * Whether a holder read before the share starting at token `first` may be only a noun capitalized
 * by the language, not a name: "Rents rise by 7% this year" (an English sentence's first word),
 * "Mieten legten um 7 Prozent zu" (German capitalizes every noun). One word that is no acronym, no
 * possessive ("Plaid's share") and no political family ("die Grünen", "the Liberals"), standing where
 * its capital says nothing, with no verb of winning in the sentence before the share. A name of several words
 * ("Civic Union") or an English word after an article ("The Greens") is written as a name.
 */
export function isCapitalizedOnlyByGrammar(ts: TokenStream, holder: Holder, sentenceFirst: number, first: number, lex: CompiledLexicon): boolean {
  if (holder.first !== holder.last) return false;
  const word = tokenAt(ts, holder.last);
  if (isAcronym(word) || endsInGenitiveS(word) || partyFamilyOf(word) !== null) return false;
  if (lex.language === "en" && !startsSentence(ts, holder.first)) return false;
  return !wonBetween(ts, sentenceFirst, first, lex);
}
