import { resolvePlace } from "@/lib/places";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { COMPOUND_SOURCE_ACCOUNTS } from "./lexicon/compound-source-words";
import { GERMAN_PREPOSITIONS } from "./lexicon/word-class-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { isGermanPoliticalWord } from "./party-name-words";
import { startsSentence } from "./find-amount-subject";
import { isNeverHolderWord } from "./word-class";
import { isPossessiveInName } from "./possessive-in-name";
import { memoByForm } from "./form-memo";
import { TokenKind, endsInGenitiveS, isCapitalized, isJoiningHyphen, isLineBreakBefore, lowerAt, tokenAt, withoutGenitiveS, type TokenStream } from "./tokens";

/** Who owns a figure: the party whose votes or seats it is ("SPD", "Labour"). */
export type Holder = { name: string; first: number; last: number };

const MAX_NAME = 3;
// Parties are mostly written as acronyms ("SPD", "FDP", "AfD"), which German gives no noun.
const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]?[A-ZÄÖÜ]+$/;

/** Whether a word is written as a party's acronym ("SPD", "AfD", "ÖVP"). */
export const isAcronym = (word: string): boolean => ACRONYM.test(word);
const ACCOUNTS = new Set(COMPOUND_SOURCE_ACCOUNTS.de);

/**
 * German capitalizes every noun: one after a preposition ("nach der Nachzählung", "in der
 * Innenstadt") is a circumstance, not who holds the figure.
 */
export const GERMAN_PREPOSITION_SET = new Set(GERMAN_PREPOSITIONS);

// "The Civic Union won 22.1%", "the Free Voters 5.3%": in English a capitalized word after another,
// neither an article nor opening the sentence, ends a name of several words, even when it is a word
// for an institution or a count alone ("union", "voters").
function endsEnglishName(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return lex.language === "en" && isCapitalized(ts, j - 1) && !lex.articles.has(lowerAt(ts, j - 1)) && !startsSentence(ts, j);
}

// "SPD-Kandidatin Aylin Demir", "the SPD's Aylin Demir": a word for a candidate, or a party's
// possessive, stands before the person's name and is no part of it.
function introducesPerson(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, i);
  const word = tokenAt(ts, i);
  return lex.holderNouns.has(w) || lex.titles.has(w) || (endsInGenitiveS(word) && isAcronym(word.slice(0, -2)));
}

const DASHES = new Set(["—", "–", "-"]);
// Between a dateline's town and its dash: a country or an agency ("SINJ, Croatia —", "OSLO (NWS) –").
const DATELINE_REACH = 5;

/**
 * "MAINZ — The Christian Democrats won …", "SINJ, Croatia — …": a town in capitals opening a
 * paragraph and set off by a dash before the text is where the story was filed, not a party's
 * acronym. A results line ("NEOS – 9,1 Prozent") has its figure right after the dash.
 */
function isDateline(ts: TokenStream, j: number): boolean {
  let opens = j;
  while (!isLineBreakBefore(ts, opens)) if (--opens < 0 || j - opens > DATELINE_REACH || ts.kind[opens] === TokenKind.number) return false;
  if (!isAcronym(tokenAt(ts, opens))) return false;
  for (let k = j + 1; k < ts.count && k - opens <= DATELINE_REACH + 1; k++) {
    if (ts.kind[k] === TokenKind.number) return false;
    // A dash set apart by spaces: "UA-Chef" is a compound, its acronym a party's.
    if (ts.kind[k] === TokenKind.punct && DASHES.has(tokenAt(ts, k))) return !isJoiningHyphen(ts, k) && ts.end[k - 1] !== ts.start[k] && ts.kind[k + 1] === TokenKind.word;
  }
  return false;
}

const isPlacePossessive = (ts: TokenStream, j: number, lex: CompiledLexicon) =>
  lex.language === "en" && endsInGenitiveS(tokenAt(ts, j)) && resolvePlace(withoutGenitiveS(tokenAt(ts, j)), "en") !== null;

const NO_HOLDER = 2;
// Words that name no holder by their spelling alone, decided once per word form: every capitalized
// word before a share is asked.
const namesNoHolder = memoByForm((w, lex) => {
  if (lex.months.has(w) || lex.weekdays.has(w) || lex.articles.has(w) || lex.timeUnits.byFirst.has(w)) return NO_HOLDER;
  // "wo sie nach eigenen Angaben auf 31 Prozent kam", "nach dem Endergebnis": what reports a share holds none.
  if (lex.reportNouns.has(w) || ACCOUNTS.has(w)) return NO_HOLDER;
  // "In der Hauptstadt …": a preposition opening the sentence is capitalized, and names nobody.
  return lex.language === "de" && GERMAN_PREPOSITION_SET.has(w) ? NO_HOLDER : 1;
});

// "Then Reiter took 45.8%", "Yesterday Reiter took …": an English word capitalized only by the
// sentence start, of a class that names nobody, is no part of the name after it.
const opensSentenceOnly = (ts: TokenStream, k: number, lex: CompiledLexicon): boolean =>
  lex.language === "en" && startsSentence(ts, k) && (lex.functionWords.has(lowerAt(ts, k)) || lex.dayOffsets.byFirst.has(lowerAt(ts, k)));

/**
 * The name of up to three capitalized words ending at token `j` that may hold a figure ("SPD",
 * "Freie Wähler", "Labour's" read as "Labour"), starting no earlier than token `from`. With
 * `winning` the name stands before a verb of winning or right before its share, where an English
 * name of several words may end in a word for an institution or a count ("the Civic Union won").
 * Null when the word at `j` is no name: a month, a count or unit word, an institution that reports
 * a share rather than holds it, a capitalized preposition or a word for the whole country.
 */
export function holderNameEndingAt(ts: TokenStream, j: number, lex: CompiledLexicon, winning = false, from = 0): Holder | null {
  if (j < from || !isCapitalized(ts, j) || namesNoHolder(ts, j, lex) === NO_HOLDER) return null;
  const w = lowerAt(ts, j);
  if (isAcronym(tokenAt(ts, j)) && isDateline(ts, j)) return null;
  // "Augsburg's mayoral election": a place's possessive says where, not who.
  if (isPlacePossessive(ts, j, lex)) return null;
  const ofName = winning && endsEnglishName(ts, j, lex);
  if (!ofName && (lex.countWords.has(w) || lex.units.byFirst.has(w) || lex.placeKinds.has(w))) return null;
  // "Das Ministerium nennt 63,8 Prozent": an institution gives a share, it does not hold one.
  if (!ofName && (lex.claimantWords.has(w) || lex.titles.has(w))) return null;
  // "Landesweit erreichte …": a word for the whole country, capitalized at the sentence start.
  if (matchPhraseForward(ts, j, lex.countryWide)) return null;
  let first = j;
  let words = 1;
  for (;;) {
    // "Left-Green Movement": in English a hyphen joining two capitalized words is inside the name
    // (German "Grünen-Kandidatin" is one compound word, read by its head as before); so is it in
    // German between two words of the political vocabulary ("die Links-Grünen", "Christlich-Soziale").
    const joined = isJoiningHyphen(ts, first - 1) && first - 2 >= from && isCapitalized(ts, first - 2);
    const hyphen = joined && (lex.language === "en" || (isGermanPoliticalWord(tokenAt(ts, first - 2)) && isGermanPoliticalWord(tokenAt(ts, first))));
    // "Workers' Party": a plural possessive inside the name, as "People's Party" holds one in its word.
    const before = hyphen || (first - 2 >= from && isPossessiveInName(ts, first - 1)) ? first - 2 : first - 1;
    // A name never runs across a line: the headline's last word is no part of the paragraph's first
    // name; nor does it take in a place's possessive ("Bavaria's CSU" is the CSU), nor a preposition
    // capitalized at the sentence start ("Im Landtag stellen …" names the Landtag, if anything).
    if (before < from || words >= MAX_NAME || !isCapitalized(ts, before) || lex.articles.has(lowerAt(ts, before)) || (lex.language === "de" && GERMAN_PREPOSITION_SET.has(lowerAt(ts, before))) || lex.gainVerbs.byFirst.has(lowerAt(ts, before)) || opensSentenceOnly(ts, before, lex) || introducesPerson(ts, before, lex) || isLineBreakBefore(ts, before + 1) || isPlacePossessive(ts, before, lex)) break;
    first = before;
    words++;
  }
  // "Labour's candidate": the party, not its possessive.
  // "33,2 Prozent der Stimmen und 91 Sitze": a German counted noun alone is no party ("Freie Wähler"
  // is; English capitalizes only names, so "Labour" is one).
  if (first === j && lex.language === "de" && conceptOfNoun(w, lex)) return null;
  // "Her party won 55,600 votes", "Two in five backed …", "Of the 87 seats …", "ein Plus von 3,1
  // Punkten": a word capitalized only by the sentence start, of a class that names nobody (a
  // pronoun the text did not resolve, a number, a preposition, the sign of a change), is no name.
  if (first === j && (isNeverHolderWord(w, lex.language) || lex.numberWords.has(w) || lex.functionWords.has(w))) return null;
  return { name: withoutGenitiveS(ts.text.slice(ts.start[first], ts.end[j])), first, last: j };
}
