import { addDays, toIso, type Ymd } from "./date-math";
import type { SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { ASIDE_BREAKS } from "./lexicon/punctuation";
import { eventObject } from "./event-object";
import { readDate } from "./read-date";
import { tokenAt, type TokenStream } from "./tokens";

// How far from its day a verb of the act may stand in their clause: "approved the 2028 budget late
// on Thursday". German puts the verb last, after everything the clause holds ("hat am Donnerstag einen
// Haushalt von 3,4 Milliarden Euro mit 41 zu 30 Stimmen beschlossen"): there it may stand anywhere
// up to the clause's end.
const VERB_REACH = 10;
// How far from its day a noun naming the act may stand: "in Sunday's general election", "bei der
// Landtagswahl am Sonntag".
const NOUN_REACH = 2;
// An act reported as news happened within the week before publication ("on Thursday", "Sunday's
// election"): its figures are the current ones. An act cited with a day of its own further back ("im
// ersten Wahlgang am 28. September", "approved in March") is a finished one, and its figures are its day's.
const NEWS_DAYS = 7;

/**
 * Whether the day at token `at` is bound to an act whose figures outlast it (see `figuresOutlastDay`
 * in lexicon/concepts.ts), so that it dates the act and not the figure at token `figure`: "Lower
 * Saxony's parliament on Thursday passed a budget of €42bn by 79 votes to 64", "won 26.3% of the vote
 * in Sunday's election", "ist bei der Landtagswahl am Sonntag auf 30,8 Prozent gekommen". A day that
 * marks a level reached ("bis Donnerstag", "by Tuesday") is never an act's. An English verb after the
 * figure dates the figure it describes ("the ¥118.6 trillion approved by the cabinet in December");
 * a German one may close the clause that opened with the day ("hat am Dienstag … 42 Milliarden Euro
 * beschlossen"). Only a day of the week before publication is read so (see NEWS_DAYS).
 */
export function isDayOfAct(ts: TokenStream, at: number, figure: number, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): boolean {
  if (matchPhraseForward(ts, at, lex.asOfMarkers, s.last)) return false;
  const date = readDate(ts, at, lex, pub);
  if (!date || !pub || date.value.kind !== "date" || date.value.from < toIso(addDays(pub, -NEWS_DAYS))) return false;
  return actNear(ts, at - 1, -1, at, figure, s, lex) || actNear(ts, date.last + 1, 1, at, figure, s, lex);
}

// Whether a word of an act whose figures outlast its day stands from `from` on in direction `step`
// (see isDayOfAct). A function of its own, not a closure in isDayOfAct: the bench runs under tsx,
// whose keepNames renames every closure each time it is made.
function actNear(ts: TokenStream, from: number, step: 1 | -1, at: number, figure: number, s: SentenceSpan, lex: CompiledLexicon): boolean {
  const reach = step === 1 && lex.language === "de" ? s.last - s.first + 1 : VERB_REACH;
  for (let j = from, gap = 0; j >= s.first && j <= s.last && gap < reach; j += step, gap++) {
    if (ASIDE_BREAKS.has(tokenAt(ts, j))) return false;
    const event = matchPhraseForward(ts, j, lex.eventWords, s.last)?.phrase.value.event;
    const kind = event?.figuresOutlastDay;
    if (kind === "noun" && gap < NOUN_REACH) return true;
    // "presented figures on Monday showing 41 dead": laying out no budget or bill is no such act.
    if (kind === "verb" && (j < figure || (lex.language === "de" && at < figure))) return !event?.needsObject || eventObject(ts, s, j, lex) !== null;
  }
  return false;
}
