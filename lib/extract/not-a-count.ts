import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { memoByForm } from "./form-memo";
import { isoCodeAt } from "./read-unit";
import { looksLikeYear } from "./looks-like-year";
import { isYearBeforeParticiple } from "./year-before-participle";
import { TokenKind, isCapitalized, isJoined, lengthAt, lowerAt, tokenAt, type TokenStream } from "./tokens";

const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th", "te", "ten", "ter"]);
const PHONE_OPENERS = new Set(["+", "/", "("]);

const word = (ts: TokenStream, j: number) => (ts.kind[j] === TokenKind.word ? lowerAt(ts, j) : "");
const glued = (ts: TokenStream, j: number) => j > 0 && j < ts.count && isJoined(ts, j);

// "G7", "A380", "MH17", "F-16", "Covid-19", "5G", "3D": digits glued to letters name a thing.
function isCode(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const before = first - 1;
  // "CHF5.2bn", "NOK438bn": wire style glues an ISO currency code to its amount; that is money, no code.
  if (glued(ts, first) && ts.kind[before] === TokenKind.word) return isoCodeAt(ts, before) === null;
  if (glued(ts, first) && tokenAt(ts, before) === "-" && glued(ts, before) && ts.kind[before - 1] === TokenKind.word) return true;
  const after = last + 1;
  if (glued(ts, after) && ts.kind[after] === TokenKind.word && ts.kind[last] === TokenKind.number) {
    const w = lowerAt(ts, after);
    // "12k", "1.5m", "100km", "5%" are amounts; "5G" and "12th" are not.
    if (!lex.gluedMultipliers.has(w) && !lex.multipliers.has(w) && matchPhraseForward(ts, after, lex.units) === null) return true;
  }
  return false;
}

// A date the number is part of: "19. Juni", "19 June", "June 19", "Juni 2024", "2024-06-19".
function isDatePart(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const next = tokenAt(ts, last + 1) === "." && glued(ts, last + 1) ? last + 2 : last + 1;
  if (lex.months.has(word(ts, next)) && isCapitalized(ts, next)) return true;
  if (lex.months.has(word(ts, first - 1)) && isCapitalized(ts, first - 1)) return true;
  if (lex.months.has(word(ts, first - 2)) && tokenAt(ts, first - 1) === "." && isCapitalized(ts, first - 2)) return true;
  // ISO dates and clock times: digits joined by "-" or ":" on both sides.
  const sep = tokenAt(ts, last + 1);
  if ((sep === ":" || sep === "-" || sep === "/") && glued(ts, last + 1) && glued(ts, last + 2) && ts.kind[last + 2] === TokenKind.number) return true;
  const prev = tokenAt(ts, first - 1);
  if ((prev === ":" || prev === "/") && glued(ts, first) && ts.kind[first - 2] === TokenKind.number) return true;
  return false;
}

// "ein 35-Jähriger", "a 35-year-old", "35 Jahre alt", "im Alter von 80 Jahren", "aged 35".
function isAge(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  let after = last + 1;
  if (tokenAt(ts, after) === "-" && glued(ts, after)) after++;
  if (matchPhraseForward(ts, after, lex.ageAfter)) return true;
  const w = word(ts, after);
  if (w.startsWith("jährig") || w.endsWith("jährige") || w.endsWith("jähriger") || w.endsWith("jährigen")) return true;
  return matchPhraseBackward(ts, first - 1, lex.ageBefore) !== null;
}

// "Hauptstraße", "Marktplatz": a German compound ending in a street word, decided once per word
// form (every number with a word before it asks) rather than by a scan of the street words each time.
const STREET_COMPOUND = 2;
const streetCompound = memoByForm((word, lex) => {
  for (const street of lex.streetWords) if (word.length > street.length + 2 && word.endsWith(street)) return STREET_COMPOUND;
  return 1;
});

// "Yes won 784,000 votes and No 766,000": a "No" written without its period answers a "Yes" of
// its sentence, and is the side of a vote, not the word "number".
const YES = "yes";
const NO = "no";
const YES_REACH = 12;

function answersYes(ts: TokenStream, no: number): boolean {
  if (lowerAt(ts, no) !== NO || !isCapitalized(ts, no)) return false;
  for (let k = no - 1; k >= 0 && no - k <= YES_REACH; k--) {
    const t = tokenAt(ts, k);
    if (t === "." || t === "!" || t === "?" || t === ";") return false;
    if (lowerAt(ts, k) === YES) return true;
  }
  return false;
}

// "Platz 3", "Stärke 6,1", "§ 218", "Artikel 5", "No. 10", "Hauptstraße 12", "10 Downing Street".
function isLabel(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  let before = first - 1;
  if (tokenAt(ts, before) === "." && glued(ts, before)) before--;
  const prev = lowerAt(ts, before);
  if ((lex.labelWords.has(prev) && !(before === first - 1 && answersYes(ts, before))) || prev === "§" || prev === "#") return true;
  if (ts.kind[before] === TokenKind.word && lex.language === "de" && streetCompound(ts, before, lex) === STREET_COMPOUND) return true;
  if (lex.streetWords.has(prev) && isCapitalized(ts, before)) return true;
  // English puts the house number first: "10 Downing Street".
  for (let k = last + 1; k <= last + 3 && k < ts.count; k++) {
    if (!isCapitalized(ts, k)) break;
    if (lex.streetWords.has(lowerAt(ts, k)) && k > last + 1) return true;
  }
  // "a 7.8-magnitude quake", "magnitude-7 storm"
  let after = last + 1;
  if (tokenAt(ts, after) === "-" && glued(ts, after)) after++;
  if (lex.labelWords.has(word(ts, after)) && word(ts, after) !== "place" && glued(ts, after)) return true;
  return false;
}

// "12th", "3rd", and German ordinals after an article or preposition ("zum 80. Jahrestag").
function isOrdinal(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (ts.kind[last] !== TokenKind.number) return false;
  if (glued(ts, last + 1) && ORDINAL_SUFFIX.has(word(ts, last + 1)) && lex.language === "en") return true;
  if (lex.language === "de" && tokenAt(ts, last + 1) === "." && glued(ts, last + 1) && first === last) {
    const prev = lowerAt(ts, first - 1);
    return lex.articles.has(prev) || prev === "zum" || prev === "zur" || prev === "am" || prev === "im" || prev === "vom" || prev === "beim";
  }
  return false;
}

// Phone numbers: a leading zero or plus, or three and more digit groups in a row.
function isPhoneLike(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const t = tokenAt(ts, first);
  if (t.length > 1 && t.startsWith("0") && !/^0[.,]/.test(t)) return true;
  // A bracket or plus glued before the figure opens an area or country code; most figures have none,
  // and need neither of the checks below.
  if (!(PHONE_OPENERS.has(tokenAt(ts, first - 1)) && glued(ts, first) && ts.kind[first - 2] !== TokenKind.word)) return hasDigitGroups(ts, last);
  // "(+2,2 Mrd.)": a plus before a number with a multiplier is a change, as agency text writes it.
  // "20,3 Prozent (+1,5)": so is a signed decimal closing its parentheses, a change of the share before it.
  // "19 seats (+4)": a short signed whole number alone in its parentheses too; a country code ("(+49) 30 …") has digits after.
  const closed = tokenAt(ts, last + 1) === ")";
  const signedCount = closed && tokenAt(ts, first - 2) === "(" && /^\d{1,3}$/.test(t) && ts.kind[last + 2] !== TokenKind.number;
  const signedSum = tokenAt(ts, first - 1) === "+" && (last > first || (/^\d{1,3}[.,]\d{1,2}$/.test(t) && closed) || signedCount);
  // "4,190 (49.4%)", "4.190 (49,4 Prozent)": a figure with its unit after it is an amount, not an area code.
  if (!signedSum && matchPhraseForward(ts, last + 1, lex.units) === null) return true;
  return hasDigitGroups(ts, last);
}

/** Two more groups of digits after the figure ("030 1234 5678"): a phone number's. */
function hasDigitGroups(ts: TokenStream, last: number): boolean {
  let groups = 1;
  for (let k = last + 1; k < ts.count && ts.kind[k] === TokenKind.number && lengthAt(ts, k) >= 2; k++) groups++;
  return groups >= 3;
}

/**
 * Why the amount at tokens `first`..`last` is not a count of anything, or null when it may be one:
 * a year after a year word ("im Jahr 2024"), part of a date or a clock time, an age, a rank, label
 * or house number, an ordinal, a code ("G7", "Covid-19"), a phone number, a score ("2:1").
 * Measures, durations and percentages are units, read elsewhere.
 */
// "Haushalt 2027", "the 2027 budget", "das 1922 Committee": a year names a thing, it counts nothing.
function isYearName(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (lex.yearMarkers.has(lowerAt(ts, j - 1)) || isYearBeforeParticiple(ts, j, lex)) return true;
  // "Der Haushalt umfasst 2025 rund 480 Milliarden Euro": a year right before another amount dates it.
  const hedge = matchPhraseForward(ts, j + 1, lex.hedges);
  if (hedge && ts.kind[hedge.last + 1] === TokenKind.number) return true;
  if (lex.language === "de") return (isCapitalized(ts, j - 1) && !isJoined(ts, j)) || datesMoneyInClause(ts, j, lex);
  const next = word(ts, j + 1);
  return isCapitalized(ts, j + 1) || (next !== "" && !next.endsWith("s") && !lex.functionWords.has(next));
}

// How far into its clause a year may stand before the money it dates.
const MONEY_REACH = 10;
const ROUND = 1000;
// "Der Etat für 2028", "bis 2030": a year after a preposition belongs to a phrase of its own, no verb's.
const YEAR_PREPOSITIONS = new Set(["für", "bis", "ab", "seit", "von", "vor", "nach", "um", "im", "in", "zum", "zur"]);

/**
 * "Die Regierung will 2025 neue Kredite in Höhe von 5 Milliarden Euro aufnehmen": a year after a
 * German verb, with a sum of money later in its clause, says when the sum is planned or spent; it
 * counts nothing ("2025 neue Kredite" are no 2025 loans). `j` is the year's token.
 */
export function datesMoneyInClause(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  // "will 2000 neue Wohnungen für 300 Millionen Euro bauen": a round thousand is a count more often than a year.
  if (ts.kind[j - 1] !== TokenKind.word || isCapitalized(ts, j - 1) || YEAR_PREPOSITIONS.has(lowerAt(ts, j - 1)) || Number(tokenAt(ts, j)) % ROUND === 0) return false;
  for (let k = j + 1; k < ts.count && k - j <= MONEY_REACH; k++) {
    if (ts.kind[k] === TokenKind.punct) return false;
    if (ts.kind[k] !== TokenKind.number) continue;
    let unit = k + 1;
    while (lex.multipliers.has(lowerAt(ts, unit))) unit++;
    return matchPhraseForward(ts, unit, lex.units)?.phrase.value.kind === "currency";
  }
  return false;
}

// "the Keep 18 alliance", "die Initiative Tempo 30", "Keep 18 vows court challenge": a number between a
// capitalized word and a noun of a group of people is part of the group's name, and so is the same
// word and number wherever else the article writes them (a headline drops the noun).
const GROUP_NOUNS = /^(?:alliance|campaign|group|movement|coalition|initiative|network|platform|bündnis|initiative|kampagne|bewegung|gruppe|netzwerk)$/;

function isInGroupName(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (first !== last || ts.kind[first - 1] !== TokenKind.word || !isCapitalized(ts, first - 1) || isSentenceStartWord(ts, first - 1)) return false;
  if (lex.months.has(lowerAt(ts, first - 1)) || lex.weekdays.has(lowerAt(ts, first - 1))) return false;
  if (GROUP_NOUNS.test(lowerAt(ts, last + 1))) return true;
  const name = `${tokenAt(ts, first - 1)} ${tokenAt(ts, first)} `;
  for (let at = ts.text.indexOf(name); at >= 0; at = ts.text.indexOf(name, at + 1)) {
    const noun = /^\p{L}+/u.exec(ts.text.slice(at + name.length, at + name.length + 20))?.[0];
    if (noun && GROUP_NOUNS.test(noun.toLowerCase())) return true;
  }
  return false;
}

// A capitalized word opening a sentence or line is no name: "Yes 784,810" is not, "Labour 412" may be.
function isSentenceStartWord(ts: TokenStream, j: number): boolean {
  const before = tokenAt(ts, j - 1);
  return j === 0 || before === "." || before === "!" || before === "?";
}

// "a three-day strike", "a 48-hour walkout", "einen 48-stündigen Streik": a number hyphened to a unit
// of time describes how long the noun lasts; German glues the unit as an adjective ("-stündigen",
// "-tägige", "-wöchigen").
const GERMAN_DURATION = /^(?:stündig|tägig|wöchig|monatig|jährig)(?:e|en|er|es|em)?$/;

function isDurationAdjective(ts: TokenStream, last: number, lex: CompiledLexicon): boolean {
  const hyphen = last + 1;
  if (tokenAt(ts, hyphen) !== "-" || ts.end[last] !== ts.start[hyphen] || ts.end[hyphen] !== ts.start[hyphen + 1]) return false;
  const unit = lowerAt(ts, hyphen + 1);
  return lex.language === "de" ? GERMAN_DURATION.test(unit) : lex.timeUnits.byFirst.has(unit);
}

export function notACount(ts: TokenStream, first: number, last: number, numeral: number, lex: CompiledLexicon): string | null {
  if (first === last && ts.kind[first] === TokenKind.number && looksLikeYear(tokenAt(ts, first)) && isYearName(ts, first, lex)) return "year";
  if (isDatePart(ts, numeral, last, lex)) return "date";
  if (isAge(ts, first, last, lex)) return "age";
  if (isLabel(ts, numeral, last, lex)) return "label";
  if (isOrdinal(ts, numeral, last, lex)) return "ordinal";
  if (isCode(ts, numeral, last, lex)) return "code";
  if (isPhoneLike(ts, numeral, last, lex)) return "phone";
  if (isInGroupName(ts, numeral, last, lex)) return "name";
  if (isDurationAdjective(ts, last, lex)) return "duration";
  return null;
}

/**
 * True when the number at token `j` is part of a time, date, age, label or duration ("um 16 Uhr",
 * "am 3. Mai", "seit 48 Stunden"): looking back for what a figure is about may step over it, as it
 * is no other figure.
 */
export function isIncidentalNumber(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return notACount(ts, j, j, j, lex) !== null || matchPhraseForward(ts, j + 1, lex.timeUnits) !== null;
}
