import { matchAdjectiveAt, resolvePlace } from "@/lib/places";
import { CappedMemoPerOwner } from "@/lib/cache/capped-memo";
import { countedNounKey } from "./counted-noun-key";
import { lemmaKey, lemmaWithUmlauts } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { isIncidentalNumber } from "./not-a-count";
import { looksLikeYear } from "./looks-like-year";
import { conceptOfNoun, isPlaceAdjective } from "./read-counted-phrase";
import { budgetAreas } from "./lexicon/concepts";
import { periodEndsSentence } from "./find-sentence";
import { moneyReceiverBefore, moneyReceiverOfFinalVerb } from "./read-money-receiver";
import { nounBeforeAmountIdiom } from "./noun-before-amount-idiom";
import { closesWithSetAside, pledgeVerbAt, setAsideVerbAt } from "./money-set-aside";
import { MODAL_VERBS } from "./lexicon/modal-words";
import { FOCUS_WORDS, GERMAN_GENITIVE_ARTICLES, POSSESSIVE_DETERMINERS } from "./lexicon/word-class-words";
import { outlayCostAsSpending } from "./outlay-cost";
import { isSavingsNoun } from "./read-cut";
import { tableRowLabels } from "./table-rows";
import { ordinalWordValue } from "./read-ordinal-seat";
import { memoByForm } from "./form-memo";
import { hasThirdPersonS, isEnglishIrregularParticiple, isEnglishVerbOfSpeaking, isPointingWord } from "./word-class";
import { DASHES } from "./lexicon/punctuation";
import { PAYMENT_NOUNS } from "./lexicon/payment-words";
import { wordSets } from "./lexicon/rule-words";
import { LEVEL_TO } from "./lexicon/level-prepositions";
import { TokenKind, isCapitalized, isJoined, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** What an amount with a unit is of: a concept ("budget", "turnout") or an open lemma ("de:inflation"). */
export type AmountSubject = { key: string; qualifiers: string[]; first: number; last: number };

/** The amount is introduced by a word standing for the figure before it ("liege sie bei", "the figure was"). */
export const FIGURE_BEFORE = "figure before";

const REACH = 14;
const STOP = new Set([".", "!", "?", ";"]);
const OF_WORDS = new Set(["der", "des", "aller", "von", "of", "the", "all"]);
// "170 Milliarden Euro neue Schulden", "€2bn in aid", "2 Mrd. Euro an Hilfen": what follows the unit.
const AFTER_UNIT_LINKS = new Set(["in", "an", "für", "for", "of", "worth", "as"]);
// Money is for something: "£300m for flood defences", "€37bn in interest", "Für Zinsen muss der Bund
// 37 Milliarden Euro aufwenden". Whatever noun follows names what the money is, known or not.
const PURPOSE_LINKS = new Set(["für", "for", "in", "an"]);
const PURPOSE_BEFORE = new Set(["für", "for"]);
const PAYMENTS = wordSets(PAYMENT_NOUNS);
// "£2.1bn in real terms", "€5bn in total": a manner, not what the money is for.
const MANNER_NOUNS = new Set(["terms", "total", "cash", "all", "sum"]);
// A noun right after one of these is in a prepositional phrase: "die Neuverschuldung im
// Kernhaushalt" is about the new borrowing, not the core budget.
const PREPOSITIONS = new Set([
  "im", "in", "für", "vom", "von", "beim", "bei", "zum", "zur", "des", "nach", "mit", "auf", "aus", "seit", "vor", "über", "unter",
  "gegen", "um", "laut", "of", "for", "on", "at", "from", "under", "with", "after", "before",
]);
const WITH = new Set(["mit", "with"]);
const ENGLISH_PAST = /[^e]ed$/;
const ENGLISH_POSSESSIVES = new Set(POSSESSIVE_DETERMINERS.en);
const MODALS = new Set(MODAL_VERBS.en);
// "Die Rücklage soll von 310 auf 120 Millionen Euro schrumpfen": with its linking verb at the clause's
// end, a German modal stands where the verb would, right after what changes.
// The perfect's auxiliary does the same: "Die Reserve ist auf 95 Millionen Euro geschrumpft".
// The modals and the forms of "sein" that may close a German clause after its figure.
const GERMAN_MODALS = new Set([...MODAL_VERBS.de, "ist", "sind", "sei", "seien", "war", "waren"]);
const VERB_FINAL_REACH = 8;
// A passive closes its clause with these after the participle ("ausgegeben worden sein"); the modals are GERMAN_MODALS.
const PASSIVE_AUXILIARIES = new Set(["worden", "sein"]);

/** Whether a German linking verb closes the clause of the amount ending before token `from`. */
function linkVerbClosesClause(ts: TokenStream, from: number, lex: CompiledLexicon): boolean {
  const verb = germanClauseFinalWord(ts, from, lex);
  return verb >= 0 && lex.linkVerbs.has(lowerAt(ts, verb));
}

/** The last word of the German clause the tokens from `from` stand in, where its verb goes, when punctuation closes it within reach; else -1. */
function germanClauseFinalWord(ts: TokenStream, from: number, lex: CompiledLexicon): number {
  if (lex.language !== "de") return -1;
  for (let k = from; k < ts.count && k - from <= VERB_FINAL_REACH; k++) {
    // "Mrd. Euro": a dot closing an abbreviation goes on; one ending the sentence closes the clause
    // even when the next sentence starts right after it ("… betragen. Der Minister …").
    const closes = ts.kind[k] === TokenKind.punct && (tokenAt(ts, k) !== "." || periodEndsSentence(ts, k, lex));
    if (closes) return ts.kind[k - 1] === TokenKind.word ? k - 1 : -1;
  }
  return -1;
}
// "Pro Kopf sind das gut 1.500 Euro", "That is about €1,900 for each resident": a demonstrative
// equated with the amount by a copula next to it stands for the figure before, in this sentence or
// the one before it. Next to a noun ("das Defizit", "that figure") it is an article, read as such.
const DEMONSTRATIVES = new Set(["das", "dies", "that", "this"]);
const EQUATING_COPULAS = new Set(["sind", "ist", "waren", "war", "wären", "wäre", "is", "was", "are", "were"]);

function isDemonstrativeOfFigure(ts: TokenStream, j: number, to: number, w: string, lex: CompiledLexicon): boolean {
  if (!DEMONSTRATIVES.has(w)) return false;
  if (j < to && EQUATING_COPULAS.has(lowerAt(ts, j + 1))) return true;
  // "sind das 1.500 Euro", not "ist das Volumen um 230 Millionen Euro gewachsen": after its verb,
  // German only; a time before the amount ("sind das Ende 2028 etwa 3.350 Euro") is no noun of "das".
  const timeAfter = lex.yearMarkers.has(lowerAt(ts, j + 1)) && ts.kind[j + 2] === TokenKind.number;
  const alone = j === to || timeAfter || (ts.kind[j + 1] === TokenKind.word && !isCapitalized(ts, j + 1));
  return lex.language === "de" && alone && EQUATING_COPULAS.has(lowerAt(ts, j - 1));
}

const GENITIVE_ARTICLES = new Set(GERMAN_GENITIVE_ARTICLES);
const AREA_LINKS = new Set(["on", "for", "für"]);
// "koste" is reported speech ("Jeder Streiktag koste die Wirtschaft 40 Millionen Euro"); the
// participle closes a German clause in the perfect ("hat die Wirtschaft 400 Millionen Euro gekostet").
const COST_VERBS = new Set(["kostet", "kostete", "kosteten", "kosten", "koste", "gekostet", "costs", "cost", "costing"]);
// "Der Bund investiert 2025 rund 70 Milliarden Euro", "sollen 70 Milliarden Euro investiert werden": German
// invests with a verb, where English "invest" shares its stem with "investment".
const INVEST_VERBS_DE = new Set(["investiert", "investieren", "investierte", "investierten", "investiere", "investierst"]);
const MIN_COMPOUND_HEAD = 3;
// "Ent|schädigung" (compensation) is no damage, "Ver|schuldung" no debt of a "Ver": a front that is
// only a verb's inseparable prefix derives a new noun from the verb, it makes no compound.
const DERIVING_PREFIXES_DE = new Set(["ent", "emp", "ver", "zer", "miss", "be", "ge", "er"]);
const PUBLIC_PURSE_DE = new Set(["staat", "bund", "gesamt", "regier"]);
const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/;

/** `tail`: the lemma key of the listed noun the word is, or ends with. */
type AmountConcept = { concept: string; prefix: string | null; tail: string };

// amountConcept's answers per lexicon and lemma key: finding a German compound's tail walks the
// whole table of amount nouns, for every noun before an amount. Callers only read the answer.
const AMOUNT_CONCEPTS_CAP = 100_000;
const AMOUNT_CONCEPTS = new CappedMemoPerOwner<CompiledLexicon, string, AmountConcept | null>(AMOUNT_CONCEPTS_CAP);

function amountConcept(key: string, lex: CompiledLexicon): AmountConcept | null {
  return AMOUNT_CONCEPTS.of(lex).get(key, lex, findAmountConcept);
}

/**
 * Whether the word at `j` is a noun of money the tables know, German compounds by their tail
 * ("Doppelhaushalt", "Verteidigungsetat"), or one naming money saved ("Sparpaket").
 */
export function isMoneyNounAt(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] !== TokenKind.word) return false;
  const key = lemmaKey(lowerAt(ts, j), lex.language);
  return amountConceptOfWord(lowerAt(ts, j), lex) !== null || isSavingsNoun(`${lex.language}:${key}`, ts, j, lex);
}

// German nouns in -ung, -heit, -keit and -schaft never take an umlaut in the plural, so an umlaut
// the listed noun lacks makes another word: "Zählung" is no "Zahlung".
const NEVER_UMLAUTED = /(?:ung|heit|keit|schaft)(?:en)?$/;

// amountConceptOfWord's answers per lexicon and word as written: a word's lemma, its concept and its
// umlauts were looked up again at every noun near every amount.
const WORD_AMOUNT_CONCEPTS = new CappedMemoPerOwner<CompiledLexicon, string, AmountConcept | null>(AMOUNT_CONCEPTS_CAP);

/**
 * The amount concept of a word as written. The lemma key folds umlauts, so "Auszählung" (counting
 * votes) and "Zählung" share a key with "Auszahlung" and "Zahlung" (payments): such a word counts
 * as a noun of money only when its own umlauts agree with the listed noun's.
 */
function amountConceptOfWord(word: string, lex: CompiledLexicon): AmountConcept | null {
  return WORD_AMOUNT_CONCEPTS.of(lex).get(word, lex, readAmountConceptOfWord);
}

function readAmountConceptOfWord(word: string, lex: CompiledLexicon): AmountConcept | null {
  const found = amountConcept(lemmaKey(word, lex.language), lex);
  if (!found || lex.language !== "de") return found;
  if (!NEVER_UMLAUTED.test(word.toLowerCase())) return found;
  const own = lemmaWithUmlauts(word, "de");
  return [...(lex.amountUmlauts.get(found.tail) ?? [own])].some((form) => own.endsWith(form)) ? found : null;
}

/** The concept an amount noun names, German compounds by their tail: "Verteidigungsetat" → budget, "verteidigung". */
function findAmountConcept(key: string, lex: CompiledLexicon): AmountConcept | null {
  const whole = lex.amountNouns.get(key);
  if (whole) return { concept: whole, prefix: null, tail: key };
  if (!lex.compoundNouns) return null;
  // The longest tail: "Staats|verschuldung", not "Staatsver|schuldung".
  let best: { tail: string; concept: string } | null = null;
  for (const [tail, concept] of lex.amountNouns) {
    if (tail.length >= 4 && key.length - tail.length >= MIN_COMPOUND_HEAD && key.endsWith(tail) && (!best || tail.length > best.tail.length)) best = { tail, concept };
  }
  if (!best || DERIVING_PREFIXES_DE.has(key.slice(0, key.length - best.tail.length))) return null;
  // "Verteidigungs|etat": the linking s belongs to the front part.
  const prefix = lemmaKey(key.slice(0, key.length - best.tail.length).replace(/s$/, ""), "de");
  // "Staatsverschuldung", "Bundeshaushalt": who owes or spends is no part of the budget.
  return { concept: best.concept, prefix: PUBLIC_PURSE_DE.has(prefix) ? null : areaQualifier(prefix, "de", lex), tail: best.tail };
}

/** A budget part as one key across languages ("area:defence"), else the word's own lemma. */
function areaQualifier(lemma: string, language: "de" | "en", lex: CompiledLexicon): string {
  const area = lex.budgetAreas.get(lemma);
  return area ? `area:${area}` : `${language}:${lemma}`;
}

/**
 * "von den Freien Wählern 9,8 Prozent", "Wanninger (Freie Wähler)": German writes adjectives in
 * lowercase, so a capitalized adjective inside a sentence before a noun makes the pair a name (a
 * party, a company), and the noun is no concept the figure is of.
 */
function isInGermanName(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  // A word ending the line above ("Der Haushalt in Zahlen\n\nEinnahmen: …") is no part of a name.
  if (lex.language !== "de" || j === 0 || ts.kind[j - 1] !== TokenKind.word || !isCapitalized(ts, j - 1) || isLineBreakBefore(ts, j)) return false;
  const before = lowerAt(ts, j - 1);
  if (!GERMAN_ADJECTIVE.test(before) || lex.articles.has(before) || startsSentence(ts, j - 1)) return false;
  // "180 Millionen Franken Defizit": a currency or a multiplier ending like an adjective is a unit.
  if (isUnitWord(ts, j - 1, lex)) return false;
  // "die Zahl der Wähler": an article or a pronoun is capitalized only at a sentence start, handled above.
  return !lex.functionWords.has(before);
}

function knownSubject(ts: TokenStream, j: number, lex: CompiledLexicon, money = false): AmountSubject | null {
  const phrase = matchPhraseForward(ts, j, lex.amountNounPhrases);
  if (phrase) return { key: phrase.phrase.value, qualifiers: [], first: j, last: phrase.last };
  if (ts.kind[j] !== TokenKind.word) return null;
  if (isInGermanName(ts, j, lex)) return null;
  const word = lowerAt(ts, j);
  // "The electoral office published the count: 53.9% voted yes": a speaker is not what a share or
  // a sum is of ("office" would otherwise read as the stem of "officers").
  if (lex.claimantWords.has(word) && !lex.amountNouns.has(lemmaKey(word, lex.language))) return null;
  // "Military aid is budgeted at €8.5bn": an English past participle is a verb, not the budget.
  if (lex.language === "en" && word.endsWith("ed")) return null;
  const amount = amountConceptOfWord(word, lex);
  // "Prozent der Zweitstimmen": a compound the concept lists whole ("Zweitstimmen") is the concept
  // itself, its front no qualifier.
  const whole = amount?.prefix !== undefined && lex.conceptNouns.get(lemmaKey(word, lex.language))?.key === amount.concept;
  // "Personalkosten", "Zinskosten": a German compound of a running outlay is spent, not a cost.
  if (amount) return outlayCostAsSpending({ key: amount.concept, qualifiers: amount.prefix && !whole ? [amount.prefix] : [], first: j, last: j }, lex);
  // Money is never a count of people ("insured losses" are a cost); a share may be ("Prozent der Wähler").
  const counted = money ? null : conceptOfNoun(lowerAt(ts, j), lex);
  if (counted) return { key: counted.key, qualifiers: [], first: j, last: j };
  return null;
}

/** The money a known noun at `j` names ("Lücke" → deficit, "Zinsausgaben" → spending), else null. */
export function moneyNounSubjectAt(ts: TokenStream, j: number, lex: CompiledLexicon): AmountSubject | null {
  if (lex.language === "de" && !isCapitalized(ts, j)) return null;
  return isMoneyNounAt(ts, j, lex) ? knownSubject(ts, j, lex, true) : null;
}

const isNumberWord = (ts: TokenStream, j: number, lex: CompiledLexicon) =>
  ts.kind[j] === TokenKind.word && lex.numberWords.has(lowerAt(ts, j)) && !lex.articleNumbers.has(lowerAt(ts, j));

const isUnitWord = (ts: TokenStream, j: number, lex: CompiledLexicon) => matchPhraseForward(ts, j, lex.units) !== null || lex.multipliers.has(lowerAt(ts, j));

/**
 * A noun the tables do not know, as its own lemma. With `money`, a budget part written alone and as
 * the tables write it ("Für Gesundheit sind 226 Milliarden Kronen vorgesehen", "Defence is up
 * NOK 14.6bn") holds the money spent on it, the key "spending on health" gets; a plural or a
 * modified word ("coastal defences") and an English name inside a sentence ("Labour") keep their own.
 */
function openSubject(ts: TokenStream, j: number, lex: CompiledLexicon, money = false): AmountSubject {
  const area = money ? bareBudgetArea(ts, j, lex) : null;
  if (area) return { key: "spending", qualifiers: [`area:${area}`], first: j, last: j };
  return { key: countedNounKey(lowerAt(ts, j), lex.language), qualifiers: [], first: j, last: j };
}

const BARE_AREA = { de: bareAreaWords("de"), en: bareAreaWords("en") };
function bareAreaWords(language: "de" | "en"): Map<string, string> {
  return new Map(budgetAreas.flatMap((a) => a[language].filter((w) => !w.includes(" ")).map((w) => [w.toLowerCase(), a.key] as const)));
}

function bareBudgetArea(ts: TokenStream, j: number, lex: CompiledLexicon): string | null {
  const area = BARE_AREA[lex.language].get(lowerAt(ts, j));
  if (!area) return null;
  if (lex.language === "en" && isCapitalized(ts, j) && !startsSentence(ts, j)) return null;
  // "coastal defence", "öffentliche Gesundheit": a word before the part, other than an article or a preposition, narrows it.
  const before = j > 0 && ts.kind[j - 1] === TokenKind.word && !isLineBreakBefore(ts, j) ? lowerAt(ts, j - 1) : null;
  if (before && !lex.articles.has(before) && !PREPOSITIONS.has(before) && !(lex.language === "de" && isCapitalized(ts, j - 1))) return null;
  return area;
}

/**
 * Money for a purpose is spent on it: "£300m for flood defences", "CZK 8.5bn for teachers' pay",
 * "Für die Schulen sind 1,4 Milliarden Franken eingeplant" are spending, and the purpose names the
 * part ("area:education", else its own lemma), as "spending on schools" does (see GUIDE.md).
 */
function purposeSubject(ts: TokenStream, head: number, lex: CompiledLexicon, modified: boolean): AmountSubject {
  // "flood defences" are no defence: a modified purpose keeps its own lemma, not the area's key.
  const lemma = lemmaKey(lowerAt(ts, head), lex.language);
  return { key: "spending", qualifiers: [modified ? `${lex.language}:${lemma}` : areaQualifier(lemma, lex.language, lex)], first: head, last: head };
}

const NO_THING = 2;
// What rules a word out as a thing by its spelling alone, decided once per word form: every word
// before an amount is asked, and these were a dozen table lookups a word.
const ruledOutBySpelling = memoByForm((w, lex) => {
  if (lex.timeUnits.byFirst.has(w) || lex.months.has(w) || lex.weekdays.has(w) || lex.dayOffsets.byFirst.has(w)) return NO_THING;
  if (lex.figureStandIns.has(w) || lex.claimantWords.has(w) || PREPOSITIONS.has(w) || lex.articles.has(w) || lex.functionWords.has(w)) return NO_THING;
  // "…, while the VN climbed to 17.9%": a conjunction opens a clause, it names nothing.
  if (lex.subordinators.has(w)) return NO_THING;
  // "for every person", "NOK 438bn taken from the fund": a determiner, a pronoun or a participle is no thing.
  // "the PHP 4.2bn first estimated": an ordinal ranks a noun, it is none.
  if (isPointingWord(w, lex.language) || (lex.language === "en" && (isEnglishIrregularParticiple(w) || isEnglishVerbOfSpeaking(w))) || ordinalWordValue(w, lex) !== undefined) return NO_THING;
  // "SPD-Bewerberin …": a candidate holds a share, it is not what the share is of; so does a party
  // named by a compound ("Die Reformpartei erreichte 14,2 Prozent").
  if (lex.holderNouns.has(w) || lex.holderNounTails.some((t) => w.length > t.length && w.endsWith(t))) return NO_THING;
  // "its candidate was heading for 36%": a possessive determiner names nothing.
  return ENGLISH_POSSESSIVES.has(w) ? NO_THING : 1;
});

/**
 * Whether the word at `j` may be an unknown thing an amount is of. Not a place ("in Bremerhaven"),
 * not a time ("for the coming year", "today"), not a name: English capitalizes names, German its
 * parties' acronyms ("die CDU mit 31,2 Prozent": the CDU holds the share, it is not its subject).
 */
function mayNameThing(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ruledOutBySpelling(ts, j, lex) === NO_THING) return false;
  const w = lowerAt(ts, j);
  // "the value of the fund at the start of 2034", "by the end of June": a part of a period before
  // "of" and its time says when, not what.
  if (lex.periodParts.has(w) && isTimeOfAfter(ts, j, lex)) return false;
  // "turnout among voters abroad was 18%": where the voters are is a qualifier, not a thing.
  if (matchPhraseForward(ts, j, lex.homeOrAbroad)) return false;
  // "The liberal FDP": a word before a name describes the name.
  if (lex.language === "en" && isCapitalized(ts, j + 1) && !isCapitalized(ts, j)) return false;
  // "SPD-Bewerberin Aylin Demir erreichte 18,9 Prozent": two capitalized words without an article
  // before them are a German name, not a noun.
  // "Frankfurts Rücklage": a name in the genitive before the noun stands where its article would.
  if (lex.language === "de" && isCapitalized(ts, j) && isCapitalized(ts, j - 1) && ts.kind[j - 1] === TokenKind.word && !startsSentence(ts, j) && !lex.articles.has(lowerAt(ts, j - 2)) && !lex.articles.has(lowerAt(ts, j - 1)) && !PREPOSITIONS.has(lowerAt(ts, j - 1)) && !isGenitiveOwner(ts, j - 1, lex)) return false;
  if (isGenitiveOwner(ts, j, lex)) return false;
  // "Landesweit erreichte die Partei 27,4 Prozent": a word for the whole country, capitalized first, names nothing.
  if (matchPhraseForward(ts, j, lex.countryWide)) return false;
  // "the far-right Vox rose to 12.8%": a hyphenated word before a name describes the name.
  if (lex.language === "en" && tokenAt(ts, j + 1) === "-" && isJoined(ts, j + 1) && isJoined(ts, j + 2) && isCapitalized(ts, j + 3)) return false;
  const written = tokenAt(ts, j);
  // English capitalizes names, and every sentence's first word: "Rents in Lisbon have risen by 65%".
  const name = isCapitalized(ts, j) && !(startsSentence(ts, j) && !isCapitalized(ts, j + 1) && written !== written.toUpperCase());
  if (lex.language === "en" ? name : written.length > 1 && written === written.toUpperCase()) return false;
  return !isCapitalized(ts, j) || resolvePlace(written, lex.language) === null;
}

/** Whether "of"/"des" and a year, month or season follow the word at `j` ("start of 2034", "end of June"). */
function isTimeOfAfter(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const of = lowerAt(ts, j + 1);
  if (of !== "of" && of !== "des" && of !== "der") return false;
  const k = lex.articles.has(lowerAt(ts, j + 2)) ? j + 3 : j + 2;
  const w = lowerAt(ts, k);
  return looksLikeYear(tokenAt(ts, k)) || lex.months.has(w) || lex.yearMarkers.has(w) || lex.timeUnits.byFirst.has(w);
}

/**
 * Whether the word at `j` is a German name's genitive before a noun ("Frankfurts Rücklage", "Bayerns
 * Schulden"): it stands where the noun's article would, so it owns the noun and names nothing itself.
 */
function isGenitiveOwner(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const written = tokenAt(ts, j);
  if (lex.language !== "de" || !isCapitalized(ts, j) || written.length <= 3 || !written.endsWith("s") || written === written.toUpperCase()) return false;
  return ts.kind[j + 1] === TokenKind.word && isCapitalized(ts, j + 1) && !lex.articles.has(lowerAt(ts, j - 1)) && !isUnitWord(ts, j + 1, lex);
}

export function startsSentence(ts: TokenStream, j: number): boolean {
  return j === 0 || isLineBreakBefore(ts, j) || STOP.has(tokenAt(ts, j - 1));
}

const PARENTHESIS_REACH = 8;

/** The ")" closing the "(" at `open` within a few tokens, or null. */
export function closingParenthesis(ts: TokenStream, open: number): number | null {
  for (let k = open + 1; k < ts.count && k - open <= PARENTHESIS_REACH; k++) {
    const t = tokenAt(ts, k);
    if (t === ")") return k;
    if (t === "(" || isLineBreakBefore(ts, k)) return null;
  }
  return null;
}

/** The noun phrase starting at `j` after skipping adjectives: its head token, or null. */
function nounAt(ts: TokenStream, j: number, lex: CompiledLexicon): number | null {
  for (let k = j; k < j + 6 && k < ts.count; k++) {
    if (ts.kind[k] !== TokenKind.word) return null;
    const w = lowerAt(ts, k);
    if (lex.language === "de") {
      // "Prozent der Madrider Taxifahrer": a place's adjective stands before the noun.
      if (isCapitalized(ts, k) && isPlaceAdjective(ts, k, lex)) continue;
      if (isCapitalized(ts, k)) return isUnitWord(ts, k, lex) ? null : k;
      if (!GERMAN_ADJECTIVE.test(w)) return null;
      continue;
    }
    // English: the last content word before a function word or punctuation ("of all federal spending").
    const next = lowerAt(ts, k + 1);
    if (lex.functionWords.has(w) || lex.articles.has(w)) return null;
    // "long-distance services": a hyphen glued on both sides joins a compound modifier.
    if ((next === "-" || next === "‑") && isJoined(ts, k + 1) && isJoined(ts, k + 2)) {
      k++;
      continue;
    }
    if (ts.kind[k + 1] !== TokenKind.word || lex.functionWords.has(next) || lex.linkVerbs.has(next) || lex.speechVerbs.has(next)) return k;
    // "80% of employees walked out", "24% of staff took part": a state said of the noun ends it.
    if (matchPhraseForward(ts, k + 1, lex.states)) return k;
  }
  return null;
}

/** What follows a unit: a share's base or thing ("Prozent der Stimmen"), or a noun ("Euro neue Schulden"). */
/** `rises`: the amount is a change, said by a comparative before the noun ("8,5 Prozent mehr Lohn"). */
export type AfterUnit = { subject: AmountSubject | null; base: string | null; last: number; rises?: "up" | "down" } | null;

/**
 * Read what follows the unit ending at token `after - 1`: "Prozent der Stimmen" and "percent of the
 * vote" name what the share is of; "Prozent des BIP" and "% of GDP" name only the base the share is
 * taken of (the subject is then named before the figure); "Milliarden Euro neue Schulden" and
 * "€2bn in aid" name what the money is. Null when nothing of the kind follows.
 */
export function readAfterUnit(ts: TokenStream, after: number, lex: CompiledLexicon, money = false, percent = false): AfterUnit {
  // "2.5 billion lira ($73 million) in aid": a conversion in parentheses is read past.
  if (tokenAt(ts, after) === "(") {
    const close = closingParenthesis(ts, after);
    if (close !== null) after = close + 1;
  }
  let j = after;
  if (isLineBreakBefore(ts, j)) return null;
  // "not the 44.8% the ministry projects", "the 1.3% the cabinet has pencilled in": English links a
  // noun to a unit only through "of"; "the" right after it opens a clause naming who gives the figure.
  if (lex.language === "en" && lowerAt(ts, j) === "the") return null;
  // "8,5 Prozent mehr Lohn", "€400 more pay": a comparative between the amount and a noun makes the
  // amount a change of what the noun names.
  const comparative = lex.comparatives.get(lowerAt(ts, j));
  if (comparative && ts.kind[j + 1] === TokenKind.word && (lex.language === "de" ? isCapitalized(ts, j + 1) : !lex.functionWords.has(lowerAt(ts, j + 1)) && lowerAt(ts, j + 1) !== "than")) {
    const noun = nounAt(ts, j + 1, lex);
    if (noun === j + 1 && mayNameThing(ts, noun, lex) && !isUnitWord(ts, noun, lex)) {
      const subject = knownSubject(ts, noun, lex, money) ?? openSubject(ts, noun, lex, money);
      return { subject: { ...subject, first: j }, base: null, last: subject.last, rises: comparative };
    }
  }
  const linked = OF_WORDS.has(lowerAt(ts, j)) || AFTER_UNIT_LINKS.has(lowerAt(ts, j));
  // "to hit £118bn as defence spending rises": "as" opening a clause (its noun has a verb) links nothing.
  const conjunction = lex.language === "en" && lowerAt(ts, j) === "as";
  while ((OF_WORDS.has(lowerAt(ts, j)) || AFTER_UNIT_LINKS.has(lowerAt(ts, j))) && j - after < 3) j++;
  const base = matchPhraseForward(ts, j, lex.shareBases) ?? (linked && isShareBaseAdjective(ts, j, lex) ? matchPhraseForward(ts, j + 1, lex.shareBases) : null);
  if (base && linked) return { subject: null, base: base.phrase.value, last: base.last };
  // "170 Milliarden Euro neue Schulden": a phrase of the tables may start with an adjective.
  const phrase = matchPhraseForward(ts, j, lex.amountNounPhrases);
  if (phrase) return { subject: { key: phrase.phrase.value, qualifiers: [], first: j, last: phrase.last }, base: null, last: phrase.last };
  // "a CHF 180m deficit forecast for 2026": a known noun right after the money names it.
  const direct = money && lex.language === "en" && j === after ? knownSubject(ts, j, lex, money) : null;
  if (direct && !knownSubject(ts, direct.last + 1, lex, money)) return { subject: direct, base: null, last: direct.last };
  const head = nounAt(ts, j, lex);
  if (head === null) return null;
  if (money && isWrittenIn(ts, after, head, lex)) return null;
  // "eine Verschuldung von 53,6 Mrd. Euro Ende 2032", "Mitte 2031": a word before a year dates the money, it names nothing.
  if (lex.yearMarkers.has(lowerAt(ts, head)) && ts.kind[head + 1] === TokenKind.number) return null;
  // "the real deficit was €4.3bn once €900m of loans were counted": a word opening a clause is no noun.
  if (lex.subordinators.has(lowerAt(ts, head)) || CLAUSE_OPENERS.has(lowerAt(ts, head))) return null;
  if (conjunction && (lex.linkVerbs.has(lowerAt(ts, head + 1)) || lex.gainVerbs.byFirst.has(lowerAt(ts, head + 1)))) return null;
  const known = knownSubject(ts, head, lex, money);
  if (known) return { subject: { ...known, first: j }, base: null, last: known.last };
  // An unknown noun counts as a share's object ("Prozent der Wähler", "percent of the vote"), as
  // what money is for ("£300m for flood defences", "€37bn in interest"), right after the money in
  // English ("a $1.2 billion order") or glued to the unit in German ("Euro Soforthilfe").
  const share = OF_WORDS.has(lowerAt(ts, after));
  const purpose = money && PURPOSE_LINKS.has(lowerAt(ts, after)) && head - after <= 3;
  if (MANNER_NOUNS.has(lowerAt(ts, head))) return null;
  // "£9bn more than forecast": a comparative after the money makes it a change, it names nothing.
  if (lex.comparatives.has(lowerAt(ts, head))) return null;
  // "the £118bn forecast by the watchdog": a word followed by "by" is a participle, not a noun.
  // "an 8.5% pay rise", "a 3% increase": so is a change right after a percentage.
  const rise = percent && lex.language === "en" && head - after <= 1 && lex.changeNouns.get(lowerAt(ts, head));
  if (rise && mayNameThing(ts, head, lex)) return { subject: { ...openSubject(ts, head, lex, money), first: j }, base: null, last: head, rises: rise };
  // "at least NOK 460bn rests on …": a noun qualifying what follows is singular in English, so a
  // word in the third person's "-s" right after the money is its verb.
  const attributive = money && lex.language === "en" && head === after && !/(?:ed|ing)$/.test(lowerAt(ts, head)) && !hasThirdPersonS(lowerAt(ts, head)) && lowerAt(ts, head + 1) !== "by";
  if (!share && !purpose && !attributive && !(lex.language === "de" && head === after)) return null;
  if ((purpose || attributive) && !mayNameThing(ts, head, lex)) return null;
  // "$5 million in ransom": a kind of payment after "in" or "an" is what the money is, not what it buys.
  const payment = PAYMENTS[lex.language].has(lowerAt(ts, head)) && !PURPOSE_BEFORE.has(lowerAt(ts, after));
  if (purpose && !share && !payment) return { subject: { ...purposeSubject(ts, head, lex, head > j), first: j }, base: null, last: head };
  return { subject: { ...openSubject(ts, head, lex, money), first: j }, base: null, last: head };
}

/**
 * "14,9 Prozent der flämischen Wirtschaftsleistung", "14.9% of Flemish output", "2% of national
 * output": an adjective saying whose or which economy's output it is leaves the base what it is. A
 * German adjective is lowercase with its ending; an English one is a proper adjective (capitalized
 * inside the sentence) or one in "-al". A noun in front ("of oil output") names another output.
 */
function isShareBaseAdjective(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] !== TokenKind.word || lex.functionWords.has(lowerAt(ts, j)) || lex.articles.has(lowerAt(ts, j))) return false;
  const w = lowerAt(ts, j);
  if (lex.language === "de") return !isCapitalized(ts, j) && GERMAN_ADJECTIVE.test(w);
  return isCapitalized(ts, j) || w.endsWith("al");
}

// Conjunctions the lexicon's subordinators leave out, as they open no clause a figure's rule reads.
const CLAUSE_OPENERS = new Set(["once", "until", "unless", "sobald", "solange", "sofern"]);

// "against ¥6.3tn in the budget", "compared with €7.9bn in the plan": money "in the" budget or a
// plan is the figure as that document gives it; what it is of is named before it.
const DOCUMENT_NOUNS = new Set(["budget", "plan", "draft", "forecast", "bill", "estimate", "estimates", "projections", "blueprint"]);

/** Whether the words from token `after` are "in the budget", "in the plan": the figure as a document gives it. */
export function isWrittenInDocument(ts: TokenStream, after: number, lex: CompiledLexicon): boolean {
  return isWrittenIn(ts, after, after + 2, lex);
}

function isWrittenIn(ts: TokenStream, after: number, head: number, lex: CompiledLexicon): boolean {
  return lex.language === "en" && lowerAt(ts, after) === "in" && lowerAt(ts, after + 1) === "the" && head === after + 2 && DOCUMENT_NOUNS.has(lowerAt(ts, head));
}

/**
 * The noun an amount with a unit is about, looking back in its sentence from token `to`: "Der
 * Haushalt umfasst 52 Milliarden Euro" → budget; "Die Wahlbeteiligung lag bei 61,5 Prozent" →
 * turnout; "Die Neuverschuldung im Kernhaushalt soll bei 89 Milliarden liegen" → the new borrowing
 * (a noun in a prepositional phrase only when no other is in reach); "Die Inflation lag bei 2,3
 * Prozent" → the open lemma of Inflation (a linking verb names it). Null when another figure or
 * the sentence start comes first: then the figure before may name it (the caller's decision).
 */
export function findAmountSubject(ts: TokenStream, to: number, lex: CompiledLexicon, money = false): AmountSubject | typeof FIGURE_BEFORE | null {
  const named = nounOfAmount(ts, to, lex, money) ?? nounPutAt(ts, to, lex, money) ?? (money ? (areaReceiving(ts, to, lex) ?? areaHeadingLine(ts, to, lex) ?? moneyReceiverBefore(ts, to, lex)) : null);
  if (named) return named;
  // "Der Streik hat die Wirtschaft 400 Millionen Euro gekostet": a German cost verb may close the
  // clause after the money, where what it costs is no noun before it.
  const finalVerb = money ? germanClauseFinalWord(ts, to + 1, lex) : -1;
  if (finalVerb >= 0 && COST_VERBS.has(lowerAt(ts, finalVerb))) return { key: "cost", qualifiers: [], first: finalVerb, last: finalVerb };
  const finalAction = finalVerb >= 0 ? pastAuxiliaries(ts, finalVerb, to + 1) : -1;
  if (finalAction >= 0 && INVEST_VERBS_DE.has(lowerAt(ts, finalAction))) return { key: "investment", qualifiers: [], first: finalAction, last: finalAction };
  const received = finalAction >= 0 ? moneyReceiverOfFinalVerb(ts, to, finalAction, lex) : null;
  if (received) return received;
  let linked: number | null = null;
  // "Final turnout, including voters abroad, was 58.9%": a comma between a noun and the verb puts
  // the noun in an aside, not in the subject.
  let linkBroken = false;
  // "Die Grünen-Kandidatin lag mit 44,5 Prozent vorn", "won with 52.8%": a share "with" which someone
  // leads is that someone's, not a thing's the tables do not know.
  const held = lowerAt(ts, to) === "mit" || lowerAt(ts, to) === "with";
  let inPhrase: AmountSubject | null = null;
  let purpose: AmountSubject | null = null;
  let openInPhrase: AmountSubject | null = null;
  let clauseBefore = false;
  for (let j = to; j >= 0 && to - j < REACH; j--) {
    const kind = ts.kind[j];
    if (kind === TokenKind.number) {
      if (isIncidentalNumber(ts, j, lex) || isYearAfterVerb(ts, j, lex)) continue;
      break;
    }
    if (kind === TokenKind.punct) {
      if (STOP.has(tokenAt(ts, j))) break;
      if (tokenAt(ts, j) === ",") {
        clauseBefore = true;
        if (linked !== null) linkBroken = true;
      }
      continue;
    }
    // "28 Sitze, die CDU auf 25,9 Prozent": a noun right after a figure is that figure's, written
    // in digits or in words ("elf Mandate, die Linke mit 11,7 Prozent"; not "ein", an article).
    // A year after the verb ("Die Ausgaben steigen 2025 auf …") dates the figure; the word after it is no noun of its.
    if (ts.kind[j - 1] === TokenKind.number && !isIncidentalNumber(ts, j - 1, lex) && !isYearAfterVerb(ts, j - 1, lex)) break;
    if (isNumberWord(ts, j - 1, lex)) break;
    const phrase = matchPhraseBackward(ts, j, lex.amountNounPhrases);
    const subject = phrase ? knownSubject(ts, phrase.first, lex, money) : knownSubject(ts, j, lex, money);
    if (subject && isGerundObject(ts, subject.first, lex)) {
      j = subject.first;
      continue;
    }
    // "neue Kredite im Umfang von …": a phrase of the tables may open with a German adjective in lowercase; its noun is capitalized.
    if (subject && (lex.language === "en" || isCapitalized(ts, phrase ? j : subject.first))) {
      const found = withModifierBefore(ts, subject, lex);
      if (!inPrepositionalPhrase(ts, found.first, lex)) return withPartOf(found, inPhrase);
      inPhrase ??= found;
      j = found.first;
      continue;
    }
    const w = lowerAt(ts, j);
    // "Das Projekt kostet 620 Millionen Euro", "the bridge will cost €80m": what something costs is its cost.
    if (money && COST_VERBS.has(w) && !isCapitalized(ts, j)) return { key: "cost", qualifiers: [], first: j, last: j };
    if (money && lex.language === "de" && INVEST_VERBS_DE.has(w)) return { key: "investment", qualifiers: [], first: j, last: j };
    // "…, the returning officer said, compared with 39.8%": who speaks in another clause is not what
    // is measured ("Den Sachschaden schätzt die Polizei auf 250.000 Euro" reads on).
    if (clauseBefore && lex.speechVerbs.has(w)) break;
    // Before the money only "für"/"for" name a purpose ("Für den Hochwasserschutz in Yorkshire sind
    // 300 Millionen Pfund vorgesehen"); "in Yorkshire" is a place.
    if (money && PURPOSE_BEFORE.has(w) && !purpose) {
      const start = j + 1 + (lex.articles.has(lowerAt(ts, j + 1)) ? 1 : 0);
      const head = nounAt(ts, start, lex);
      // "…, für Straßen 12 Millionen": in a list the purpose opening its clause may stand right before the money.
      const listed = head === to && ts.kind[j - 1] === TokenKind.punct && tokenAt(ts, j - 1) === ",";
      if (head !== null && (head < to || listed) && mayNameThing(ts, head, lex)) purpose = purposeSubject(ts, head, lex, head > start);
    }
    // "investment will total €1.5bn": after a modal the word is a verb, not "the total".
    const verb = lex.language === "en" && MODALS.has(lowerAt(ts, j - 1));
    if (lex.figureStandIns.has(w) && !verb && !inPhrase && !OF_WORDS.has(lowerAt(ts, j + 1))) return FIGURE_BEFORE;
    if (!inPhrase && isDemonstrativeOfFigure(ts, j, to, w, lex)) return FIGURE_BEFORE;
    // "The reserve at the start of 2030 is put at €900m": a time between the noun and its verb is read
    // past, as if the verb followed the noun.
    if (linked !== null && lex.periodParts.has(w) && isTimeOfAfter(ts, j, lex)) {
      const opener = lex.articles.has(lowerAt(ts, j - 1)) ? j - 2 : j - 1;
      if (PREPOSITIONS.has(lowerAt(ts, opener))) {
        linked = opener;
        j = opener;
        continue;
      }
    }
    if (lex.linkVerbs.has(w) || (GERMAN_MODALS.has(w) && linkVerbClosesClause(ts, to + 1, lex))) {
      const inverted = subjectAfterVerb(ts, j, to, lex, money);
      // An open noun there yields to a known one read in a phrase after it.
      if (inverted && !(inPhrase && inverted.key.includes(":"))) return withPartOf(inverted, inPhrase);
      linked = j;
    }
    // "reserves are set to shrink to €95m", "costs are expected to rise": the word before "to" and
    // the linking verb is one more verb, not what shrinks.
    else if (lex.language === "en" && linked === j + 2 && lowerAt(ts, j + 1) === "to") linked = j;
    // "had claimed its candidate was heading for 36%": an English verb in "-ed" is no thing.
    else if (!inPhrase && !held && !linkBroken && linked !== null && linked - j <= 4 && !isUnitWord(ts, j, lex) && mayNameThing(ts, j, lex) && (lex.language === "de" ? isCapitalized(ts, j) : !lex.functionWords.has(w) && !lex.articles.has(w) && !ENGLISH_PAST.test(w))) {
      // "Spending on schools rises to CHF 1.4bn", "Ausgaben für Schulen steigen": the known noun
      // before the phrase is what rises, and the phrase names its part.
      const linkWord = lowerAt(ts, j - 1);
      const ownerAt = lex.articles.has(linkWord) ? j - 3 : j - 2;
      const owner = AREA_LINKS.has(lowerAt(ts, ownerAt + 1)) ? knownSubject(ts, ownerAt, lex, money) : null;
      if (owner) return { ...owner, qualifiers: [...owner.qualifiers, areaQualifier(lemmaKey(w, lex.language), lex.language, lex)], last: j };
      // "Der Pegel der Pegnitz stieg": the noun before a genitive is the one that rises.
      // Only an article of the genitive ("der", "des") joins an owner: in "Allein die Pensionslasten
      // stiegen" the capitalized word before "die" opens the sentence, it owns nothing.
      // "Die Verschuldung Flanderns steigt", "Der Etat Hamburgs wächst": a name in the genitive after
      // a known noun owns it; the noun is what rises.
      const owned = lex.language === "de" && w.endsWith("s") && isCapitalized(ts, j - 1) ? knownSubject(ts, j - 1, lex, money) : null;
      if (owned) return owned;
      const genitive = lex.language === "de" && GENITIVE_ARTICLES.has(lowerAt(ts, j - 1)) && isCapitalized(ts, j - 2) && !isUnitWord(ts, j - 2, lex) && !PREPOSITIONS.has(lowerAt(ts, j - 2));
      // "turnout in the autonomous region of Madeira was 49.7%": a noun in a prepositional phrase
      // places what the sentence measures; the known noun before it is what is measured.
      // "Die Mieten in der Hauptstadt sind gestiegen", "Rents in the capital have risen": an open
      // noun right before that phrase is still what is measured, the link reaching it past the phrase.
      const opening = genitive ? -1 : prepositionOpening(ts, j, lex);
      if (opening >= 0) {
        openInPhrase ??= openSubject(ts, j, lex, money);
        // "Funding for consultants was cut": money for a purpose is read as its part elsewhere.
        linked = !(money && PURPOSE_BEFORE.has(lowerAt(ts, opening))) && linked - opening <= 4 + PHRASE_REACH ? opening : null;
        continue;
      }
      // "auf 236 Prozent der Wirtschaftsleistung steigen und nicht auf 229 Prozent": the base of a
      // figure's share before a German verb at the clause's end is no subject of the figure after it.
      if (lex.articles.has(lowerAt(ts, j - 1)) && isUnitWord(ts, j - 2, lex)) continue;
      // "Die Schulden der Stadt steigen", "the debt of the city-state will rise": a known noun owning
      // the one before the verb is what rises.
      const knownOwner = knownOwnerBefore(ts, j, lex, money);
      if (knownOwner) return knownOwner;
      return openSubject(ts, genitive ? j - 2 : j, lex, money);
    }
  }
  return inPhrase ?? purpose ?? openInPhrase ?? (money ? relativeClauseAntecedent(ts, to, lex) : null);
}

// How far back from the amount a relative clause may open, and how far after it its verb may close it.
const RELATIVE_REACH = 10;
const RELATIVE_VERB_REACH = 4;
const TO_LEVEL = new Set([...LEVEL_TO.de, ...LEVEL_TO.en]);
const VERB_PARTICLES = new Set(["zurück", "an", "ab", "auf", "aus", "ein", "vor", "zu", "fest", "bei", "mit", "weg"]);

/**
 * "…greift auf die Rücklage zurück, die bis Ende 2028 auf 95 Millionen Euro schrumpfen soll",
 * "the reserves, which stood at €210m", "Aus den Rücklagen des Bundes, die zuletzt 12,8 Mrd. Euro
 * betrugen": an amount in a relative clause with no noun of its own, whose verb links it (a verb
 * of being, rising or shrinking), is the amount of the clause's antecedent, the noun before the comma
 * (past a genitive owning it). Null when no such clause holds the amount ending before `to + 1`.
 */
function relativeClauseAntecedent(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  let pronoun = -1;
  let linked = false;
  for (let j = to; j > 0 && to - j < RELATIVE_REACH; j--) {
    // "von derzeit 210 auf 95 Millionen Euro": the level before "auf"/"to" is the same thing's.
    if (ts.kind[j] === TokenKind.number && !looksLikeYear(tokenAt(ts, j)) && !TO_LEVEL.has(lowerAt(ts, j + 1))) return null;
    if (ts.kind[j] === TokenKind.punct && tokenAt(ts, j) !== "-") {
      if (tokenAt(ts, j) !== "," || !lex.relativePronouns.has(lowerAt(ts, j + 1))) return null;
      pronoun = j + 1;
      break;
    }
    if (lex.linkVerbs.has(lowerAt(ts, j))) linked = true;
  }
  if (pronoun < 0 || pronoun === to + 1) return null;
  // ", die Einnahmen auf 58 Mrd. Euro": a German article before a noun looks like the pronoun; the
  // clause's own noun is read by findAmountSubject, not its antecedent. A time ("Ende 2028") is no noun.
  const afterPronoun = pronoun + 1;
  if (lex.language === "de" && isCapitalized(ts, afterPronoun) && !lex.yearMarkers.has(lowerAt(ts, afterPronoun))) return null;
  // The verb closes a German clause after the amount ("schrumpfen soll", "betrugen").
  // The amount itself lies on the way ("12,8 Mrd. Euro betrugen"): a comma or the sentence's end stops.
  for (let j = to + 1; !linked && j < ts.count && j - to <= RELATIVE_VERB_REACH + 4; j++) {
    const t = tokenAt(ts, j);
    if (t === "," || STOP.has(t) && (t !== "." || periodEndsSentence(ts, j, lex))) break;
    if (lex.linkVerbs.has(lowerAt(ts, j))) linked = true;
  }
  if (!linked) return null;
  const comma = pronoun - 1;
  let head = comma - 1;
  if (ts.kind[head] !== TokenKind.word) return null;
  // "greift auf die Rücklage zurück, die …": a German verb's particle may stand between the noun and its clause.
  if (lex.language === "de" && VERB_PARTICLES.has(lowerAt(ts, head)) && isCapitalized(ts, head - 1)) head--;
  // "den Rücklagen des Bundes, die …": the genitive owns the noun the clause is about.
  if (lex.language === "de" && GENITIVE_ARTICLES.has(lowerAt(ts, head - 1)) && isCapitalized(ts, head - 2) && ts.kind[head - 2] === TokenKind.word) head -= 2;
  if (lex.language === "de" && !isCapitalized(ts, head)) return null;
  if (lex.claimantWords.has(lowerAt(ts, head)) || isUnitWord(ts, head, lex) || !mayNameThing(ts, head, lex)) return null;
  // "den Zinsen, die auf 7,9 Mrd. Euro steigen": a part of the budget is spent on.
  const area = lex.budgetAreas.get(lemmaKey(lowerAt(ts, head), lex.language));
  if (area) return { key: "spending", qualifiers: [`area:${area}`], first: head, last: head };
  return knownSubject(ts, head, lex, true) ?? openSubject(ts, head, lex, true);
}

// "… ausgegeben werden", "… bereitgestellt worden sein", "… erhalten soll": the auxiliaries closing a
// German clause follow its verb. The verb before them, not before `from`; -1 stays -1.
function pastAuxiliaries(ts: TokenStream, final: number, from: number): number {
  let j = final;
  while (j > from && (GERMAN_MODALS.has(lowerAt(ts, j)) || PASSIVE_AUXILIARIES.has(lowerAt(ts, j)))) j--;
  return j;
}

const SET_ASIDE_REACH = 4;

/**
 * "Der Bund stellt 2 Milliarden Euro bereit", "The city has set aside up to €2bn": money put by for
 * a use, by a verb right before it (English; a hedge or "a further" may stand between) or closing
 * its German clause, is spent; money pledged by such a verb ("has pledged", "zugesagt") is aid. Read only when nothing else in the sentence says what the money is
 * (the caller's last resort before the sentence before), so "Soforthilfen von 50 Millionen Euro
 * bereitstellen" stays aid. `to` is the token before the money.
 */
export function setAsideSpending(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  if (lex.language === "de") {
    const final = pastAuxiliaries(ts, germanClauseFinalWord(ts, to + 1, lex), to + 1);
    if (pledgeVerbAt(ts, final, lex)) return { key: PLEDGED, qualifiers: [], first: final, last: final };
    return closesWithSetAside(ts, final, lex, to + 1) ? { key: "spending", qualifiers: [], first: final, last: final } : null;
  }
  for (let j = to; j >= 0 && to - j < SET_ASIDE_REACH && ts.kind[j] === TokenKind.word; j--) {
    const verb = setAsideVerbAt(ts, j, lex);
    if (verb) return { key: "spending", qualifiers: [], ...verb };
    const pledge = pledgeVerbAt(ts, j, lex);
    if (pledge) return { key: PLEDGED, qualifiers: [], ...pledge };
  }
  return null;
}

// "The government has pledged €40m", "Die Regierung hat 30 Millionen Euro zugesagt": money pledged
// to others is aid, as "€40m in aid" would say; read by the same last resort as money set aside.
const PLEDGED = "aid";

// "Damit würden die Mieten um 9 Prozent steigen", "Seit Juni ist das Volumen um 230 Millionen Euro
// gewachsen": a German sentence opened by something else puts its subject right after the verb, and
// what changes "um" the amount is that subject. Only for a change: a level ("bleiben die Pensionen
// mit 33,8 Mrd. Euro", "lag die Kandidatin bei 44,5 Prozent") may be a fronted noun's or a holder's.
const DEFINITE_ARTICLES_DE = new Set(["der", "die", "das"]);
const CHANGE_BY_DE = "um";

function subjectAfterVerb(ts: TokenStream, verb: number, to: number, lex: CompiledLexicon, money: boolean): AmountSubject | null {
  if (lex.language !== "de" || lowerAt(ts, to) !== CHANGE_BY_DE || verb === 0 || startsSentence(ts, verb)) return null;
  const noun = verb + 2;
  if (!DEFINITE_ARTICLES_DE.has(lowerAt(ts, verb + 1)) || noun >= to || ts.kind[noun] !== TokenKind.word || !isCapitalized(ts, noun)) return null;
  if (isUnitWord(ts, noun, lex) || !mayNameThing(ts, noun, lex)) return null;
  return knownSubject(ts, noun, lex, money) ?? openSubject(ts, noun, lex, money);
}

const OWNER_REACH = 5;

/** A known noun a few words before `j`, joined to it by "of" or a German genitive article: "the debt of the city-state". */
function knownOwnerBefore(ts: TokenStream, j: number, lex: CompiledLexicon, money: boolean): AmountSubject | null {
  let joined = false;
  for (let k = j - 1; k >= 0 && j - k <= OWNER_REACH; k--) {
    const w = lowerAt(ts, k);
    if (ts.kind[k] === TokenKind.number || (ts.kind[k] === TokenKind.punct && w !== "-")) return null;
    if (w === "of" || w === "der" || w === "des") {
      joined = true;
      continue;
    }
    if (!joined || (lex.language === "de" && !isCapitalized(ts, k))) continue;
    const known = knownSubject(ts, k, lex, money);
    return known && !inPrepositionalPhrase(ts, known.first, lex) ? withModifierBefore(ts, known, lex) : null;
  }
  return null;
}

// "die Neuverschuldung im Kernhaushalt", "borrowing in the core budget": the part of the budget the
// phrase names is the part the amount is of.
export function withPartOf(subject: AmountSubject, phrase: AmountSubject | null): AmountSubject {
  const area = phrase?.qualifiers.find((q) => q.startsWith("area:"));
  if (!area || subject.qualifiers.some((q) => q.startsWith("area:"))) return subject;
  return { ...subject, qualifiers: [...subject.qualifiers, area] };
}

/**
 * A part of a budget named in a prepositional phrase before token `to` in its clause ("im
 * Kernhaushalt betrage sie 89,3 Mrd. Euro"): for a figure whose subject a pronoun carries over.
 */
export function budgetPartBefore(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  for (let j = to; j >= 0 && to - j < REACH; j--) {
    if (ts.kind[j] === TokenKind.number || (ts.kind[j] === TokenKind.punct && tokenAt(ts, j) !== "-")) return null;
    const subject = knownSubject(ts, j, lex, true);
    if (subject && inPrepositionalPhrase(ts, subject.first, lex)) {
      const part = withModifierBefore(ts, subject, lex);
      if (part.qualifiers.some((q) => q.startsWith("area:"))) return part;
    }
  }
  return null;
}

// "eine Entschädigung von je 50.000 Euro", "Hilfen von insgesamt 2 Mio. Euro": a word sharing the
// sum out or adding it up stands between "von" and the figure as a focus word does.
const SHARING_WORDS = new Set(["je", "jeweils", "insgesamt", "zusammen"]);

// "a surplus of €4.2bn", "ein Überschuss von 1,2 Milliarden Franken": the noun right before "of" or
// "von" names the amount, known or not — unless it is a change ("a rise of"), a stand-in for a
// figure ("a total of", "eine Summe von"), a measure ("ein Volumen von", "to the tune of") or a
// count word ("the number of").
function nounOfAmount(ts: TokenStream, to: number, lex: CompiledLexicon, money: boolean): AmountSubject | null {
  // "real growth of just 0.8%", "ein Plus von nur 2 Millionen Euro": a focus word before the figure is read past.
  if (FOCUS_WORDS.has(lowerAt(ts, to)) || SHARING_WORDS.has(lowerAt(ts, to))) to--;
  const of = lowerAt(ts, to);
  // "ein Sparpaket über 6,4 Mrd. Euro": after a noun of money, German "über" says "of" (read-quantity.ts).
  const named = of === (lex.language === "de" ? "von" : "of") || (lex.language === "de" && of === "über" && isMoneyNounAt(ts, to - 1, lex));
  if (!named || ts.kind[to - 1] !== TokenKind.word) return null;
  if (matchPhraseBackward(ts, to, lex.changeMarkers)) return null;
  const j = to - 1;
  // "ein Lösegeld in Höhe von 5 Millionen Euro": the noun before an idiom of measure is what the amount is of.
  const idiomNoun = nounBeforeAmountIdiom(ts, j, lex);
  if (idiomNoun >= 0) return withModifierBefore(ts, knownSubject(ts, idiomNoun, lex, money) ?? openSubject(ts, idiomNoun, lex, money), lex);
  const w = lowerAt(ts, j);
  if (lex.figureStandIns.has(w) || lex.measureNouns.has(w) || lex.countWords.has(w) || isUnitWord(ts, j, lex) || !mayNameThing(ts, j, lex)) return null;
  if (lex.language === "de" && !isCapitalized(ts, j)) return null;
  // "eine Kreditaufnahme der Kommunen von 1,4 Mrd. Euro": a genitive owner between a noun of money
  // and "von" says whose the money is; the noun of money says what it is.
  if (lex.language === "de" && GENITIVE_ARTICLES.has(lowerAt(ts, j - 1)) && isMoneyNounAt(ts, j - 2, lex)) {
    const owned = knownSubject(ts, j - 2, lex, money);
    if (owned) return withModifierBefore(ts, owned, lex);
  }
  // "new loans of €75m": a phrase of the tables may end at the noun before "of".
  const phrase = matchPhraseBackward(ts, j, lex.amountNounPhrases);
  const known = (phrase ? knownSubject(ts, phrase.first, lex, money) : null) ?? knownSubject(ts, j, lex, money);
  // "on top of €400m", "in Höhe von": an idiom after a preposition, not a thing — unless the tables
  // know the noun ("a budget with spending of CHF 10.2bn"). What something comes "with" is a thing:
  // "mit Spitzenböen von bis zu 240 km/h", "with gusts of up to 240 km/h".
  if (!known && PREPOSITIONS.has(lowerAt(ts, j - 1)) && !WITH.has(lowerAt(ts, j - 1))) return null;
  return known ? withModifierBefore(ts, known, lex) : withModifierBefore(ts, openSubject(ts, j, lex, money), lex);
}

/**
 * The concept a noun of the tables names right before "von"/"of" and the amount ending before token
 * `to + 1` ("Den Auszahlungen von 129,6 Mrd. Euro stehen Einzahlungen … gegenüber", "spending of
 * €4bn"), else null. Such a noun says what the amount is more surely than any noun after it.
 */
export function knownNounOfAmount(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  const named = nounOfAmount(ts, to, lex, true);
  return named && !named.key.includes(":") ? named : null;
}

// "Health gets CZK 138bn", "Die Bildung erhält 4 Milliarden Euro": a part of the budget that
// receives money is spent on; only the parts of `budgetAreas` are read, so "Labour gets 412" stays a party's.
function areaReceiving(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  const verb = matchPhraseBackward(ts, to, lex.gainVerbs);
  if (!verb || ts.kind[verb.first - 1] !== TokenKind.word) return null;
  const area = lex.budgetAreas.get(lemmaKey(lowerAt(ts, verb.first - 1), lex.language));
  return area ? { key: "spending", qualifiers: [`area:${area}`], first: verb.first - 1, last: verb.first - 1 } : null;
}

// "Bildung: 1'148 Mio. Fr.", "Health: CHF812m": a table of a budget writes each line as a part, a
// colon and its money, with no verb; a part of `budgetAreas` opening the line is what is spent on.
// The line's last word before the colon is read ("Bau und Verkehr:" by "Verkehr"). A label the
// tables know names the money itself ("Einnahmen: 5,1 Mrd. Euro", "Deficit: €200m"); any other
// label of a box of such lines ("Sicherheit: 398 Mio. Fr.", "Culture: €98m") is a part spent on too.
function areaHeadingLine(ts: TokenStream, to: number, lex: CompiledLexicon): AmountSubject | null {
  if (tokenAt(ts, to) !== ":" || ts.kind[to - 1] !== TokenKind.word) return null;
  let first = to - 1;
  while (first > 0 && to - first < 4 && !isLineBreakBefore(ts, first)) first--;
  if (!isLineBreakBefore(ts, first)) return null;
  const lemma = lemmaKey(lowerAt(ts, to - 1), lex.language);
  const area = lex.budgetAreas.get(lemma);
  if (area) return { key: "spending", qualifiers: [`area:${area}`], first, last: to - 1 };
  const known = knownSubject(ts, to - 1, lex, true);
  if (known) return { ...known, first };
  if (!tableRowLabels(ts, first) || !mayNameThing(ts, to - 1, lex)) return null;
  return { key: "spending", qualifiers: [`${lex.language}:${lemma}`], first, last: to - 1 };
}

// "The forecaster puts growth at 1.3% and inflation at 2.7%", "schätzt den Schaden auf 2 Mio.
// Euro": what a speaker puts at a figure is what the figure is of.
const PUT_AT = new Set(["at", "auf"]);

const ASIDE_REACH = 12;

/** The token before an aside closed by the dash at `close` ("the deficit — the gap excluding debt costs — at"), else null. */
function asideBefore(ts: TokenStream, close: number): number | null {
  const dash = tokenAt(ts, close);
  if (!DASHES.has(dash)) return null;
  for (let k = close - 1; k > 0 && close - k <= ASIDE_REACH; k--) {
    if (tokenAt(ts, k) === dash) return k - 1;
    if (STOP.has(tokenAt(ts, k))) return null;
  }
  return null;
}

function nounPutAt(ts: TokenStream, to: number, lex: CompiledLexicon, money: boolean): AmountSubject | null {
  if (!PUT_AT.has(lowerAt(ts, to))) return null;
  // "put the primary deficit — the gap excluding debt costs — at ¥7.9tn": an aside between dashes is read past.
  const end = asideBefore(ts, to - 1) ?? to - 1;
  if (ts.kind[end] !== TokenKind.word) return null;
  // "bezifferte die Fläche dagegen auf …": German nouns are capitalized, so one lowercase word
  // between the noun and "auf" is an adverb.
  const adverb = lex.language === "de" && !isCapitalized(ts, end) && ts.kind[end - 1] === TokenKind.word && isCapitalized(ts, end - 1);
  const j = adverb ? end - 1 : end;
  const w = lowerAt(ts, j);
  if (lex.figureStandIns.has(w) || lex.countWords.has(w) || lex.linkVerbs.has(w) || lex.speechVerbs.has(w) || lex.holderNouns.has(w)) return null;
  if (isUnitWord(ts, j, lex) || !mayNameThing(ts, j, lex) || (lex.language === "de" && !isCapitalized(ts, j))) return null;
  // The noun is the verb's object: right after it, after its article ("die verbrannte Fläche", "the
  // primary deficit": a lowercase adjective between them), or joined to one before.
  const adjective = !isCapitalized(ts, j - 1) && !lex.articles.has(lowerAt(ts, j - 1)) && lex.articles.has(lowerAt(ts, j - 2));
  const before = adjective ? j - 3 : lex.articles.has(lowerAt(ts, j - 1)) ? j - 2 : j - 1;
  // A skipped adverb or adjective needs the verb itself: "Hollerbach und Demir zusammen auf 50 Prozent" names people, not a thing.
  if (!lex.speechVerbs.has(lowerAt(ts, before)) && (adverb || adjective || !lex.nounJoiners.has(lowerAt(ts, j - 1)))) return null;
  const fronted = lex.language === "de" && lex.speechVerbs.has(lowerAt(ts, before)) ? frontedObject(ts, before - 1, lex, money) : null;
  return fronted ?? knownSubject(ts, j, lex, money) ?? openSubject(ts, j, lex, money);
}

// "Der Schuldenstand liege 2032 sicher unter 17 Milliarden Euro", "debt stands in 2031 at …": a
// bare year right after the linking verb (in German, after any verb) says when, and is no figure of its own.
function isYearAfterVerb(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (!looksLikeYear(tokenAt(ts, j))) return false;
  if (lex.linkVerbs.has(lowerAt(ts, j - 1))) return true;
  // "Der Bund investiert 2025 rund 70 Milliarden Euro": German writes its verbs in lower case, so a year
  // right after a lower-case word that is no preposition, article, hedge or number word follows a verb.
  const before = j - 1;
  if (lex.language !== "de" || before < 0 || ts.kind[before] !== TokenKind.word || isCapitalized(ts, before)) return false;
  const w = lowerAt(ts, before);
  return !PREPOSITIONS.has(w) && !lex.articles.has(w) && !lex.numberWords.has(w) && !lex.functionWords.has(w) && matchPhraseBackward(ts, before, lex.hedges) === null;
}

// Articles only an object takes: the masculine accusative ("den", "einen").
const ACCUSATIVE_ARTICLES = new Set(["den", "einen"]);
const FRONTED_REACH = 8;

/**
 * "Den Schuldenstand Ende 2032 schätzen die Prüfer auf 17,2 Milliarden Euro", "Den Schaden beziffert
 * der Verband auf …": German may open the sentence with the object; an article only an object takes
 * says so, and then who stands after the verb is who estimates, not what is estimated. The fronted
 * noun ending before token `verbBefore + 1`, or null.
 */
function frontedObject(ts: TokenStream, verbBefore: number, lex: CompiledLexicon, money: boolean): AmountSubject | null {
  for (let k = verbBefore; k >= 0 && verbBefore - k <= FRONTED_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && STOP.has(tokenAt(ts, k))) return null;
    if (!ACCUSATIVE_ARTICLES.has(lowerAt(ts, k)) || !isCapitalized(ts, k)) continue;
    // The article opens the sentence (it is capitalized there) and a noun follows it.
    const noun = k + 1;
    if (noun > verbBefore || !isCapitalized(ts, noun) || ts.kind[noun] !== TokenKind.word) return null;
    return knownSubject(ts, noun, lex, money) ?? openSubject(ts, noun, lex, money);
  }
  return null;
}

// How far a prepositional phrase may run between what is measured and its linking verb.
const PHRASE_REACH = 4;

// "im Kernhaushalt", "in this year's federal budget": a preposition before the noun, its article
// and up to three modifiers. The preposition's token, or -1 when the noun at `first` is in no such phrase.
function prepositionOpening(ts: TokenStream, first: number, lex: CompiledLexicon): number {
  for (let k = first - 1; k >= 0 && first - k <= PHRASE_REACH; k--) {
    const w = lowerAt(ts, k);
    if (PREPOSITIONS.has(w)) return k;
    if (ts.kind[k] !== TokenKind.word || lex.linkVerbs.has(w) || lex.speechVerbs.has(w)) return -1;
    // "unter Einbeziehung der Auslandsstimmen": a noun in the genitive of a prepositional phrase.
    if (lex.language === "de" && isCapitalized(ts, k) && !lex.articles.has(w)) return PREPOSITIONS.has(lowerAt(ts, k - 1)) && !lex.articles.has(lowerAt(ts, k - 1)) ? k - 1 : -1;
  }
  return -1;
}

/** Whether the noun at `first` stands in a prepositional phrase (see prepositionOpening). */
export function inPrepositionalPhrase(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  return prepositionOpening(ts, first, lex) >= 0;
}

// Who spends or borrows is no part of the budget: "government borrowing", "public spending".
const PUBLIC_PURSE = new Set(["government", "public", "state", "treasury"]);

// English names the part of a budget before it ("defence budget", "health spending").
function withModifierBefore(ts: TokenStream, subject: AmountSubject, lex: CompiledLexicon): AmountSubject {
  if (lex.language !== "en") return subject;
  const j = subject.first - 1;
  const w = lowerAt(ts, j);
  if (ts.kind[j] !== TokenKind.word || lex.functionWords.has(w) || lex.articles.has(w) || lex.neutralModifiers.has(w) || PUBLIC_PURSE.has(w) || w.endsWith("'s")) return subject;
  // "will issue new bonds", "take out new loans": a noun naming a part stands after the adjectives
  // ("new defence spending"), so the word before a phrase opening with one is no part of it. Nor is
  // the subject of a phrase opening with its verb ("the city issued bonds"): a noun qualifying
  // another has neither "-s" nor "-ed".
  const opening = lowerAt(ts, subject.first);
  if (lex.neutralModifiers.has(opening) || (subject.last > subject.first && (hasThirdPersonS(opening) || ENGLISH_PAST.test(opening)))) return subject;
  // "Norway unveils budget of …", "The budget also includes savings of …": a noun qualifying another
  // is singular in English ("defence spending"), so a word in "-s" after a name or an adverb is the
  // verb whose object the noun is; after an article or a preposition it stays a modifier ("the arms budget").
  if (hasThirdPersonS(w) && isVerbPosition(ts, j, lex)) return subject;
  if (isPointingWord(w, "en") || isEnglishIrregularParticiple(w)) return subject;
  // "earmarked aid of £15m": a verb putting the money by names no part of it.
  if (lex.linkVerbs.has(w) || lex.speechVerbs.has(w) || lex.gainVerbs.byFirst.has(w) || setAsideVerbAt(ts, j, lex) || /^\d/.test(w)) return subject;
  // "while turnout abroad reached 18%", "Nationwide turnout was 64%": a conjunction or a word for
  // the whole country is no part of what is measured.
  if (lex.subordinators.has(w) || matchPhraseForward(ts, j, lex.countryWide)) return subject;
  // "Czech debt", "UK borrowing": a name before the noun says whose it is, not which part.
  if (isCapitalized(ts, j) && (!startsSentence(ts, j) || matchAdjectiveAt([w], 0, "en") !== null || resolvePlace(tokenAt(ts, j), "en") !== null)) return subject;
  // "staff costs", "debt-servicing costs": a running outlay is spent, not a cost.
  return outlayCostAsSpending({ ...subject, qualifiers: [...subject.qualifiers, areaQualifier(lemmaKey(w, "en"), "en", lex)], first: j }, lex);
}

// "Norway unveils", "the budget also includes": after a name, a noun or an adverb a word stands
// where a verb does; after an article, a determiner or a preposition it stands in a noun phrase.
function isVerbPosition(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const before = j - 1;
  if (ts.kind[before] !== TokenKind.word || startsSentence(ts, j)) return false;
  const w = lowerAt(ts, before);
  return !lex.articles.has(w) && !PREPOSITIONS.has(w) && !isPointingWord(w, "en") && !ENGLISH_POSSESSIVES.has(w) && !/^\d/.test(w);
}

// "for staying home", "by counting the investment": a noun after a gerund that follows a
// preposition is the gerund's object, in a clause of its own; it is not what the figure is of.
function isGerundObject(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en") return false;
  const gerund = lex.articles.has(lowerAt(ts, first - 1)) || ENGLISH_POSSESSIVES.has(lowerAt(ts, first - 1)) ? first - 2 : first - 1;
  const w = lowerAt(ts, gerund);
  return ts.kind[gerund] === TokenKind.word && w.length > 5 && w.endsWith("ing") && PREPOSITIONS.has(lowerAt(ts, gerund - 1));
}
