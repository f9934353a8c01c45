import type { SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { PLAN_AHEAD } from "./lexicon/plan-ahead-words";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const PLANS = wordSets(PLAN_AHEAD);
// How far before the event word the plan may stand ("plan to protest", "are set to march", "will
// again strike"), and after it in German ("am Samstag demonstrieren wollen").
const BEFORE = 4;
const AFTER = 2;

// "beschlossene", "verabschiedeten", "gewählter": a participle of the past with an adjective's ending;
// "streikende" (-end-) is of the present, and tells nothing of the past.
const PAST_PARTICIPLE_ADJECTIVE = /(en|t)(e|en|er|es|em)$/;
const PRESENT_PARTICIPLE_ADJECTIVE = /end(e|en|er|es|em)$/;

/**
 * Whether the German event word at token `verb` is a past participle standing before its noun: "Der
 * am Samstag beschlossene Fonds wird 15 Millionen auszahlen". The act is done; the "wird" after it is
 * the fund's, so the Saturday is the one gone.
 */
function isAttributivePastParticiple(ts: TokenStream, verb: number): boolean {
  const w = lowerAt(ts, verb);
  if (!PAST_PARTICIPLE_ADJECTIVE.test(w) || PRESENT_PARTICIPLE_ADJECTIVE.test(w)) return false;
  const next = tokenAt(ts, verb + 1);
  return ts.kind[verb + 1] === TokenKind.word && next[0] !== undefined && next[0] !== next[0].toLowerCase();
}

/**
 * Whether the event word at token `verb` tells of an act still to come: a word of the future or of
 * planning stands right before it in its clause ("Farmers plan to protest on Saturday", "The union
 * will strike on Monday", "Die Bauern wollen am Samstag demonstrieren") or, in German, right after
 * it ("… streiken wollen"). A weekday beside it is then the next such day, not the last.
 */
export function isPlannedAhead(ts: TokenStream, verb: number, first: number, last: number, lex: CompiledLexicon): boolean {
  if (lex.language === "de" && isAttributivePastParticiple(ts, verb)) return false;
  const plans = PLANS[lex.language];
  for (let k = verb - 1; k >= first && verb - k <= BEFORE; k--) {
    if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "'") break;
    if (plans.has(lowerAt(ts, k))) return true;
  }
  if (lex.language !== "de") return false;
  for (let k = verb + 1; k <= last && k - verb <= AFTER; k++) {
    if (ts.kind[k] === TokenKind.punct) break;
    if (plans.has(lowerAt(ts, k))) return true;
  }
  return false;
}

// Prepositions between a word of planning and the day it plans: "scheduled for July 10", "due on Friday".
const DAY_PREPOSITIONS = wordSets({ de: ["für", "am"], en: ["for", "on"] });

/**
 * Whether the day whose words start at token `dateFirst` is the day something is planned for: a
 * word of planning and a preposition right before it ("Robles's re-election is scheduled for July
 * 10", "a vote is due on Friday"), wherever the event word stands. The mention may open with the
 * preposition itself ("on Friday").
 */
export function isDayPlannedFor(ts: TokenStream, dateFirst: number, lex: CompiledLexicon): boolean {
  const prepositions = DAY_PREPOSITIONS[lex.language];
  let k = dateFirst - 1;
  if (!prepositions.has(lowerAt(ts, dateFirst))) {
    if (!prepositions.has(lowerAt(ts, k))) return false;
    k--;
  }
  return PLANS[lex.language].has(lowerAt(ts, k));
}

// Prepositions naming the time an announced act is planned for: "announced a strike for June".
const FOR = wordSets({ de: ["für"], en: ["for"] });
const ANNOUNCE = "announce";

/**
 * Whether the date starting at token `dateFirst` is the time an announcement plans something for:
 * "für"/"for" right before it, and a word of announcing in its sentence ("The union announced a
 * strike for June", "Die Regierung kündigte Neuwahlen für Juni an"). Such a date is the announced
 * act's, ahead of publication, and never the day of the announcement itself.
 */
export function isDateAnnouncedFor(ts: TokenStream, dateFirst: number, s: SentenceSpan, lex: CompiledLexicon): boolean {
  const prepositions = FOR[lex.language];
  if (!prepositions.has(lowerAt(ts, dateFirst)) && !prepositions.has(lowerAt(ts, dateFirst - 1))) return false;
  for (let k = s.first; k <= s.last; k++) if (matchPhraseForward(ts, k, lex.eventWords)?.phrase.value.event.key === ANNOUNCE) return true;
  return false;
}
