import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { ROUND_HOLDING_VERBS, ROUND_NOUNS } from "./lexicon/round-noun-words";
import { wordSets } from "./lexicon/rule-words";
import { isElectionNoun } from "./place-of-election";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const ROUNDS = wordSets(ROUND_NOUNS);
const HOLDING = wordSets(ROUND_HOLDING_VERBS);
// "the latest round of talks", "die zweite Runde der Tarifverhandlungen": a round of something other
// than a vote is no vote; "the first round of the election", "of voting" is one.
const OF = new Set(["of", "der", "des"]);
const ARTICLES_AFTER_OF = new Set(["the", "die", "der", "des"]);
const VOTING = new Set(["voting", "balloting", "abstimmung"]);

function isRoundOfVote(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (!OF.has(lowerAt(ts, k + 1))) return true;
  const noun = ARTICLES_AFTER_OF.has(lowerAt(ts, k + 2)) ? k + 3 : k + 2;
  const w = lowerAt(ts, noun);
  return VOTING.has(w) || isElectionNoun(w, lex);
}

/**
 * "Im ersten Wahlgang hatte sie 44,7 Prozent", "In the runoff she won 52.3%": a percentage that a
 * verb of winning or holding gives, in a sentence naming a round of voting before it, is a vote
 * share, even when its holder is only a pronoun or is named elsewhere. `first` is the share's token.
 */
export function isShareOfRound(ts: TokenStream, sentenceFirst: number, first: number, lex: CompiledLexicon): boolean {
  let round = -1;
  for (let k = sentenceFirst; k < first && round < 0; k++) if (ts.kind[k] === TokenKind.word && ROUNDS[lex.language].has(lowerAt(ts, k)) && isRoundOfVote(ts, k, lex)) round = k;
  if (round < 0) return false;
  for (let k = sentenceFirst; k < first; k++) {
    if (ts.kind[k] !== TokenKind.word) continue;
    if (HOLDING[lex.language].has(lowerAt(ts, k)) || matchPhraseForward(ts, k, lex.gainVerbs)) return true;
  }
  return false;
}
