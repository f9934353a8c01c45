import type { CompiledLexicon } from "./lexicon";
import { NOT_PERSON_NOUNS, ONE_PERSON_NOUNS, ONE_PERSON_OPENERS, PERSON_NOUN_ENDINGS } from "./lexicon/one-person-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { TOLL_FATES, isFateNoun } from "./read-one-of-fate";
import { readStateAfter } from "./read-state";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

const OPENERS = phraseIndexes(ONE_PERSON_OPENERS);
const NOUNS = wordSets(ONE_PERSON_NOUNS);
const NOT_PERSONS = wordSets(NOT_PERSON_NOUNS);

// "One man is still missing": English tells the fate within a linking verb and an adverb or two of the
// noun ("One man told reporters his wife was hurt" is the wife's). German puts the participle at the
// clause's end ("Eine Frau wird seit dem Unwetter vermisst"), so any state in the clause is the fate.
const FATE_REACH: Record<CompiledLexicon["language"], number> = { en: 3, de: Infinity };

/** "Ein weiterer Mann" read as the figure one: where it ends, and whether it adds to a count before it. */
export type OnePerson = { last: number; adds: boolean };

/**
 * The figure one written as "ein Mann", "eine weitere Frau", "another woman", "one more person" at
 * token `i`, when the clause goes on to say the person died, was hurt or is missing ("Ein weiterer
 * Mann erlag seinen Verletzungen", "One man remains missing"); null otherwise. The noun is part of
 * the figure: a man or a woman alone names no group, so the count is of the fate, as "95 starben" is.
 * "one of the men" (a part), "one said" (a pronoun) and "not one person" (none) are no such figure.
 */
export function readOnePerson(ts: TokenStream, i: number, lex: CompiledLexicon): OnePerson | null {
  if (ts.kind[i] !== TokenKind.word) return null;
  const opener = matchPhraseForward(ts, i, OPENERS[lex.language]);
  if (!opener) return null;
  const noun = opener.last + 1;
  if (ts.kind[noun] !== TokenKind.word || !isPersonNoun(ts, noun, lex)) return null;
  if (i > 0 && lex.negations.has(lowerAt(ts, i - 1))) return null;
  const fate = readStateAfter(ts, noun + 1, lex);
  if (!fate || !TOLL_FATES.has(fate.concept.key) || fate.first - noun > FATE_REACH[lex.language]) return null;
  // "Ein Sprecher bezifferte die Zahl der Verletzten auf 12": a fate after a count word ("Zahl der",
  // "number of") names the count a figure gives, not what befell the person.
  if (isCountedFate(ts, fate.first, noun, lex)) return null;
  // "An accident left one dead": a number word before the fate is whom the fate befell.
  for (let k = noun + 1; k < fate.first; k++) if (lex.numberWords.has(lowerAt(ts, k))) return null;
  let adds = false;
  for (let k = i; k <= opener.last; k++) if (lex.additionWords.has(lowerAt(ts, k))) adds = true;
  return { last: noun, adds };
}

// How far before the fate its count word may stand: "Zahl der Verletzten", "number of the injured".
const COUNT_WORD_REACH = 3;

function isCountedFate(ts: TokenStream, fate: number, noun: number, lex: CompiledLexicon): boolean {
  for (let k = fate - 1; k > noun && fate - k <= COUNT_WORD_REACH; k--) if (lex.countWords.has(lowerAt(ts, k))) return true;
  return false;
}

/**
 * A noun for one person: a man, a woman, a person; one of a group the lexicon knows ("child",
 * "Polizist"); or one named by trade or role ("driver", "firefighter", "Fahrer", "Feuerwehrmann",
 * "Pflegekraft"), which a German writes capitalized.
 */
function isPersonNoun(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, j);
  if (NOUNS[lex.language].has(w)) return true;
  if (NOT_PERSONS[lex.language].has(w) || lex.functionWords.has(w) || lex.numberWords.has(w)) return false;
  if (lex.language === "de" && !isCapitalized(ts, j)) return false;
  if (conceptOfNoun(w, lex)?.group) return true;
  // "Ein Toter und 14 Verletzte": "Toter" ends like "Fahrer" but is the fate itself (read-one-of-fate),
  // not a person whose fate the clause goes on to tell.
  if (isFateNoun(w, lex)) return false;
  return PERSON_NOUN_ENDINGS[lex.language].test(w);
}
