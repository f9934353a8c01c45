import type { CompiledLexicon } from "./lexicon";
import { CHANGE_ADVERBS, CHANGE_AFTER, GAIN_BEFORE, GAIN_PARTICLES, GAIN_WITH_PARTICLE, LOSS_BEFORE, VOTES_CAST } from "./lexicon/count-change-words";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

/**
 * A count gained or lost is a change of what is held, not the holding: "verliert ein Mandat" is
 * seats −1, "picked up four seats" seats +4, "verlor 3.000 Einwohner" people −3,000 (GUIDE.md: a
 * fall is a negative change, as cuts are of spending). Only for counts that can be held: a side
 * that "lost 40 soldiers" counts its dead, which the state rules read.
 */
const LOSS = phraseIndexes(LOSS_BEFORE);
const GAIN = phraseIndexes(GAIN_BEFORE);
const WITH_PARTICLE = wordSets(GAIN_WITH_PARTICLE);
const PARTICLES = wordSets(GAIN_PARTICLES);
const ADVERBS = wordSets(CHANGE_ADVERBS);
const AFTER_DOWN = phraseIndexes(CHANGE_AFTER.down);
const AFTER_UP = phraseIndexes(CHANGE_AFTER.up);
const CAST = phraseIndexes(VOTES_CAST);
// Counts a party, a town or a firm holds and can gain or lose; open nouns (a key with a language
// prefix, "de:einwohner") too. Casualties, troops, buildings and the like are left to the state rules.
const HELD = new Set(["seats", "votes", "voters", "people", "workers", "members"]);
// "hat zwei Sitze an die CDU verloren": how far after the noun the German verb may close the clause.
const AFTER_REACH = 5;

export function isHeldCount(subject: string): boolean {
  return HELD.has(subject) || subject.includes(":");
}

/**
 * Whether the count of `subject` from token `first` (its hedge included) to `last` (its noun) is
 * gained ("up") or lost ("down") by a verb around it, or null when no such verb stands there.
 */
export function readCountChange(ts: TokenStream, first: number, last: number, lex: CompiledLexicon, subject = ""): "up" | "down" | null {
  const lang = lex.language;
  const votes = subject === "votes";
  // "verliert aber zwei Sitze": the verb stands before the adverb.
  if (first > 1 && ADVERBS[lang].has(lowerAt(ts, first - 1))) first--;
  if (first > 0) {
    if (matchPhraseBackward(ts, first - 1, LOSS[lang]) && !(votes && matchPhraseBackward(ts, first - 1, CAST[lang]))) return "down";
    if (matchPhraseBackward(ts, first - 1, GAIN[lang])) return "up";
    if (WITH_PARTICLE[lang].has(lowerAt(ts, first - 1)) && PARTICLES[lang].has(lowerAt(ts, last + 1))) return "up";
  }
  if (lang !== "de") return null;
  for (let j = last + 1; j < ts.count && j - last <= AFTER_REACH; j++) {
    if (ts.kind[j] !== TokenKind.word) return null;
    if (matchPhraseForward(ts, j, AFTER_DOWN.de)) return votes && matchPhraseForward(ts, j, CAST.de) ? null : "down";
    if (matchPhraseForward(ts, j, AFTER_UP.de)) return "up";
  }
  return null;
}

/**
 * "verliert ein Mandat", "lost a seat", "picked up one seat": an article between a verb of gaining or
 * losing and a seat is the figure one.
 */
export function isArticleOneOfChange(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (i === 0 || ts.kind[i + 1] !== TokenKind.word) return false;
  const lang = lex.language;
  const verb = matchPhraseBackward(ts, i - 1, LOSS[lang]) ?? matchPhraseBackward(ts, i - 1, GAIN[lang]) ?? (WITH_PARTICLE[lang].has(lowerAt(ts, i - 1)) && PARTICLES[lang].has(lowerAt(ts, i + 2)) ? true : null);
  return verb !== null && conceptOfNoun(lowerAt(ts, i + 1), lex)?.key === "seats";
}
