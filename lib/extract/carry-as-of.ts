import type { CompiledLexicon } from "./lexicon";
import { CONTINUATION_AFTER_FIGURE, CONTINUATION_OPENERS, SAME_DAY } from "./lexicon/as-of-words";
import { findPhraseForward, matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes } from "./lexicon/rule-words";
import type { AsOf } from "./read-as-of";
import type { SentenceSpan } from "./find-sentence";
import { isLineBreakBefore, lowerAt, type TokenStream } from "./tokens";

const OPENERS = phraseIndexes(CONTINUATION_OPENERS);
const AFTER_FIGURE = phraseIndexes(CONTINUATION_AFTER_FIGURE);
const SAME_DAYS = phraseIndexes(SAME_DAY);

/** The figure found before, as far as carrying its day goes. */
export type DatedFigure = {
  sentence: SentenceSpan;
  /** The days its own sentence (or, carried, the one before) said it holds on; absent = the publication day. */
  dated?: AsOf;
  /** Whether `dated` was carried from the sentence before rather than written in its own. */
  carried?: boolean;
};

/**
 * The as-of days the figure at tokens `first`..`last` of sentence `s` takes from the figure found
 * before it, when its own sentence dates nothing: "Bis Freitagabend zählten die Behörden 41 Tote.
 * Unter ihnen sind 12 Kinder.", "As of Tuesday evening, officials had counted 3,200 evacuees. Of
 * them, 800 were children." Only from the sentence right before, in the same paragraph, and only when
 * this one says it continues that one: it opens with a word of continuation or a pronoun subject
 * ("darunter", "weitere", "among them", "another", "they"), or the figure is a part of the one before
 * ("12 von ihnen", "800 of them") or an addition to it ("weitere 800"), or the sentence names the
 * day spoken of last ("an jenem Tag", "the same day"). A second figure of a sentence
 * that was carried a day keeps it. Null otherwise: a new sentence without such a word may well speak
 * of today ("Die Behörden zählten 41 Tote. 300 Menschen sind obdachlos.").
 */
export function carriedAsOf(ts: TokenStream, previous: DatedFigure | null, s: SentenceSpan, first: number, last: number, lex: CompiledLexicon): AsOf | null {
  if (!previous?.dated) return null;
  if (previous.sentence.first === s.first) return previous.carried ? previous.dated : null;
  if (previous.sentence.last + 1 !== s.first || isLineBreakBefore(ts, s.first)) return null;
  const continues =
    matchPhraseForward(ts, s.first, OPENERS[lex.language], last) !== null ||
    matchPhraseForward(ts, last + 1, AFTER_FIGURE[lex.language], s.last) !== null ||
    (first > s.first && lex.additionWords.has(lowerAt(ts, first - 1))) ||
    findPhraseForward(ts, s.first, s.last, SAME_DAYS[lex.language]) !== null;
  return continues ? previous.dated : null;
}
