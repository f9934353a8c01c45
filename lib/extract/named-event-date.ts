import { eventNounEnd, eventNounStart } from "./event-noun-span";
import type { CompiledLexicon } from "./lexicon";
import { PLAN_PREPOSITIONS } from "./lexicon/plan-prepositions";
import { wordSets } from "./lexicon/rule-words";
import { endsInGenitiveS, lowerAt, type TokenStream } from "./tokens";

const PLANNED = wordSets(PLAN_PREPOSITIONS);
// A noun and its day stand close: "Ein Warnstreik hat am Dienstag …", "Ein Erdrutsch hat in der Nacht
// zum Mittwoch …", "the first walkout on July 15". Farther off, the day is usually the speaking's
// ("sprach am Montag von friedlichen Protesten").
const NOUN_REACH = 3;
// "Saturday's deadly earthquake": a possessive day before the noun, an adjective between at most.
const POSSESSIVE_REACH = 2;


/** A day bound to the noun itself: "Saturday's earthquake", "das Beben vom Samstag", "a Saturday march", "the June draft". */
function boundToNoun(ts: TokenStream, noun: number, nounLast: number, dateFirst: number, dateLast: number, lex: CompiledLexicon): boolean {
  // "a Saturday march", "the cabinet's June draft": a weekday or a month right before the noun is its day.
  const attributive = dateLast === noun - 1 && (lex.weekdays.has(lowerAt(ts, dateLast)) || lex.months.has(lowerAt(ts, dateLast)));
  if (dateLast < noun) return noun - dateLast <= POSSESSIVE_REACH && (endsInGenitiveS(lowerAt(ts, dateLast)) || attributive);
  // "vom" may open the date's words or stand just before them ("der Steuerschätzung vom Donnerstag").
  return (dateFirst === nounLast + 1 && lowerAt(ts, dateFirst) === "vom") || (dateFirst === nounLast + 2 && lowerAt(ts, nounLast + 1) === "vom");
}

// "für den 8. November", "for Tuesday, May 30", "für Dienstag, den 30. Mai": the preposition, perhaps
// an article, perhaps a weekday in apposition, then the day.
function plannedDay(ts: TokenStream, dateFirst: number, lex: CompiledLexicon): boolean {
  let before = lex.articles.has(lowerAt(ts, dateFirst - 1)) ? dateFirst - 2 : dateFirst - 1;
  if (lowerAt(ts, before) === "," && lex.weekdays.has(lowerAt(ts, before - 1))) before -= 2;
  return PLANNED[lex.language].has(lowerAt(ts, before));
}

// "den Entwurf bis Ende November beraten", "a draft to be debated until Friday": a deadline, not the
// noun's day. Not "by", which also names an agent ("the mud left by Wednesday's landslide").
const DEADLINE_MARKERS = wordSets({ de: ["bis"], en: ["until", "till"] });

// Prepositions putting the event noun in a phrase of cause or time ("the toll from the floods", "nach
// dem Erdbeben"): then the sentence is about something else, which the day dates.
const NOUN_PHRASE_PREPOSITIONS = wordSets({
  de: ["nach", "durch", "bei", "beim", "von", "vom", "wegen", "infolge", "seit", "im", "in", "für"],
  en: ["from", "after", "by", "in", "of", "since", "during", "for"],
});

/**
 * Whether the sentence's figure (its first at token `figureAt`) is what the day dates rather than the
 * event noun at `from`: "The death toll rose to 14 on Monday" (the figure before the day), "the toll
 * from the floods rose on Monday to 14" (the noun in a phrase). "Der Taifun ist am Donnerstagmorgen
 * mit Böen von 240 km/h auf die Küste getroffen": the noun is the subject, its day comes before the
 * figure, and the day is the typhoon's.
 */
function datesFigure(ts: TokenStream, from: number, dateFirst: number, figureAt: number, lex: CompiledLexicon): boolean {
  if (figureAt < dateFirst || figureAt < from) return true;
  const before = lex.articles.has(lowerAt(ts, from - 1)) ? from - 2 : from - 1;
  return NOUN_PHRASE_PREPOSITIONS[lex.language].has(lowerAt(ts, before));
}

/**
 * Whether the day at tokens `dateFirst`..`dateLast` dates the event a noun at `noun`..`nounLast` names
 * ("Streik", "earthquake"; see `nouns` in lexicon/concepts.ts), and whether it lies ahead of
 * publication: null when it dates something else. The day must stand within a few words of the noun,
 * never after "seit"/"since" (the start of a period, "der vierte Aktionstag seit Januar"); in a
 * sentence that gives a figure, the day dates the figure ("The death toll from the floods rose to 14
 * on Monday") unless it is bound to the noun. A day after "für"/"for", or after a noun that follows
 * one ("für die Großdemonstration am Samstag"), is the day planned for it, as is any day of a
 * sentence that announces the act to come (`planned`: "Der Ausstand soll am Dienstag … beginnen").
 */
export function namedEventDate(ts: TokenStream, noun: number, nounLast: number, dateFirst: number, dateLast: number, figureAt: number | undefined, planned: boolean, lex: CompiledLexicon): { ahead: boolean } | null {
  // The noun with its quoted name ("Taifun „Lando“") or a plural possessive ("farmers' protest").
  const from = dateLast < noun ? eventNounStart(ts, noun) : noun;
  const to = dateFirst > nounLast ? eventNounEnd(ts, nounLast) : nounLast;
  const gap = dateFirst > to ? dateFirst - to - 1 : from - dateLast - 1;
  if (gap < 0 || gap > NOUN_REACH) return null;
  if (lex.sinceMarkers.has(lowerAt(ts, dateFirst - 1)) || lex.sinceMarkers.has(lowerAt(ts, dateFirst))) return null;
  if (DEADLINE_MARKERS[lex.language].has(lowerAt(ts, dateFirst - 1)) || DEADLINE_MARKERS[lex.language].has(lowerAt(ts, dateFirst))) return null;
  if (figureAt !== undefined && datesFigure(ts, from, dateFirst, figureAt, lex) && !boundToNoun(ts, from, to, dateFirst, dateLast, lex)) return null;
  // "for Saturday's protests": the day is the protests', the preposition is the sentence's.
  if (dateLast < noun && endsInGenitiveS(lowerAt(ts, dateLast))) return { ahead: planned };
  return { ahead: planned || plannedDay(ts, dateFirst, lex) || plannedDay(ts, noun, lex) };
}
