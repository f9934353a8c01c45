import type { CompiledLexicon } from "./lexicon";
import { ELECTION_NOUNS } from "./lexicon/election-noun-words";
import { wordSets } from "./lexicon/rule-words";
import { lowerAt, type TokenStream } from "./tokens";

const NOUNS = wordSets(ELECTION_NOUNS);
// German compounds of a vote: "Landtagswahl", "Bürgerschaftswahlen".
const GERMAN_HEADS = ["wahl", "wahlen"];

/** Whether a word names a vote: "Wahl", "Landtagswahl", "election", "referendum". */
export function isElectionNoun(word: string, lex: CompiledLexicon): boolean {
  if (NOUNS[lex.language].has(word)) return true;
  return lex.language === "de" && GERMAN_HEADS.some((head) => word.length > head.length + 2 && word.endsWith(head));
}

/**
 * Whether the place phrase opened by the preposition at token `j` names the area a vote is held in:
 * "Die SPD hat die Bürgerschaftswahl in Bremen mit 29,4 Prozent gewonnen", "The CDU won the state
 * election in Hesse with 33.1%". The place says which vote; a share of it is the whole vote's, not a
 * part's, so the figure keeps no place. A part is scoped otherwise ("In Bremerhaven kam die SPD auf …").
 */
export function isPlaceOfElection(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return lowerAt(ts, j) === "in" && isElectionNoun(lowerAt(ts, j - 1), lex);
}
