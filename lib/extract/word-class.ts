import type { Language } from "./lexicon/types";
import { wordSets } from "./lexicon/rule-words";
import { CLAUSE_ADVERBS, DETERMINERS, ENGLISH_IRREGULAR_PARTICIPLES, ENGLISH_SPEAKING_VERBS, PRONOUNS, SIGN_WORDS } from "./lexicon/word-class-words";

const PRONOUN_SETS = wordSets(PRONOUNS);
const DETERMINER_SETS = wordSets(DETERMINERS);
const ADVERB_SETS = wordSets(CLAUSE_ADVERBS);
const SIGN_SETS = wordSets(SIGN_WORDS);
const PARTICIPLES = new Set(ENGLISH_IRREGULAR_PARTICIPLES);
const SPEAKING = new Set(ENGLISH_SPEAKING_VERBS);

/**
 * Whether a word (any case) belongs to a class that points at a noun rather than being one: a
 * pronoun ("her", "sie"), a determiner ("every", "next", "jede"). Such a word is never what a figure
 * counts nor who holds it.
 */
export function isPointingWord(word: string, language: Language): boolean {
  const w = word.toLowerCase();
  return PRONOUN_SETS[language].has(w) || DETERMINER_SETS[language].has(w);
}

/**
 * Whether a capitalized word alone can be no holder's name: a pointing word, an adverb opening the
 * clause ("Together the two parties hold …"), or the sign of a change ("ein Plus von 3,1 Punkten").
 */
export function isNeverHolderWord(word: string, language: Language): boolean {
  const w = word.toLowerCase();
  return isPointingWord(w, language) || ADVERB_SETS[language].has(w) || SIGN_SETS[language].has(w);
}

// A regular English past participle ends in "-ed" ("estimated"; "seed" and "feed" are none).
const REGULAR_PARTICIPLE = /[^e]ed$/;

/** Whether an English word (any case) is an irregular past participle the lexicon lists ("taken", "spent"). */
export function isEnglishIrregularParticiple(word: string): boolean {
  return PARTICIPLES.has(word.toLowerCase());
}

/** Whether an English word (any case) is a verb of speaking of something ("speaks", "spoke"): no noun. */
export function isEnglishVerbOfSpeaking(word: string): boolean {
  return SPEAKING.has(word.toLowerCase());
}

/** Whether an English word (any case) is a past participle by its ending or the lexicon ("taken", "estimated"). */
export function isEnglishParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return PARTICIPLES.has(w) || REGULAR_PARTICIPLE.test(w);
}

// The third person's "-s" ("rests", "unveils", "includes") or a plural's ("taxis"), not "-ss", "-us",
// "-sis" ("crisis") or "-'s".
const THIRD_PERSON = /(?:[^su'i]|[^s]i)s$/;

/**
 * Whether an English word (any case) has the shape of a verb in the third person singular or a
 * plural noun. Callers decide by position which it is: a noun qualifying another is singular in
 * English ("defence spending"), so such a word there is a verb ("the budget includes savings").
 */
export function hasThirdPersonS(word: string): boolean {
  return THIRD_PERSON.test(word.toLowerCase());
}
