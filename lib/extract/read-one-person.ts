import type { CompiledLexicon } from "./lexicon";
import { ONE_PERSON_NOUNS, ONE_PERSON_OPENERS } from "./lexicon/one-person-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { readStateAfter } from "./read-state";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const OPENERS = phraseIndexes(ONE_PERSON_OPENERS);
const NOUNS = wordSets(ONE_PERSON_NOUNS);

// A single person's fate is news as a count of one when it is a toll's: died, hurt, still missing.
// Arrests and the like of one person are a story's detail, seldom a figure a rival report would give.
const FATES = new Set(["dead", "injured", "missing"]);

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
  if (ts.kind[noun] !== TokenKind.word || !NOUNS[lex.language].has(lowerAt(ts, noun))) return null;
  if (i > 0 && lex.negations.has(lowerAt(ts, i - 1))) return null;
  const fate = readStateAfter(ts, noun + 1, lex);
  if (!fate || !FATES.has(fate.concept.key) || fate.first - noun > FATE_REACH[lex.language]) return null;
  let adds = false;
  for (let k = i; k <= opener.last; k++) if (lex.additionWords.has(lowerAt(ts, k))) adds = true;
  return { last: noun, adds };
}
