import { isWrittenInDocument } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets, type RuleWords } from "./lexicon/rule-words";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

/**
 * The level a change started from: "¥118.6 trillion, up from ¥114.4 trillion", "narrowed to €12bn
 * from €15bn", "stieg von 114,4 auf 118,6 Milliarden", "nach 80 Milliarden im Vorjahr". That figure
 * held at an earlier time, so it is no rival of the new level: it gets the qualifier `previous`, and
 * is compared only with other sources' earlier levels.
 */
// Words right before the "from"/"von" that opens the earlier level: "up from", "stieg von".
const DIRECTION_BEFORE_FROM: RuleWords = {
  en: [
    "up", "down", "rising", "falling", "rose", "fell", "climbed", "dropped", "increased", "decreased", "grew", "shrank", "jumped",
    "rises", "falls", "climbs", "drops", "increases", "decreases", "grows", "shrinks", "jumps", "rise", "fall", "grow",
  ],
  de: [],
};
// The word that closes the earlier level and opens the new one: "von 40 auf 42", "from €40bn to €42bn".
const NEW_LEVEL: Record<"de" | "en", string> = { de: "auf", en: "to" };
// Phrases before the figure that always introduce an earlier level: "compared with €12bn".
const EARLIER_BEFORE: RuleWords = {
  // "elf statt zehn Sitze", "11 instead of 10 seats": the figure replaced is no rival of its replacement.
  en: ["compared with", "compared to", "as against", "instead of", "rather than"],
  de: ["gegenüber", "verglichen mit", "im vergleich zu", "statt", "anstatt"],
};
// After the figure, words that date it to an earlier period: "nach 80 Milliarden im Vorjahr".
const EARLIER_AFTER: RuleWords = {
  en: ["last year", "a year earlier", "a year ago", "the year before", "the previous year", "in the previous year"],
  de: ["im vorjahr", "im vergangenen jahr", "vor einem jahr", "ein jahr zuvor", "im jahr davor"],
};

// Between "von" and the earlier level, a word saying it holds now: "von derzeit 210 auf 95 Millionen".
const NOW_WORDS: RuleWords = { de: ["derzeit", "zurzeit", "aktuell", "bisher", "zuletzt", "heute"], en: [] };

const DIRECTIONS = wordSets(DIRECTION_BEFORE_FROM);
const NOW = wordSets(NOW_WORDS);
const BEFORE = phraseIndexes(EARLIER_BEFORE);
const AFTER = phraseIndexes(EARLIER_AFTER);
// How far after the figure (its unit, a noun) "auf" of "von X auf Y" or "im Vorjahr" may stand.
const AFTER_REACH = 4;

/** Whether `starts(j)` holds within AFTER_REACH words after `last`, before the clause ends. */
function soonAfter(ts: TokenStream, last: number, end: number, starts: (j: number) => boolean): boolean {
  for (let j = last + 1; j <= Math.min(end, last + AFTER_REACH); j++) {
    if (ts.kind[j] === TokenKind.punct) return false;
    if (starts(j)) return true;
  }
  return false;
}

/**
 * Whether token `from` is the "from"/"von" of a change between two levels, which token `to` ("to",
 * "auf") closes: "rises from €40bn to €42bn", "stieg von 40 auf 42 Milliarden". English writes
 * "from … to" for a range too ("estimates range from 9,000 to 11,000"), so there a verb of rising or
 * falling must stand before it; German writes a range "von … bis", a change "von … auf".
 */
export function opensChange(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  if (lowerAt(ts, to) !== NEW_LEVEL[lex.language]) return false;
  if (lex.language === "de") return lowerAt(ts, from) === "von" || (NOW.de.has(lowerAt(ts, from)) && lowerAt(ts, from - 1) === "von");
  return lowerAt(ts, from) === "from" && DIRECTIONS.en.has(lowerAt(ts, from - 1));
}

// The word that opens the size of a change: "um 0,4 auf 4,9 Mrd. Euro", "by 0.4 to €4.9bn".
const CHANGE_BY: Record<"de" | "en", string> = { de: "um", en: "by" };

/**
 * Whether token `by` is the "um"/"by" of a change whose new level token `to` ("auf", "to") opens:
 * "wachsen um 0,4 auf 4,9 Mrd. Euro", "climb by 0.4 to 4.9 billion". Dense agency text writes the
 * multiplier once, after the new level; the change is in it too.
 */
export function opensChangeBy(ts: TokenStream, by: number, to: number, lex: CompiledLexicon): boolean {
  return lowerAt(ts, by) === CHANGE_BY[lex.language] && lowerAt(ts, to) === NEW_LEVEL[lex.language];
}

// How far after "auf" the new level's number may stand: "auf 42", "auf knapp über 42".
const NEW_LEVEL_REACH = 3;

/**
 * Whether a number follows "auf" at token `to` closely, before the clause ends: "von 40 auf 42" is a
 * change, "traf mit Böen von bis zu 240 km/h auf die Küste" a place the figure came to.
 */
function figureSoonAfter(ts: TokenStream, to: number, end: number): boolean {
  for (let j = to + 1; j <= Math.min(end, to + NEW_LEVEL_REACH); j++) {
    if (ts.kind[j] === TokenKind.number) return true;
    if (ts.kind[j] === TokenKind.punct) return false;
  }
  return false;
}

/**
 * Whether the figure from token `first` to `last` (its hedge and currency included) is the earlier
 * level of a change in its sentence, which ends at token `end`. `afterFigure` says the token before
 * "from" ends another figure ("to €12bn from €15bn").
 */
export function isEarlierLevel(ts: TokenStream, first: number, last: number, end: number, lex: CompiledLexicon, afterFigure: boolean): boolean {
  const language = lex.language;
  const before = lowerAt(ts, first - 1);
  if (language === "en" && before === "from") {
    if (afterFigure || DIRECTIONS.en.has(lowerAt(ts, first - 2))) return true;
  }
  // "stieg von 114,4 auf 118,6 Milliarden": "von" with "auf" and the new level right after.
  // "von derzeit 210 auf 95 Millionen Euro": a word for now may stand between "von" and the figure.
  const von = before === "von" || (NOW.de.has(before) && lowerAt(ts, first - 2) === "von");
  if (language === "de" && von && soonAfter(ts, last, end, (j) => lowerAt(ts, j) === "auf" && figureSoonAfter(ts, j, end))) return true;
  // "compared with €7.9bn in the budget": a document's version of the figure is its rival, not an earlier level.
  if (first > 0 && matchPhraseBackward(ts, first - 1, BEFORE[language])) return !isWrittenInDocument(ts, last + 1, lex);
  // "nach 80 Milliarden Euro im Vorjahr", "after €80bn last year".
  if ((before === "nach" || before === "after" || before === "from") && soonAfter(ts, last, end, (j) => matchPhraseForward(ts, j, AFTER[language], end) !== null)) return true;
  return false;
}
