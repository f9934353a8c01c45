import { isSetAgainst } from "./set-against";
import { holderOfShareWonWith, placeOfShareWonWith } from "./share-won-with";
import { isMarginCount, marginNounBefore } from "./read-margin";
import type { QuantityValue } from "@/lib/claims/schema";
import { resolvePlace } from "@/lib/places";
import { toIso, type Ymd } from "./date-math";
import { FIGURE_BEFORE, budgetPartBefore, findAmountSubject, knownNounOfAmount, readAfterUnit, setAsideSpending, withPartOf, type AmountSubject } from "./find-amount-subject";
import { countriesNamed } from "./countries-named";
import { asOfAhead } from "./as-of-ahead";
import { placeOfClaimant } from "./authority-place";
import { findPlace, type PlaceMatch } from "./find-place";
import { findSentence } from "./find-sentence";
import { isInCredit } from "./is-in-credit";
import { isPlaceCount } from "./is-place-count";
import { isVehicleCount } from "./is-vehicle-count";
import { countedNounKey } from "./counted-noun-key";
import { OF_WORDS, isInCountWordPhrase, opensCountedPhrase } from "./count-word-phrase";
import { isAboard } from "./is-aboard";
import { isBareCount, isDrawnCrowd, readCrowdCountBefore } from "./read-crowd-count";
import { joinedConceptBefore } from "./joined-concept-before";
import { isPageFurniture } from "./is-page-furniture";
import { type CompiledLexicon, type ConceptRef, type UnitRef } from "./lexicon";
import { resolveCurrency } from "./lexicon/currency-nouns";
import { findPhraseForward, matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { isIncidentalNumber, notACount } from "./not-a-count";
import { isPayBargaining } from "./is-pay-bargaining";
import { isPlacePopulation, isSettlementSize } from "./read-population";
import { pickAttribution } from "./pick-attribution";
import { ellipticSource } from "./elliptic-source";
import { conceptOfNoun, isTotalOfPart, readCountedPhrase, type CountedHead } from "./read-counted-phrase";
import { readBallotSide, readFrontedVoteSide, readVoteSide } from "./read-ballot-side";
import { fallsBetween, fallsBy, isSavingsNoun, readCut } from "./read-cut";
import { readChangedObject } from "./read-changed-object";
import { isHeldCount, readCountChange } from "./read-count-change";
import { isEarlierLevel, opensChange, opensChangeBy } from "./read-earlier-level";
import { readNumberPhrase } from "./read-number-phrase";
import { readOrdinalSeat } from "./read-ordinal-seat";
import { isPointsBelow } from "./read-points-below";
import { isShareOfRound } from "./share-of-round";
import { isGapBetween } from "./gap-between";
import { isAcronymHolder, isBaselineYear, readHolder, readHolderAfter, rowLabelHolder } from "./read-holder";
import { holderNameEndingAt } from "./holder-name-ending-at";
import { holderAllottedAfter, holderAllottedBefore } from "./holder-allotted-after";
import { isCapitalizedOnlyByGrammar, speaksOfVote } from "./vote-context";
import { hedgeAfterUnit, readQuantity, type QuantityMatch } from "./read-quantity";
import { certaintyAt, readSentenceContext, type SentenceContext } from "./read-sentence-context";
import { isProposalNoun, readPayProposal } from "./read-pay-proposal";
import { joinedStrike } from "./joined-strike";
import { readStateAfter, readStateBefore, readVoteBefore } from "./read-state";
import { questionState } from "./question-state";
import { partPredicate } from "./part-predicate";
import { readCurrencyBefore, readUnitAfter, unitCode } from "./read-unit";
import { isBracketedMinusBefore, readShareChangeAside } from "./read-share-change-aside";
import { figureStatusOfName, readCountStatus } from "./read-figure-status";
import { nameClaimant } from "./name-claimant";
import { resolveClaimantPronoun } from "./resolve-claimant-pronoun";
import { countConcepts } from "./lexicon/concepts";
import { isRejectedFigure } from "./read-rejected-figure";
import { replacedFigureEnd } from "./read-replaced-figure";
import { readThingState } from "./read-thing-state";
import { strikeShareOf } from "./strike-share";
import { tallyFigureEnd } from "./read-tally";
import { isThresholdAfter } from "./threshold-figure";
import { holderOfCountBefore, holderOfInsertedShare, holderOfEllipticalShare, holderOfLevelAfterChange, holderInRunOfShares, isCircumstanceOfShare, isHolderNounShare, isHolderNounWithShare, isNameWinningShare } from "./share-holder";
import { readAreaAgent, isAreaUnit } from "./read-area-agent";
import { readTrailingSource } from "./read-trailing-source";
import { readNightBefore, readTrailingAsOf } from "./read-trailing-as-of";
import { dayBeforeOf, spanOfFigure } from "./read-span-of-days";
import { carriedAsOf } from "./carry-as-of";
import { namesHappeningDay, type AsOf } from "./read-as-of";
import { isDayOfAct } from "./day-of-act";
import { placeBeforeWhere } from "./place-before-where";
import { subsetLead } from "./subset-lead";
import { isTotalClause } from "./is-total-clause";
import { trailingPlaceEnd } from "./trailing-place-end";
import { isDateOfEarlierLevel, isDateOfLevelBefore, isLevelReached } from "./date-of-earlier-level";
import { datesFigure } from "./dates-figure";
import { borrowedCurrency } from "./read-borrowed-currency";
import { moneyReceiverAfter } from "./read-money-receiver";
import { amountNamedBefore } from "./amount-named-before";
import { asBudgetVolume } from "./budget-volume";
import { moneyNounModifier } from "./money-noun-modifier";
import { placeWide } from "./place-wide";
import { isPartThatDied } from "./part-that-died";
import { placeOfModifier } from "./place-of-modifier";
import { impliedShareBase } from "./implied-share-base";
import { isRivalSentence, rivalScope, rivalSubject } from "./rival-count";
import { costOfOutlay } from "./outlay-cost";
import { subjectAfterNewLevel } from "./read-fronted-change";
import { proposalOfFigure } from "./read-demanded-amount";
import { PER_CAPITA_QUALIFIER, isPerCapitaBefore, perCapitaEnd } from "./read-per-capita";
import { budgetYearAt, isBudgetYear, readBudgetYear } from "./read-budget-year";
import { reportingSource } from "./read-reported-speech";
import { carriedEstimate } from "./carried-estimate";
import { isPartOfCut, isPartQualifier, partQualifier } from "./read-part-of-cut";
import type { ClaimCandidate, ClaimScope } from "./schema";
import { LEVEL_FROM, LEVEL_TO } from "./lexicon/level-prepositions";
import { TokenKind, isCapitalized, isJoined, isLineBreakBefore, lengthAt, lowerAt, tokenAt, type TokenStream } from "./tokens";
import { SENTENCE_ENDS } from "./lexicon/punctuation";
import { ownerAtFigure } from "./owner-at-figure";
import { ownerOfReportFigure } from "./report-owner";
import { memoByForm } from "./form-memo";
import { readOnePerson } from "./read-one-person";
import { isEmployedPeople } from "./employed-people";

const WORKERS = "workers";

// Groups of people a share can be of ("Prozent der Beschäftigten"), whatever they did.
const GROUP_KEYS: ReadonlySet<string> = new Set(countConcepts.filter((c) => c.group).map((c) => c.key));

/** What a count is of: its subject key, qualifiers and the words naming it. */
export type CountSubject = { subject: string; qualifiers: string[]; counted: string | undefined; holder?: string };

// At most this many words that only carry a state ("are still listed as") between a bare figure and its state.
const FILLER_REACH = 5;

function onlyStateFillers(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  if (to - from > FILLER_REACH) return false;
  for (let k = from; k < to; k++) if (ts.kind[k] !== TokenKind.word || !lex.stateFillers.has(lowerAt(ts, k))) return false;
  return true;
}

/** `subject` with `qualifier` last among its qualifiers (`on`), or without it: "change", "previous". */
function withQualifier(subject: CountSubject, qualifier: string, on: boolean): CountSubject {
  const others = subject.qualifiers.filter((x) => x !== qualifier);
  return { ...subject, qualifiers: on ? [...others, qualifier] : others };
}

/**
 * A quantity candidate with what the next one may reuse: its subject ("8.000 von ihnen" refers back
 * to it) and its sentence's context, read once for all figures of a sentence.
 */
export type QuantityFound = {
  candidate: ClaimCandidate;
  first: number;
  last: number;
  sentence: SentenceContext;
  subject: CountSubject;
  /** For a count of places, the figure found before it: "6,500 evacuated from 23 villages, 4,200 of them" counts people. */
  outer?: QuantityFound;
  /** The days its sentence (or, `carried`, the sentence before) dates it to; absent = the publication day. */
  dated?: AsOf;
  carried?: boolean;
};

/** What extraction remembers across the figures of one article. */
export type ArticleMemory = {
  countries: string[];
  subjects: Map<string, { subject: CountSubject; n: number }>;
  /** Every country the article names, read the first time a figure needs it. */
  named?: string[];
  /** The last count (a figure without a unit) and the first token of its sentence. */
  lastCount?: { subject: CountSubject; sentence: number };
  /** The last change demanded or offered ("fordert 8 Prozent mehr Lohn"): what a bare counter-offer is of. */
  lastDemand?: CountSubject;
  /**
   * First tokens of bare figures after a verb of counting read before the article counted its crowd
   * ("Police count 38,000" in a headline): read again once the body has counted it.
   */
  bareCounts?: number[];
  /** Whether the article speaks of a vote anywhere, read the first time a share's holder needs it. */
  speaksOfVote?: boolean;
  /** The last holder credited with a share or seats: who "sie"/"she" holding a share stands for. */
  lastHolder?: string;
};

// A place before the count belongs to it only within its clause: in "Das Ministerium in Berlin
// bestritt, dass 3.000 …" Berlin is where the ministry is. Not lexicon/punctuation's CLAUSE_ENDS:
// "dass"/"that" open a clause too, and a place in brackets or after a dash still scopes the count.
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "dass", "that"]);

// Whether token j is one of CLAUSE_BREAKS. Only a token of one or four characters can be: the
// others are passed over without being lowercased, which for a word seen first here would mean
// numbering its form (clauses are scanned back to the sentence's start at every figure).
// A four-letter one must start with d or t ("dass", "that"): most are passed over on their first letter.
function isClauseBreak(ts: TokenStream, j: number): boolean {
  const length = lengthAt(ts, j);
  if (length !== 1 && length !== 4) return false;
  if (length === 4) {
    const first = ts.text.charCodeAt(ts.start[j] ?? 0) | 32;
    if (first !== 100 && first !== 116) return false;
  }
  return CLAUSE_BREAKS.has(lowerAt(ts, j));
}
// "zwei der Verletzten", "two of the injured": the part's group within the article after "der"/"of the".
const PART_REACH = 3;

// "Die Zahl der Toten stieg auf 95": how far back a figure without a noun looks for what it counts.
const LOOKBACK = 24;
// The qualifier of a count of votes that is the difference between two sides (read-margin.ts).
const MARGIN = "margin";
const SHARE_SUBJECTS = new Set(["votes", "seats"]);
// A share no table names ("the FT's share", "ihr Anteil"): whose it is says what it is.
const SHARE_OF_COUNT = new Set(["(", "oder", "or"]);
const SHARE_NOUNS = new Set(["en:share", "de:anteil", "de:stimmenanteil"]);
const ANAPHORA_REACH = 60;

function paragraphBetween(ts: TokenStream, from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++) if (isLineBreakBefore(ts, j)) return true;
  return false;
}
const PER = new Set(["pro", "per", "je", "a"]);
// Concepts that count things, never people (CountConcept.things).
const THING_COUNTS = new Set(countConcepts.filter((c) => c.things).map((c) => c.key));
// "The toll rose to 26", "Die Zahl stieg auf 95", "put the figure at 260,000": a figure without a
// noun names what it counts before it only behind one of these.
const LINKS = new Set(["auf", "bei", "von", "to", "at", "of", "from"]);
// Groups too general to tell two counts apart: "265.000 Wahlberechtigte gaben ihre Stimme ab" is the turnout.
const GENERIC_GROUPS = new Set(["people", "voters"]);
// Arrests at a protest are of its people, whatever trade the sentence names ("seven drivers were
// arrested", "11 of its members were detained"): one count, which the trade does not split. People
// named by their act keep it ("23 protesters were arrested": arrests/protesters).
const ANYONE_STATES = new Set(["arrests"]);
// "11 of its members were detained": members say whose the group is, not who they are.
const MEMBER_HEADS = new Set([countedNounKey("members", "en"), countedNounKey("Mitglieder", "de")]);

// The last token of the clause that starts at `from`: before the next clause break or number.
function clauseEnd(ts: TokenStream, from: number, last: number): number {
  for (let j = from; j <= last; j++) if (isClauseBreak(ts, j) || ts.kind[j] === TokenKind.number) return j - 1;
  return last;
}

function clauseStart(ts: TokenStream, from: number, to: number): number {
  for (let j = to; j >= from; j--) if (isClauseBreak(ts, j)) return j + 1;
  return from;
}

// The count's own stretch of the sentence ends where the next number begins, or at a comma that
// opens a clause with a figure of its own ("landesweit 57,3 Prozent, in Bremerhaven 48,6").
function nextNumber(ts: TokenStream, from: number, last: number, lex: CompiledLexicon): number {
  let comma = -1;
  for (let j = from; j <= last; j++) {
    const kind = ts.kind[j];
    // "11 people have died, according to the agency, which also counts two deaths in Catalonia": a
    // number written as a word opens the next figure too.
    if (kind === TokenKind.number || (kind === TokenKind.word && numberWordOpens(ts, j, lex) === OPENS_FIGURE)) return comma >= 0 ? comma - 1 : j - 1;
    // Compared by its character: cutting out every token up to the sentence's end cost more than the scan.
    if (comma < 0 && kind === TokenKind.punct && ts.text.charCodeAt(ts.start[j] ?? 0) === COMMA) comma = j;
  }
  return last;
}

const COMMA = 44;
// A number word that is no article ("elf", "two", not "ein", "a"), decided once per word form: the
// scan for the next figure asks it of every word to the sentence's end.
const OPENS_FIGURE = 2;
const numberWordOpens = memoByForm((w, lex) => (lex.numberWords.has(w) && !lex.articleNumbers.has(w) ? OPENS_FIGURE : 1));

const words = (ts: TokenStream, first: number, last: number) => ts.text.slice(ts.start[first], ts.end[last]);

// "In Hamburg, where the biggest march took place, police counted 18,000": a place phrase opening
// the sentence and closed by a comma scopes every figure of the sentence that names none itself.
// A semicolon opens a sentence of its own: "…in Linz and Salzburg; in Graz, police counted 6,500".
function frontedPlace(ts: TokenStream, sentenceFirst: number, before: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  let first = sentenceFirst;
  for (let j = before - 1; j > sentenceFirst; j--) {
    if (tokenAt(ts, j) === ";") {
      first = j + 1;
      break;
    }
  }
  const opening = findPlace(ts, first, Math.min(before - 1, first + 6), lex, "first", hint);
  if (!opening || opening.first !== first) return null;
  // "In Malatya alone, 412 people …": a filler may stand between the place and the comma.
  let comma = opening.last + 1;
  while (comma - opening.last <= 2 && lex.placeFillers.has(lowerAt(ts, comma))) comma++;
  return tokenAt(ts, comma) === "," ? opening : null;
}

// "In Hamburg seien 23 Personen festgenommen und acht Beamte verletzt worden", "In Hamburg zählte
// die Polizei 18.000, die Veranstalter sprachen von 45.000": a place opening the sentence that
// scoped its first figure scopes the figures after it too — unless another place is named on the
// way ("…, denn auch aus Baden-Württemberg wurden drei Tote gemeldet").
function openingPlaceShared(ts: TokenStream, sentenceFirst: number, before: number, lex: CompiledLexicon, hint: readonly string[], previous: QuantityFound | null): PlaceMatch | null {
  const shared = previous?.candidate.scope.place;
  if (!shared) return null;
  for (let j = previous.last + 1; j < before; j++) {
    if (isCapitalized(ts, j) && ts.kind[j] === TokenKind.word && resolvePlace(tokenAt(ts, j), lex.language, { countries: hint }) !== null) return null;
  }
  const opening = findPlace(ts, sentenceFirst, Math.min(before - 1, sentenceFirst + 6), lex, "first", hint);
  return opening && opening.first === sentenceFirst && opening.place.key === shared ? opening : null;
}

// "im Inland hatten 63,1 Prozent abgestimmt, im Ausland nur 26,4 Prozent", "1,5 Millionen im
// Ausland", "voters abroad": the home and the abroad part of one count are two questions (a
// qualifier), not two places; read in the figure's own clause.
function homeOrAbroad(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): "domestic" | "abroad" | null {
  return findPhraseForward(ts, from, to, lex.homeOrAbroad)?.phrase.value ?? null;
}

// "Eine Hochrechnung … sah die CDU bei 27,0 Prozent", "nach 44,7 Prozent im ersten Wahlgang": an
// election figure from a projection, or from the first of two rounds, answers another question
// than the count of the vote. A round is read in the figure's clause ("sank auf 39,1 Prozent, nach
// 44,7 Prozent im ersten Wahlgang"), a projection anywhere in its sentence.
const ELECTION_FIGURES = new Set(["votes", "seats", "turnout"]);

// "38,4 Prozent und damit unter der des ersten Wahlgangs (44,1 Prozent)", "38%, down from 44% in the
// first round": a round named after a word of comparison is the compared figure's, not this one's.
/** The last token before a word of comparison in `from`..`to`, else `to`. */
function beforeComparison(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): number {
  for (let j = from; j <= to; j++) if (lex.comparedWith.has(lowerAt(ts, j))) return j - 1;
  return to;
}

function voteStage(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): string | null {
  return findPhraseForward(ts, from, to, lex.voteStages)?.phrase.value ?? null;
}

// "landesweit" is across a country or across one of its states ("Land"): only places named before say which.
const STATE_OR_COUNTRY_WIDE = new Set(["landesweit"]);

// "bundesweit", "nationwide": the country the article's places lie in — or, before any figure has
// named a place, the one country the article names ("Bahnstreik legt Deutschland lahm"), asked
// only after every other place reading (`unplaced`), in the figure's own stretch of the sentence
// ("toll rises to 26, nearly 30 dead nationwide": the 26 is not the nation's); with two countries
// named, which is meant is open.
function countryWide(ts: TokenStream, s: { first: number; last: number }, lex: CompiledLexicon, memory: ArticleMemory, unplaced = false): PlaceMatch | null {
  if (!unplaced && !memory.countries[0]) return null;
  for (let m = findPhraseForward(ts, s.first, s.last, lex.countryWide); m; m = findPhraseForward(ts, m.first + 1, s.last, lex.countryWide)) {
    if (unplaced && !memory.countries[0] && STATE_OR_COUNTRY_WIDE.has(m.phrase.key)) continue;
    const named = memory.countries[0] ? null : (memory.named ??= countriesNamed(ts, lex));
    const country = memory.countries[0] ?? (named?.length === 1 ? named[0] : undefined);
    return country ? { place: { key: country, kind: "country", country, name: country }, first: m.first, last: m.last } : null;
  }
  return null;
}

// "155-mm-Granaten", "155mm shells", "a 10-km stretch": a measure that describes a noun is a calibre
// or a size, not an amount anyone reports.
function isAttributive(ts: TokenStream, after: number, lex: CompiledLexicon): boolean {
  if (tokenAt(ts, after) === "-" && isJoined(ts, after) && ts.kind[after + 1] === TokenKind.word) return true;
  // German hyphenates a measure that describes a noun ("155-mm-Granaten"); a noun after it is what
  // is measured ("180 Liter Regen"). English writes "155mm shells".
  if (ts.kind[after] !== TokenKind.word || lex.language === "de") return false;
  const w = lowerAt(ts, after);
  if (lex.functionWords.has(w) || lex.articles.has(w) || lex.linkVerbs.has(w) || lex.stateFillers.has(w)) return false;
  return !w.endsWith("ly") && !lex.speechVerbs.has(w) && !lex.months.has(w);
}

/**
 * What a figure without a noun after it counts, named before it in its sentence: a concept noun
 * ("Die Zahl der Toten stieg auf 95", "the death toll rose to 95"), or a count word alone ("put the
 * figure at 260,000"), which refers to what the article counts most (the caller's memory).
 */
function subjectBefore(ts: TokenStream, to: number, lex: CompiledLexicon): CountSubject | "count word" | null {
  let countWord = false;
  for (let j = to; j >= 0 && to - j < LOOKBACK; j--) {
    if (ts.kind[j] === TokenKind.number) {
      if (isIncidentalNumber(ts, j, lex)) continue;
      break;
    }
    if (ts.kind[j] === TokenKind.punct) {
      if (SENTENCE_ENDS.has(tokenAt(ts, j))) break;
      continue;
    }
    if (ts.kind[j - 1] === TokenKind.number && !isIncidentalNumber(ts, j - 1, lex)) break;
    // "die Zahl der Vermissten, die …, könnte mehr als 200 betragen": a count
    // word names its noun after it, groups and nationalities included.
    if (opensCountedPhrase(ts, j, lex)) {
      const named = readCountedPhrase(ts, lex.articles.has(lowerAt(ts, j + 2)) && lowerAt(ts, j + 1) === "of" ? j + 3 : j + 2, lex);
      // "The number of people killed by the fires": a state after the group says what it counts.
      const state = named.kind === "noun" ? (named.state ?? readStateAfter(ts, named.last + 1, lex)?.concept ?? null) : null;
      if (named.kind === "noun") return countSubject(named.head, named.qualifiers, state, words(ts, named.first, named.last), lex);
    }
    const phrase = matchPhraseBackward(ts, j, lex.conceptNounPhrases);
    const concept = phrase?.phrase.value ?? (lex.language === "de" && !isCapitalized(ts, j) ? null : conceptOfNoun(lowerAt(ts, j), lex));
    if (concept && !concept.group) {
      const at = phrase?.first ?? j;
      const joined = joinedConceptBefore(ts, at, concept, lex);
      return joined ? { subject: joined.key, qualifiers: [], counted: words(ts, at - 2, j) } : { subject: concept.key, qualifiers: [], counted: words(ts, at, j) };
    }
    // "an electorate of 481,300", "eine Belegschaft von 3.000": a group right before "of" is what the figure counts.
    if (concept && j === to - 1 && (lowerAt(ts, to) === "of" || lowerAt(ts, to) === "von")) return { subject: concept.key, qualifiers: [], counted: words(ts, phrase?.first ?? j, j) };
    if (lex.countWords.has(lowerAt(ts, j))) countWord = true;
  }
  return countWord ? "count word" : null;
}

/**
 * "Turnout" counts whoever turned out: at an election the voters, at a demonstration the
 * protesters. A bare count of it is the protesters' when its sentence names a gathering ("German
 * protests: ministry puts turnout at 40,000") or the article has counted protesters before.
 */
function attendance(subject: CountSubject, ts: TokenStream, from: number, to: number, lex: CompiledLexicon, memory: ArticleMemory): CountSubject {
  if (subject.subject !== "turnout") return subject;
  const protesters = { ...subject, subject: "protesters" };
  for (const entry of memory.subjects.values()) if (entry.subject.subject === "protesters") return protesters;
  for (let j = from; j <= to; j++) if (lex.gatherings.has(lowerAt(ts, j))) return protesters;
  return subject;
}

/** The subject an article counts most so far: what "the figure" or "their estimate" refers to. */
function dominantSubject(memory: ArticleMemory): CountSubject | null {
  let best: { subject: CountSubject; n: number } | null = null;
  for (const entry of memory.subjects.values()) if (!best || entry.n > best.n) best = entry;
  return best?.subject ?? null;
}

/** Whether the article has counted `subject` before, under any qualifiers. */
function countedBefore(memory: ArticleMemory, subject: string): boolean {
  for (const entry of memory.subjects.values()) if (entry.subject.subject === subject) return true;
  return false;
}

function remember(memory: ArticleMemory, subject: CountSubject): void {
  const key = `${subject.subject}/${subject.qualifiers.join("+")}`;
  const entry = memory.subjects.get(key);
  if (entry) entry.n++;
  else memory.subjects.set(key, { subject, n: 1 });
}

// A time phrase ("bis Montagmittag", "am Abend") opens between tokens `from` and `to`.
function isTimeBetween(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  for (let k = from; k < to; k++) if (matchPhraseForward(ts, k, lex.asOfMarkers, to - 1)) return true;
  return false;
}

// "um insgesamt 87 Millionen Euro", "by a total of": a change marker may stand behind a filler.
// "Damit verliert die ÖVP (gegenüber 2029) 3,4 Prozentpunkte": German puts the verb before its
// subject after a fronted word; the marker then stands behind the holder and a baseline year.
function markerBehindFiller(ts: TokenStream, j: number, lex: CompiledLexicon) {
  if (lowerAt(ts, j) === "insgesamt") return matchPhraseBackward(ts, j - 1, lex.changeMarkers);
  if (lex.language !== "de") return null;
  const year = isBaselineYear(ts, j);
  let k = year ? j - 2 : j;
  const direct = year ? matchPhraseBackward(ts, k, lex.changeMarkers) : null;
  if (direct) return direct;
  const holder = holderNameEndingAt(ts, k, lex, true);
  if (!holder) return null;
  k = lex.articles.has(lowerAt(ts, holder.first - 1)) ? holder.first - 2 : holder.first - 1;
  const marker = matchPhraseBackward(ts, k, lex.changeMarkers);
  return marker && marker.first > 0 && ts.kind[marker.first - 1] === TokenKind.word ? marker : null;
}

/** The subject with its holder ("SPD", a referendum's "yes") replaced. */
function withHolder(subject: CountSubject, holder: string): CountSubject {
  const qualifiers = [...subject.qualifiers.filter((q) => !q.startsWith("holder:")), `holder:${holder.toLowerCase()}`];
  return { ...subject, qualifiers, holder };
}

/** The subject of a count from its head noun and the state said of it. */
function countSubject(head: CountedHead, qualifiers: string[], state: ConceptRef | null, counted: string, lex: CompiledLexicon): CountSubject {
  const concept = head.concept;
  // "Menschen aus elf Dörfern mussten ihre Häuser verlassen", "protesters from 20 countries": places
  // are counted as places; what befell their people, or what people did there, is not said of them.
  if (!concept && isPlaceCount(head.key, lex)) return { subject: head.key, qualifiers, counted };
  // "more than 4,000 taxis had joined": vehicles are counted as vehicles, whatever their drivers did.
  if (!concept && isVehicleCount(head.key)) return { subject: head.key, qualifiers, counted };
  // "89 Abgeordnete stimmten dafür": members who vote for a bill are its votes, not seats won.
  if (concept?.key === "seats" && state?.key === "votes") return { subject: "votes", qualifiers, counted };
  // "Police arrested 23 protesters", "23 Demonstranten wurden verletzt": what befell people named by
  // their act is the count, as for any group ("Soldaten getötet"); the act is its qualifier.
  const befell = concept?.doers && state?.befalls;
  if (concept && !concept.group && !befell) return { subject: concept.key, qualifiers, counted };
  if (state && state.key !== concept?.key) {
    // "Soldaten getötet": the killed, among troops. People in general are no qualifier.
    // Nor is a group the state is always said of ("Beschäftigte legten die Arbeit nieder": strikers).
    // Nor who turned out: "6,000 drivers had joined" and "6.500 Teilnehmer" answer one question, how many took part.
    const group = state.doers ? [] : concept ? (GENERIC_GROUPS.has(concept.key) || concept.key === state.key || state.ofGroups?.includes(concept.key) ? [] : [concept.key]) : MEMBER_HEADS.has(head.key) || ANYONE_STATES.has(state.key) ? [] : [head.key];
    // A head dropped for its state takes its compound's front with it ("neun Radfahrer festgenommen": arrests).
    const own = !concept && !group.length && head.prefix ? qualifiers.filter((q) => q !== head.prefix) : qualifiers;
    return { subject: state.key, qualifiers: [...own, ...group], counted };
  }
  return { subject: head.key, qualifiers, counted };
}

// "ein Minus von 3,1 Prozentpunkten", "down 2.5 points": a fall is a negative change.
function negate(v: QuantityValue): QuantityValue {
  return { ...v, min: flipBound(v.max), max: flipBound(v.min), minInclusive: v.maxInclusive, maxInclusive: v.minInclusive };
}

// At module level rather than a closure in `negate`: tsx's keepNames renames a closure at every call.
function flipBound(x: number | null): number | null {
  return x === null ? null : x === 0 ? 0 : -x;
}

// "um 9,8 Milliarden auf 82,4 Milliarden Euro", "by 2 to 52 billion euros": a change written
// before the level names its unit once, after the level. Only for figures with a multiplier, so
// "von 300 auf 500 Teilnehmer" stays a count.
const UNIT_SHARERS = new Set(["auf", "to", "von", "from"]);

// "von 27,9 auf 27,6 Prozent", "from 21.4 to 23.1%": a share's earlier level shares the unit of the
// new one too; a count's ("von 300 auf 500") has none to share.
const FROM = new Set([...LEVEL_FROM.de, ...LEVEL_FROM.en]);
const TO = new Set([...LEVEL_TO.de, ...LEVEL_TO.en]);

function unitOfNextAmount(ts: TokenStream, q: QuantityMatch, lex: CompiledLexicon): ReturnType<typeof readUnitAfter> {
  if (!UNIT_SHARERS.has(lowerAt(ts, q.last + 1))) return null;
  const earlierShare = q.scale < 1e6 && FROM.has(lowerAt(ts, q.first - 1)) && TO.has(lowerAt(ts, q.last + 1));
  if (q.scale < 1e6 && !earlierShare) return null;
  const next = readQuantity(ts, q.last + 2, lex);
  const unit = next ? readUnitAfter(ts, next.last + 1, lex) : null;
  if (!unit || (q.scale < 1e6 && unit.unit.kind !== "percent")) return null;
  return { unit: unit.unit, first: q.last, last: q.last };
}

// "Der Etat hat ein Volumen von 536,8 Milliarden Euro und wächst damit um 3,2 Prozent": a figure
// that names nothing itself is about what the sentence's figure before it is about.
// "raised its offer to 6.2%, after a strike that the company said cost it €210m": an amount in
// another unit, in a clause of its own after a proposal, is not what was proposed (nor is "it" the
// offer). German articles double as relative pronouns, so they open no clause here.
function isBehindProposal(previous: QuantityFound | null, at: number, unit: string, ts: TokenStream, lex: CompiledLexicon): boolean {
  if (!previous || previous.candidate.value.kind !== "quantity" || previous.candidate.value.unit === unit) return false;
  if (!previous.subject.qualifiers.some((q) => q === "offer" || q === "demand")) return false;
  for (let j = previous.last + 1; j < at; j++) {
    const w = lowerAt(ts, j);
    if (lex.subordinators.has(w) && !lex.articles.has(w)) return true;
  }
  return false;
}

const SPENDING = "spending";
// Quantities of a budget a share of its spending can be of ("investment at 7.6% of spending").
const WHOLE_BUDGET = new Set([SPENDING, "budget"]);

/**
 * "The auditors put investment at 7.6% of spending", "Investment rises to €1.45bn, or 8.1% of
 * spending": a share of all spending, with another of the budget's quantities named right before
 * it (a known subject, or the figure it restates after "or"), is a share of that quantity; spending
 * is only what it is measured against. Null when nothing else is named, so "12% of spending" stays
 * spending's.
 */
function topicOfSpendingShare(ts: TokenStream, first: number, previous: QuantityFound | null, lex: CompiledLexicon): AmountSubject | null {
  const named = findAmountSubject(ts, first - 1, lex, false);
  const known = (key: string) => !key.includes(":") && !WHOLE_BUDGET.has(key);
  if (named !== null && named !== FIGURE_BEFORE) return known(named.key) && named.qualifiers.length === 0 ? named : null;
  // "€1.45bn, or 8.1% of spending": the share restates the sum just before it.
  const restated = lowerAt(ts, first - 1) === "or" || lowerAt(ts, first - 1) === "oder";
  const sumEnd = tokenAt(ts, first - 2) === "," ? first - 3 : first - 2;
  if (!previous || !restated || previous.last !== sumEnd) return null;
  const key = previous.subject.subject;
  return known(key) && previous.subject.qualifiers.length === 0 ? { key, qualifiers: [], first: previous.first, last: previous.first } : null;
}

function inherited(previous: QuantityFound | null, at: number, unit: string): AmountSubject | null {
  if (!previous || at < previous.sentence.first || at > previous.sentence.last) return null;
  // A count names no amount's subject: "28 Sitze, die CDU auf 25,9 Prozent" is no share of seats, but
  // "ein Volumen von 536,8 Milliarden Euro und wächst um 3,2 Prozent" is the budget's growth.
  if (previous.candidate.value.kind !== "quantity" || (!previous.candidate.value.unit && unit)) return null;
  // "raised its offer to 6.2% … a strike that cost it €210m": a proposal names what it proposes, not the sum after it.
  return { key: previous.subject.subject, qualifiers: previous.subject.qualifiers, first: previous.first, last: previous.first };
}

function moneyBefore(previous: QuantityFound | null, at: number): UnitRef | undefined {
  if (!previous || at < previous.sentence.first || at > previous.sentence.last) return undefined;
  const unit = unitOf(previous.candidate);
  return unit?.kind === "currency" ? unit : undefined;
}

// The currency of the last figure when it is money of this sentence or the one right before it.
function moneyNearby(previous: QuantityFound | null, sentenceFirst: number): UnitRef | undefined {
  if (!previous || (previous.sentence.first !== sentenceFirst && sentenceFirst - previous.sentence.last > 2)) return undefined;
  const unit = unitOf(previous.candidate);
  return unit?.kind === "currency" ? unit : undefined;
}

function unitOf(c: ClaimCandidate): UnitRef | undefined {
  if (c.value.kind !== "quantity" || !c.value.unit) return undefined;
  const code = c.value.unit;
  if (code === "%") return { kind: "percent" };
  return /^[A-Z]{3}$/.test(code) ? { kind: "currency", code } : undefined;
}

// The figure a pronoun or "the figure" stands for: the last one before it, unless a paragraph lies between.
function recentFigure(ts: TokenStream, previous: QuantityFound | null, at: number, unit: string): AmountSubject | null {
  if (!previous || at - previous.last >= ANAPHORA_REACH || paragraphBetween(ts, previous.last, at)) return null;
  if (previous.candidate.value.kind !== "quantity" || (!previous.candidate.value.unit && unit)) return null;
  return { key: previous.subject.subject, qualifiers: previous.subject.qualifiers, first: previous.first, last: previous.first };
}


// The qualifiers with `year` as their only budget year (none when null). Pushed one by one, not
// spread from `filter` and a literal: arrays of two kinds reached the spread, and a kind first seen
// late threw the optimized extractQuantity, the costliest function to compile, back to the interpreter.
function withBudgetYear(qualifiers: readonly string[], year: string | null): string[] {
  const out: string[] = [];
  for (const q of qualifiers) if (!isBudgetYear(q)) out.push(q);
  if (year) out.push(year);
  return out;
}

const PERCENT: UnitRef = { kind: "percent" };

/** What the amount at `q` counts or measures, with the tokens the claim's quote covers. */
function readSubject(
  ts: TokenStream,
  q: QuantityMatch,
  lex: CompiledLexicon,
  previous: QuantityFound | null,
  sentenceFirst: number,
  memory: ArticleMemory,
): { subject: CountSubject; first: number; last: number; unit?: UnitRef; falls?: boolean } | null {
  // The currency may come first ("€4.2bn"), after a hedge ("more than €170bn").
  const before = readCurrencyBefore(ts, q.numberFirst, lex) ?? readCurrencyBefore(ts, q.first, lex);
  // "two in five voters", "die Hälfte der Stimmen": a share in words is a percentage, its noun read after it.
  const inWords = q.percentInWords ? { unit: PERCENT, first: q.percentInWords.nounAfter, last: q.percentInWords.nounAfter } : null;
  const after = before ? null : (inWords ?? readUnitAfter(ts, q.last + 1, lex) ?? unitOfNextAmount(ts, q, lex));
  if (!before && matchPhraseForward(ts, q.last + 1, lex.timeUnits)) return null;
  // "…40 Milliarden Euro. Das Land macht 1,1 Milliarden neue Schulden": a sum without a currency takes the one just named.
  const borrowed = before || after ? undefined : borrowedCurrency(ts, q.last, q.scale, moneyNearby(previous, sentenceFirst), lex);
  let unit = before?.unit ?? after?.unit ?? borrowed;
  const first = Math.min(before?.first ?? q.first, q.first);
  if (unit) {
    // "12 million more for roads": a borrowed currency's sum may be closed by a comparative before its purpose.
    const closing = borrowed ? lex.comparatives.get(lowerAt(ts, q.last + 1)) : undefined;
    const end = closing ? q.last + 1 : (after?.last ?? q.last);
    if (unit.kind === "measure" && isAttributive(ts, end + 1, lex)) return null;
    const money = unit.kind === "currency";
    if (unit.kind === "percent" && isThresholdAfter(ts, end + 1, lex)) return null;
    // "1.250 Euro pro Einwohner", "€1,250 per head": an amount per person, read past to what follows it.
    const perCapita = unit.kind === "measure" ? -1 : perCapitaEnd(ts, end + 1, lex);
    // "Zusätzliche 60 Millionen Euro gehen an die Kitas", "€60m goes to schools": money sent to a
    // receiver is spent on it (the verb is no noun the money is of).
    const sent = money ? moneyReceiverAfter(ts, end + 1, lex) : null;
    // "£4.1bn for fiscal 2031/32", "310 Mio. Euro für 2031": a budget year after money names no purpose.
    const ofNoun = money && !sent ? knownNounOfAmount(ts, first - 1, lex) : null;
    // "€80,000 for every person in the country": after an amount per person, "in" says where the people live, not what the money is for.
    const perCapitaPlace = perCapita >= 0 && lex.placePrepositions.has(lowerAt(ts, perCapita + 1));
    const afterUnit = sent || ofNoun || perCapitaPlace || (money && budgetYearAt(ts, end + 1, lex)) ? null : readAfterUnit(ts, (perCapita >= 0 ? perCapita : end) + 1, lex, money, unit.kind === "percent");
    const topic = unit.kind === "percent" && afterUnit?.subject?.key === SPENDING && OF_WORDS.has(lowerAt(ts, end + 1)) ? topicOfSpendingShare(ts, first, previous, lex) : null;
    const following = topic && afterUnit ? { ...afterUnit, subject: topic, base: SPENDING } : afterUnit;
    // "15,110 votes (38.7%)", "1.063.000 Stimmen oder 17,9 Prozent": a share in parentheses or after
    // "or" right after a count is that count's share.
    // "12,969 votes, or 4.9%": a comma may stand before the "or".
    const countEnd = tokenAt(ts, first - 2) === "," && lowerAt(ts, first - 1) !== "(" ? first - 3 : first - 2;
    const shareOfCount = unit.kind === "percent" && SHARE_OF_COUNT.has(lowerAt(ts, first - 1)) && previous !== null && previous.last === countEnd && previous.candidate.value.kind === "quantity" && !previous.candidate.value.unit;
    if (shareOfCount && !following?.subject) {
      return { subject: previous.subject, first, last: after?.last ?? q.last, unit, falls: false };
    }
    const named = following?.subject || sent ? null : findAmountSubject(ts, first - 1, lex, money);
    // "im Kernhaushalt betrage sie 89,3 Mrd. Euro", "the real figure was €96bn": the figure just
    // named, in this sentence or the one before.
    const behindProposal = isBehindProposal(previous, q.first, unitCode(unit), ts, lex);
    const recent = named === FIGURE_BEFORE && !behindProposal ? recentFigure(ts, previous, q.first, unitCode(unit)) : null;
    const carried = recent ? withPartOf(recent, budgetPartBefore(ts, first - 1, lex)) : named === FIGURE_BEFORE || behindProposal ? null : inherited(previous, q.first, unitCode(unit));
    let subject = following?.subject ?? (named === FIGURE_BEFORE ? null : named) ?? sent ?? carried ?? (money && named !== FIGURE_BEFORE ? setAsideSpending(ts, first - 1, lex) : null);
    // "Labour: 26.1%", "People's Party: 10.8%": a results row's label naming a group of people is the party holding the share.
    const rowParty = (unit.kind === "percent" || unit.kind === "points") && !following?.subject && subject !== null && subject === named && GROUP_KEYS.has(subject.key) ? rowLabelHolder(ts, first, lex) : null;
    if (rowParty) subject = null;
    // "Zwischen den Grünen und der SPD lagen 2 Prozent": a share between two sides is the gap between their votes, neither side's.
    const gap = (unit.kind === "percent" || unit.kind === "points") && !following?.subject && isGapBetween(ts, first, sentenceFirst, lex);
    if (gap) subject = { key: "votes", qualifiers: [MARGIN], first, last: first };
    if (money && subject) subject = moneyNounModifier(ts, subject, lex) ?? asBudgetVolume(subject, lex);
    if (money && subject) {
      const costNoun = subject.last;
      subject = costOfOutlay(subject, (offset) => lowerAt(ts, costNoun + offset), lex);
    }
    // "41,2 Prozent der Wahlberechtigten": a share of the electorate is the turnout.
    if (subject?.key === "voters" && unit.kind === "percent") subject = { ...subject, key: "turnout" };
    // "streikten 38 Prozent der Lehrkräfte", "60% of teachers were on strike": a share of a group said
    // to have struck or marched is the share of those who did.
    // "rund 80 Prozent der Beschäftigten … legten die Arbeit nieder": a named group ("workers") too.
    if (unit.kind === "percent" && following?.subject && (following.subject.key.includes(":") || (subject !== null && GROUP_KEYS.has(subject.key)))) {
      const did = readStateAfter(ts, following.last + 1, lex) ?? readStateBefore(ts, first - 1, lex);
      if (did?.concept.doers) subject = { ...following.subject, key: did.concept.key, qualifiers: [] };
    }
    if (unit.kind === "percent" && subject) subject = strikeShareOf(subject, lex.language) ?? subject;
    // "to cut nitrogen emissions by 40%", "den Ausstoß um 40 Prozent senken": the verb's object changes.
    const changedObject = unit.kind === "percent" && !following?.subject ? readChangedObject(ts, first, end, lex) : null;
    if (changedObject) subject = { key: changedObject.key, qualifiers: [], first: changedObject.first, last: changedObject.last };
    const marker = matchPhraseBackward(ts, first - 1, lex.changeMarkers) ?? markerBehindFiller(ts, first - 1, lex);
    const bracketedMinus = marker === null && isBracketedMinusBefore(ts, first);
    // "auf 255 Milliarden Kronen, 15 Milliarden mehr als im September", "£9bn more than last year":
    // an amount closed by a comparative is a change.
    const comparative = following?.rises ?? closing ?? readComparative(ts, (following ? following.last : Math.max(end, perCapita)) + 1, lex);
    // "cuts €1.5bn", "1,5 Milliarden Euro einsparen", "savings of €900m": money cut is a fall in
    // spending, unless the sentence names what shrinks ("the culture budget").
    const cut = money ? readCut(ts, first, end, lex) : null;
    const saved = money && subject !== null && subject !== carried && isSavingsNoun(subject.key, ts, subject.last, lex, subject.qualifiers);
    // "ein Sparpaket über 6,4 Mrd. Euro, davon 2,1 Mrd. Euro bei Förderungen", "of which €2.1bn comes
    // from subsidies": a part of money cut is cut too, of the same thing (a verb after it names nothing).
    const partOfCut = money && carried !== null && previous !== null && isPartOfCut(ts, first, end, previous.candidate, previous.subject.qualifiers, lex);
    if (partOfCut && subject !== carried && (!subject || subject.key.includes(":"))) subject = carried;
    if (cut && (!subject || subject === carried)) subject = { key: "spending", qualifiers: [], first: cut.first, last: cut.last };
    // "savings" (an open lemma) are a fall in spending; a compound of less keeps its tail's concept ("Mindereinnahmen": revenue).
    else if (saved && subject!.key.includes(":")) subject = { ...subject!, key: "spending" };
    // "Die Arbeitgeber bieten 5,5 Prozent", "Employers have offered 3%": a bare amount demanded or
    // offered is a change of what the article's last demand was of.
    // "raised its pay offer to 6.2%", "which is demanding 8%": with no demand before, a percentage
    // proposed in a sentence about pay is a change of pay (see readPayProposal).
    const open = !subject || isProposalNoun(subject.key);
    const demand = open && unit.kind !== "measure" && memory.lastDemand && proposalOfFigure(ts, first, end, lex) ? memory.lastDemand : null;
    const payRise = open && !demand && unit.kind === "percent" ? readPayProposal(ts, first, end, sentenceFirst, lex) : null;
    if (demand) subject = { key: demand.subject, qualifiers: demand.qualifiers, first, last: end };
    else if (payRise) subject = { key: payRise, qualifiers: [], first, last: end };
    // "Der Bund der Steuerzahler rechnet dagegen mit 1,3 Mrd. Euro": a sum naming nothing is of what the sentence before is about.
    if (!subject && money && !following && !sent && marker === null && comparative === null) {
      const before = previous?.candidate.value.kind === "quantity" ? { last: previous.last, subject: previous.subject, unit: previous.candidate.value.unit ?? undefined } : null;
      subject = amountNamedBefore(ts, first, sentenceFirst, named === FIGURE_BEFORE, before, unitCode(unit), lex);
    }
    const change = unit.kind === "points" || marker !== null || bracketedMinus || comparative !== null || cut !== null || saved || demand !== null || payRise !== null || partOfCut;
    const below = unit.kind === "points" && marker === null && isPointsBelow(ts, (following ? following.last : end) + 1, lex);
    const falls = changedObject ? changedObject.falls : below || bracketedMinus || cut !== null || saved || partOfCut || marker?.phrase.value === "down" || (marker?.phrase.value === "either" && fallsBy(ts, marker.first, end, lex)) || (marker === null && comparative === "down");
    // "stimmten 54,3 Prozent mit Ja": a share of one side of a vote is that side's vote share.
    const side = !following?.subject && unit.kind === "percent" ? readBallotSide(ts, end + 1, lex) : null;
    if (side) subject = { key: "votes", qualifiers: [], first, last: first };
    // The name is checked as written: "The Free Voters won 5.3%" was read as a share of voters (turnout) above.
    const asWritten = subject !== null && named !== null && named !== FIGURE_BEFORE && subject.first === named.first && subject.last === named.last;
    if (asWritten && unit.kind === "percent" && isNameWinningShare(ts, named, first, lex)) subject = null;
    const previousShare = previous?.candidate.value.kind === "quantity" && previous.candidate.value.unit === "%" && previous.subject.subject === "votes" && previous.subject.holder ? { last: previous.last, holder: previous.subject.holder } : null;
    // Only where a noun was read as what the share is of: a share with none finds its holder as before.
    // A noun no table knows read as what the share is of, or the share before's subject carried on.
    const openNamed = asWritten && subject !== null && subject.key.includes(":");
    const runCandidate = unit.kind === "percent" && !following?.subject && (openNamed || (subject !== null && subject === carried)) ? holderInRunOfShares(ts, first, previousShare, lex) : null;
    const runHolder = runCandidate && (!openNamed || runCandidate.last === subject!.last) ? runCandidate : null;
    // A share carried from the run's share before keeps what it is of, with its own holder.
    if (runHolder && subject !== carried) subject = null;
    // "Feldhofer won his home state with 55.1%": what was won is no subject of the share; who won it holds it.
    const previousHolder = previous?.subject.subject === "votes" ? previous.subject.holder : undefined;
    const wonWith = unit.kind === "percent" && !following?.subject ? holderOfShareWonWith(ts, first, sentenceFirst, previousHolder, lex) : null;
    if (wonWith) subject = null;
    const shareNoun = subject !== null && SHARE_NOUNS.has(subject.key);
    const circumstance = subject !== null && subject === named && unit.kind === "percent" && isCircumstanceOfShare(ts, subject, lex);
    const figureBefore = unit.kind === "percent" && previous !== null && previous.sentence.first === sentenceFirst ? previous : null;
    const countHolder = figureBefore && !subject ? holderOfCountBefore(ts, figureBefore.last, figureBefore.subject.holder, first) : null;
    // The level a change ends at is read as the change's subject already ("um 1,4 Punkte auf 20,1 Prozent").
    // "The CDU took 16.0%, down 3.1 points", "29,1 Prozent, ein Minus von 2,4 Punkten": a change set
    // after the share by a comma is the same holder's.
    const shareBefore = previous !== null && previous.sentence.first === sentenceFirst && previous.subject.subject === "votes" ? previous : null;
    const asideChange = shareBefore?.subject.holder && marker !== null && (!subject || subject.key === "votes") && tokenAt(ts, marker.first - 1) === "," && shareBefore.last === marker.first - 2 ? { name: shareBefore.subject.holder, first: marker.first, last: marker.first } : null;
    const levelHolder = (figureBefore && (!subject || subject.key === "votes") ? holderOfLevelAfterChange(ts, figureBefore.last, figureBefore.subject.holder, figureBefore.subject.qualifiers.includes("change"), first) : null) ?? asideChange;
    const inserted = !subject && !countHolder && unit.kind === "percent" ? holderOfInsertedShare(ts, first, end, (from) => readHolder(ts, from, lex)) : null;
    const read = !gap && !side && !wonWith && !runHolder && !countHolder && !levelHolder && !inserted && (!subject || shareNoun || circumstance || SHARE_SUBJECTS.has(subject.key)) && unit.kind !== "measure" ? (holderAllottedAfter(ts, first, end + 1, lex) ?? holderAllottedBefore(ts, first, lex) ?? readHolder(ts, first, lex, memory.lastHolder)) : null;
    // "Rents rise by 7% this year", "Mieten legten um 7 Prozent zu": outside an article about a vote,
    // a noun capitalized only by grammar holds no share; it is what changes.
    const grammarOnly = read !== null && isCapitalizedOnlyByGrammar(ts, read, sentenceFirst, first, lex) && !(memory.speaksOfVote ??= speaksOfVote(ts, lex));
    const heldBy = side ? { name: side, first: end + 1, last: end + 1 } : (wonWith ?? runHolder ?? countHolder ?? levelHolder ?? inserted ?? rowParty ?? (grammarOnly ? null : read));
    if (grammarOnly && !subject && (unit.kind === "percent" || unit.kind === "points")) subject = { key: countedNounKey(lowerAt(ts, read.first), lex.language), qualifiers: [], first: read.first, last: read.last };
    // German capitalizes every noun: only an acronym there is surely a party ("die Inflation" is none).
    const partyHolder = heldBy !== null && (lex.language === "en" || isAcronymHolder(ts, heldBy));
    const sameUnitBefore = figureBefore !== null && figureBefore.candidate.value.kind === "quantity" && figureBefore.candidate.value.unit === unitCode(unit);
    const ownHolder = circumstance && !partyHolder ? null : heldBy;
    const elliptical = sameUnitBefore && !ownHolder && (!subject || circumstance || subject.key === figureBefore.subject.subject) ? holderOfEllipticalShare(ts, figureBefore.last, figureBefore.subject.holder, first, lex) : null;
    const holder = gap ? null : (ownHolder ?? elliptical);
    if (circumstance && (partyHolder || elliptical !== null || isHolderNounShare(ts, first, lex)) && !isPayBargaining(ts, sentenceFirst, end, lex)) subject = { key: "votes", qualifiers: [], first, last: first };
    // "The FT's share fell to 28.1%", "Its final share was 33.2%": a party's share is its vote share.
    if (shareNoun && holder && unit.kind === "percent") subject = { ...subject!, key: "votes" };
    // "Die FDP muss mit 4,8 Prozent bangen": a party's share with nothing else named is its vote share.
    const share = !subject && holder && (unit.kind === "percent" || unit.kind === "points") && !isPayBargaining(ts, sentenceFirst, end, lex);
    if (share) subject = { key: "votes", qualifiers: [], first, last: first };
    else if (!subject && unit.kind === "percent" && (isHolderNounShare(ts, first, lex) || isHolderNounWithShare(ts, first, sentenceFirst, lex) || isShareOfRound(ts, sentenceFirst, first, lex)) && !isPayBargaining(ts, sentenceFirst, end, lex)) subject = { key: "votes", qualifiers: [], first, last: first };
    // "Das Feuer hat 38.000 Hektar erfasst", "57.000 Hektar verbrannt": an area is of what covered it, else an area.
    if (!subject && unit.kind === "measure" && isAreaUnit(unit.code)) subject = readAreaAgent(ts, first - 1, sentenceFirst, end, lex);
    // "Um 3 Prozent auf 12,4 Milliarden Euro steigen die Ausgaben": a change fronted before its new level.
    if (!subject && marker !== null) subject = subjectAfterNewLevel(ts, end, lex);
    // "Die Zahl der Besucher lag bei 12.000, ein Minus von 8 Prozent": a percentage a word of change
    // introduces, with nothing named of its own, changes the count just before it in its sentence
    // ("Plus" and "Minus" are no party holding it).
    const countBefore = previous !== null && previous.sentence.first === sentenceFirst && previous.candidate.value.kind === "quantity" && !previous.candidate.value.unit;
    if (!subject && marker !== null && unit.kind === "percent" && countBefore) subject = { key: previous.subject.subject, qualifiers: previous.subject.qualifiers, first, last: first };
    if (!subject) return null;
    const qualifiers = [
      ...subject.qualifiers.filter((q) => q !== "change" && !q.startsWith("holder:") && !isPartQualifier(q)),
      ...(following?.base ? [`of:${following.base}`] : subject.qualifiers.some((q) => q.startsWith("of:")) ? [] : impliedBase(subject.key, unit.kind === "percent", change)),
      ...(holder ? [`holder:${holder.name.toLowerCase()}`] : []),
      ...(change ? ["change"] : []),
      ...(perCapita >= 0 ? [PER_CAPITA_QUALIFIER] : []),
      ...(partOfCut ? [partQualifier(ts, end, ts.count - 1)] : []),
    ];
    const counted = subject === carried ? previous?.subject.counted : share ? undefined : words(ts, subject.first, subject.last);
    // "180 Liter Regen pro Quadratmeter", "50 mm per hour": a rate of two units.
    const tail = following ? following.last : Math.max(end, perCapita);
    const per = unit.kind === "measure" && PER.has(lowerAt(ts, tail + 1)) ? readUnitAfter(ts, tail + 2, lex) : null;
    if (per?.unit.kind === "measure" && unit.kind === "measure") unit = { kind: "measure", code: `${unit.code}/${per.unit.code}` };
    return {
      subject: { subject: subject.key, qualifiers, counted, ...(holder ? { holder: holder.name } : {}) },
      first,
      last: per ? per.last : tail,
      unit,
      falls,
    };
  }
  const share = previous?.candidate.value.kind === "quantity" && previous.candidate.value.unit === "%" ? previous : null;
  const aside = share ? readShareChangeAside(ts, q, share.last, lex) : null;
  if (share && aside) return { subject: withQualifier(share.subject, "change", true), first: aside.first, last: q.last, unit: { kind: "points" }, falls: aside.falls };
  // "19 seats (+4)", "12 Sitze (-1)": a count's change stands in the same aside, in the count's own terms.
  const count = !share && previous?.candidate.value.kind === "quantity" && !previous.candidate.value.unit ? previous : null;
  const countAside = count ? readShareChangeAside(ts, q, count.last, lex) : null;
  if (count && countAside) return { subject: withQualifier(count.subject, "change", true), first: countAside.first, last: q.last, falls: countAside.falls };
  const comparative = readComparative(ts, q.last + 1, lex);
  if (comparative) {
    // "auf 255 Milliarden Kronen, 15 Milliarden mehr als geplant": a sum written with a multiplier
    // alone, compared after an amount of money in its sentence, is a change of that amount, in its unit.
    const money = q.scale >= 1e6 ? moneyBefore(previous, q.first) : undefined;
    const base = money ? previous!.subject : inheritedCount(previous, q.first, ts.text);
    if (!base) return null;
    return { subject: withQualifier(base, "change", true), first, last: q.last + 1, falls: comparative === "down", ...(money ? { unit: money } : {}) };
  }
  // "erhalten elf statt zehn Sitze": the noun after the replaced figure counts this one too.
  // "stieg von 300 auf 500 Teilnehmer", "rose from 40,000 to 42,000 protesters": so does the noun after the new level.
  const replacedOrTally = replacedFigureEnd(ts, q.last + 1, lex);
  // "mit 1.409 zu 1.407 Stimmen": the other side of a tally counts the same noun, written once after it.
  const exact = q.value.min !== null && q.value.min === q.value.max ? q.value.min : null;
  const replaced = replacedOrTally >= 0 || exact === null ? replacedOrTally : tallyFigureEnd(ts, q.last + 1, exact, lex);
  const newLevel = replaced < 0 && opensChange(ts, q.first - 1, q.last + 1, lex) ? (readNumberPhrase(ts, q.last + 2, lex)?.last ?? -1) : -1;
  const skipped = replaced >= 0 ? replaced : newLevel;
  const phrase = readCountedPhrase(ts, skipped >= 0 ? skipped + 1 : q.last + 1, lex);
  if (phrase.kind === "anaphora") {
    // "8.000 von ihnen": of the figure just before, in this sentence or the one before it — passing
    // over a count of places, whose "of them" are the people counted before it.
    const referent = previous?.outer && isPlaceCount(previous.subject.subject, lex) ? previous.outer : previous;
    const near = referent && q.first - referent.last < ANAPHORA_REACH && !paragraphBetween(ts, referent.last, q.first);
    if (!near) return null;
    // "300 Millionen Pfund …, 120 Millionen davon für Leeds": a part written with a multiplier is in
    // the unit of the amount it is part of.
    const unit = q.scale > 1 ? unitOf(referent.candidate) : undefined;
    // "zwölf wurden verletzt, zwei von ihnen starben später": dead among the injured.
    const later = readStateAfter(ts, phrase.last + 1, lex);
    if (later && !referent.subject.qualifiers.length && isPartThatDied(ts, q.last + 1, referent.subject.subject, later.concept.key)) {
      return { subject: { ...referent.subject, subject: later.concept.key, qualifiers: [referent.subject.subject] }, first, last: phrase.last };
    }
    return { subject: referent.subject, first, last: phrase.last, ...(unit ? { unit } : {}) };
  }
  if (phrase.kind === "noun") {
    let last = phrase.last;
    let head = phrase.head;
    // "Tote und Verletzte", "dead and injured": two concepts counted together.
    if (head.concept && lex.nounJoiners.has(lowerAt(ts, last + 1))) {
      const other = readCountedPhrase(ts, last + 2, lex);
      const combined = other.kind === "noun" && other.head.concept ? lex.combined.get(`${head.concept.key}|${other.head.concept.key}`) : undefined;
      if (combined && other.kind === "noun") {
        head = { key: combined.key, concept: combined, first: head.first, last: other.last };
        last = other.last;
      }
    }
    const state = isTotalOfPart(ts, q.numberFirst, lex)
      ? null
      : (readStateAfter(ts, last + 1, lex) ?? (phrase.state ? { concept: phrase.state } : null) ?? readStateBefore(ts, first - 1, lex) ?? readVoteBefore(ts, first - 1, lex) ?? readCrowdCountBefore(ts, first, head, lex, memory.subjects.has("protesters/")) ?? questionStateOf(ts, sentenceFirst, first, lex));
    let subject = countSubject(head, phrase.qualifiers, state?.concept ?? null, words(ts, phrase.first, last), lex);
    // "Two of the injured later died": dead among the injured, apart from the whole toll.
    const died = head.concept !== null && state !== null && isPartThatDied(ts, q.last + 1, head.concept.key, state.concept.key);
    if (died && head.concept && state) subject = { ...subject, subject: state.concept.key, qualifiers: [...subject.qualifiers, head.concept.key] };
    // "Five of the dead were employees": the part of the toll that were employees, not the toll.
    const kind = phrase.totalFrom === undefined && !died ? partPredicate(ts, q.last + 1, last, lex) : null;
    if (kind) subject = { ...subject, qualifiers: [...subject.qualifiers, kind] };
    // "raised its count of Saturday's protests to 42,500 people": people said nothing of are what
    // the sentence counts before them.
    // "which employs 1,400 people": a workforce, the workers' count.
    if (subject.subject === "people" && !state && isEmployedPeople(ts, first, lex)) subject = { ...subject, subject: WORKERS };
    if (subject.subject === "people" && !state && !isAboard(ts, last + 1, lex.language)) {
      const named = subjectBefore(ts, first - 1, lex);
      // "Die Schiffe brachten 300 Menschen in Sicherheit", "the vessels carried 300 people": people
      // are no count of things; the things before them are what acts on them.
      if (named && named !== "count word" && !THING_COUNTS.has(named.subject)) subject = { ...named, qualifiers: [...named.qualifiers, ...subject.qualifiers], counted: subject.counted };
    }
    // "mehr als 600 Häuser beschädigt", "520 buildings were reported damaged": the state said after
    // the count qualifies it as the attributive form does ("600 beschädigte Häuser").
    if (subject.subject === "buildings" && !subject.qualifiers.some((q) => q.startsWith(`${lex.language}:`))) {
      const thingState = readThingState(ts, last + 1, lex);
      if (thingState) subject = { ...subject, qualifiers: [...subject.qualifiers, thingState] };
    }
    // "80 of the city's 102 districts": the part ends before its total, which is a claim of its own.
    if (phrase.totalFrom !== undefined) last = phrase.totalFrom - 1;
    // …and the replaced figure (or the new level) is read next, as a count of the same noun ("statt zehn Sitze").
    if (skipped >= 0) last = q.last;
    // "verliert ein Mandat", "picked up four seats": a count gained or lost is a change of it.
    const change = isHeldCount(subject.subject) ? readCountChange(ts, first, phrase.last, lex, subject.subject) : null;
    if (change) subject = withQualifier(subject, "change", true);
    const falls = change === "down";
    // "23 of the 71 seats", "23 der 71 Sitze": the count after a part is the whole it is part of,
    // which no party holds and no party's count disputes.
    if (SHARE_SUBJECTS.has(subject.subject) && !change && isTotalOfPart(ts, q.numberFirst, lex)) return { subject: withQualifier(subject, "total", true), first, last, falls };
    if (SHARE_SUBJECTS.has(subject.subject)) {
      const holder = holderAllottedAfter(ts, first, last + 1, lex) ?? holderAllottedBefore(ts, first, lex) ?? readHolder(ts, first, lex, memory.lastHolder);
      if (holder) return { subject: { ...subject, qualifiers: [...subject.qualifiers, `holder:${holder.name.toLowerCase()}`], holder: holder.name }, first, last, falls };
    }
    return { subject, first, last, falls };
  }
  // No noun after the figure: "95 starben", "mehr als 200 wurden verletzt", "In Valencia starben 150",
  // "the toll rose to 95", "up from 45,000 on Saturday" (the sentence's figure before), "put the
  // figure at 260,000".
  const stateAfter = readStateAfter(ts, q.last + 1, lex);
  // German may put a time between the auxiliary and the state ("87 wurden bis Montagmittag lebend geborgen").
  // "Eine Frau wird seit dem Unwetter vermisst": one person counted with a word is read only with its fate.
  // "drei gelten noch als vermisst", "three are still listed as missing": only words that carry a state between.
  const stateClose = stateAfter !== null && (stateAfter.first - q.last <= (lex.language === "de" && isTimeBetween(ts, q.last + 1, stateAfter.first, lex) ? 5 : 3) || onlyStateFillers(ts, q.last + 1, stateAfter.first, lex) || readOnePerson(ts, q.numberFirst, lex) !== null);
  // "Die Zahl der Toten stieg um 12", "the number of protesters fell by 2,000": a figure behind a
  // change marker is a change of what the sentence counts before it; a verb of falling makes it negative.
  // "Zwei der Verletzten starben später": German reads the part's group as a state word; what the
  // clause says after it decides.
  const laterState = stateClose && stateAfter && stateAfter.first <= q.last + PART_REACH ? readStateAfter(ts, stateAfter.last + 1, lex) : null;
  if (laterState && stateAfter && isPartThatDied(ts, q.last + 1, stateAfter.concept.key, laterState.concept.key)) {
    return { subject: { subject: laterState.concept.key, qualifiers: [stateAfter.concept.key], counted: words(ts, stateAfter.first, stateAfter.last) }, first, last: q.last };
  }
  const changeMarker = matchPhraseBackward(ts, first - 1, lex.changeMarkers);
  if (changeMarker && changeMarker.first - 1 >= sentenceFirst && !stateClose) {
    const counted = subjectBefore(ts, changeMarker.first - 1, lex);
    if (counted && counted !== "count word") {
      const way = changeMarker.phrase.value;
      const falls = way === "down" || (way === "either" && fallsBy(ts, changeMarker.first, q.last, lex));
      const base = attendance(counted, ts, sentenceFirst, q.last, lex, memory);
      return { subject: withQualifier(base, "change", true), first, last: q.last, falls };
    }
  }
  const stateBefore = stateClose ? null : readStateBefore(ts, first - 1, lex);
  // "Die Zahl der betroffenen Kliniken stieg auf 14", "the number of affected hospitals": a state
  // inside a count word's phrase describes its noun; the phrase is read whole, noun and state.
  if (stateBefore && isInCountWordPhrase(ts, stateBefore.first, lex)) {
    const named = readCountedPhrase(ts, stateBefore.first, lex);
    // Only a state describing a noun after it: "der Toten und Vermissten" is a pair counted together (below).
    if (named.kind === "noun" && named.head.first > stateBefore.last) return { subject: countSubject(named.head, named.qualifiers, named.state ?? stateBefore.concept, words(ts, named.first, named.last), lex), first, last: q.last };
  }
  // "die Zahl der Toten und Vermissten stieg auf 93": the state word closes a pair counted together.
  const joined = stateBefore ? joinedConceptBefore(ts, stateBefore.first, stateBefore.concept, lex) : null;
  const state = stateClose ? stateAfter : joined && stateBefore ? { ...stateBefore, concept: joined, first: stateBefore.first - 2 } : (stateBefore ?? questionStateOf(ts, sentenceFirst, first, lex));
  if (state) return { subject: { subject: state.concept.key, qualifiers: [], counted: words(ts, state.first, state.last) }, first, last: q.last };
  // Behind a link ("stieg auf 95") or before a linking verb ("könnte mehr als 10.000 betragen").
  // A hedge that is itself a verb links too: "the death toll climbed past 1,200", "topped 1,200".
  const verbHedge = first < q.numberFirst && (lex.linkVerbs.has(lowerAt(ts, first)) || (lex.language === "en" && /(?:ed|s)$/.test(lowerAt(ts, first))));
  const linked = verbHedge || LINKS.has(lowerAt(ts, first - 1)) || lex.linkVerbs.has(lowerAt(ts, first - 1)) || lex.linkVerbs.has(lowerAt(ts, q.last + 1));
  // "the real margin was "under 12,000"", "liege der Vorsprung „deutlich unter 15.000“": a margin
  // noun before a bare figure in its clause counts votes (extractQuantity marks it a margin).
  // A level before another ("von 17.000 auf 17.810") is not read this way; a change by the figure
  // before its new level is ("Der Vorsprung schrumpfte um 810 auf 17.810 Stimmen").
  const changeBy = opensChangeBy(ts, first - 1, q.last + 1, lex);
  const margin = UNIT_SHARERS.has(lowerAt(ts, q.last + 1)) && !changeBy ? -1 : marginNounBefore(ts, first, sentenceFirst, lex);
  if (margin >= 0) return { subject: { subject: "votes", qualifiers: [], counted: words(ts, margin, margin) }, first, last: q.last };
  const named = linked && first - 1 >= sentenceFirst ? subjectBefore(ts, first - 1, lex) : null;
  if (named && named !== "count word") return { subject: attendance(named, ts, sentenceFirst, q.last, lex, memory), first, last: q.last };
  // "die Grünen mit 12,1 Prozent elf Mandate, die Linke mit 11,7 Prozent ebenfalls elf": a bare figure
  // after a share in a list counts what the list's last count counted, for the share's holder.
  const inList = memory.lastCount && previous?.candidate.value.kind === "quantity" && previous.candidate.value.unit && memory.lastCount.sentence === previous.sentence.first && q.first <= previous.sentence.last;
  const listCount = inList ? memory.lastCount!.subject : null;
  // "AR gains two overseas seats, ends on 91": a bare figure after a change is a level of the same count.
  const inheritedSubject = inheritedCount(previous, q.first, ts.text);
  // "23 of the 71 seats, the AfD 22": nor is it a total again.
  const sameCount = inheritedSubject ? withQualifier(withQualifier(inheritedSubject, "change", false), "total", false) : inheritedSubject;
  const carried = sameCount ?? listCount;
  if (!sameCount && listCount) {
    const holder = previous?.subject.holder;
    const qualifiers = [...listCount.qualifiers.filter((q) => !q.startsWith("holder:")), ...(holder ? [`holder:${holder.toLowerCase()}`] : [])];
    const { holder: _holder, ...rest } = listCount;
    return { subject: { ...rest, qualifiers, ...(holder ? { holder } : {}) }, first, last: q.last };
  }
  if (carried) {
    // "Die SPD erhielt 77.812 Stimmen, die CDU 68.284": the second figure is the CDU's; so is
    // "14,698 for Reform UK".
    const holder = SHARE_SUBJECTS.has(carried.subject) ? (holderAllottedAfter(ts, first, q.last + 1, lex) ?? readHolderAfter(ts, q.last + 1, lex) ?? readHolder(ts, first, lex)) : null;
    if (!holder || holder.name === carried.holder) return { subject: carried, first, last: q.last };
    const qualifiers = [...carried.qualifiers.filter((q) => !q.startsWith("holder:")), `holder:${holder.name.toLowerCase()}`];
    return { subject: { ...carried, qualifiers, holder: holder.name }, first, last: q.last };
  }
  // "Von ihnen entfielen 109 auf Vogt", "Of those, 109 went to Vogt": a bare figure allotted to a
  // name in an article about a vote is that name's votes, or its seats where seats were counted last.
  const allotted = holderAllottedAfter(ts, first, q.last + 1, lex);
  if (allotted && (memory.speaksOfVote ??= speaksOfVote(ts, lex))) {
    const counted = memory.lastCount && SHARE_SUBJECTS.has(memory.lastCount.subject.subject) ? memory.lastCount.subject.subject : "votes";
    return { subject: { subject: counted, qualifiers: [`holder:${allotted.name.toLowerCase()}`], counted: undefined, holder: allotted.name }, first, last: q.last };
  }
  const standIn = lex.language === "de" && previous && isCountStandIn(ts, previous, first, sentenceFirst) ? previous.subject : null;
  if (standIn) return { subject: standIn, first, last: q.last };
  // "Die Veranstalter bleiben bei 20.000", "their estimate of 18,000": what the article counts.
  // "Police counted 12,000", "Die Polizei zählte 12.000": a verb of counting with no noun after the
  // figure counts the crowd, when the article has counted one (its protesters, or its turnout at a
  // gathering); nothing else ("Officials counted 40" in a flood counts nothing named).
  // "The rally drew around 12,000": a gathering's draw is its crowd, counted before or not.
  if (!named && !linked && isDrawnCrowd(ts, first, lex)) return { subject: { subject: "protesters", qualifiers: [], counted: words(ts, first - 1, first - 1) }, first, last: q.last };
  if (!named && !linked && isBareCount(ts, first, q.last, lex)) {
    const crowd = memory.subjects.get("protesters/")?.subject ?? memory.subjects.get("turnout/")?.subject;
    // The gathering may be named after the figure: "where police counted 24,000, the march ended early".
    if (!crowd) (memory.bareCounts ??= []).push(q.first);
    return crowd ? { subject: attendance(crowd, ts, sentenceFirst, findSentence(ts, q.first, lex).last, lex, memory), first, last: q.last } : null;
  }
  const dominant = named === "count word" || linked ? dominantSubject(memory) : null;
  return dominant ? { subject: dominant, first, last: q.last } : null;
}

/**
 * "13,241 votes, 272 more than in the preliminary result", "28 Sitze, zwei weniger als bisher": a
 * comparative closing a bare figure (before "than"/"als" or the clause's end) makes it a change of
 * the figure before it in its sentence. "Two more bodies" counts bodies.
 */
function readComparative(ts: TokenStream, j: number, lex: CompiledLexicon): "up" | "down" | null {
  const direction = lex.comparatives.get(lowerAt(ts, j));
  if (direction === undefined) return null;
  const next = lowerAt(ts, j + 1);
  return next === "than" || next === "als" || ts.kind[j + 1] !== TokenKind.word ? direction : null;
}

// "Allein in Athen waren es 30.000", "In Lyon sind es laut Polizei 12.000": German "es" after a
// copula stands for what the count just before counted, in the sentence before or its own.
const COPULAS_WITH_ES = new Set(["waren", "sind", "seien", "wären", "war", "ist", "sei"]);
const ES_REACH = 4;

function isCountStandIn(ts: TokenStream, previous: QuantityFound, first: number, sentenceFirst: number): boolean {
  if (previous.candidate.value.kind !== "quantity" || previous.candidate.value.unit || first - previous.last >= ANAPHORA_REACH || paragraphBetween(ts, previous.last, first)) return false;
  for (let k = first - 1; k > sentenceFirst && first - k <= ES_REACH; k--) {
    if (ts.kind[k] !== TokenKind.word) return false;
    if (lowerAt(ts, k) === "es" && COPULAS_WITH_ES.has(lowerAt(ts, k - 1))) return true;
  }
  return false;
}

function inheritedCount(previous: QuantityFound | null, at: number, text: string): CountSubject | null {
  if (!previous || at < previous.sentence.first || at > previous.sentence.last || previous.candidate.value.kind !== "quantity") return null;
  // "15,110 votes (38.7%), against 14,698 for …": a count's share in parentheses passes its subject on.
  if (previous.candidate.value.unit && text[previous.candidate.start - 1] !== "(") return null;
  return previous.subject;
}

// The publication day as an as-of interval, written out once per article rather than twice per figure
// (the publication day is one object for all figures of an article). A fresh object each time: it
// becomes part of the claim.
let lastPub: Ymd | null = null;
let lastPubIso = "";

function publicationDay(pub: Ymd): { from: string; to: string } {
  if (pub !== lastPub) {
    lastPubIso = toIso(pub);
    lastPub = pub;
  }
  return { from: lastPubIso, to: lastPubIso };
}

// "per head of population," before the clause of a figure: far enough back for the phrase and its comma.
const PER_CAPITA_REACH = 5;

/**
 * Read a quantity claim at token `i`, or null when there is no amount here or it is not a claim (a
 * year, an age, "155 mm", "48 Stunden", a figure nothing in reach says what it counts). `previous`
 * is the last quantity found: "8.000 von ihnen" refers back to it, and a figure in the same
 * sentence reuses its context. `memory` carries the countries the article has named, to choose
 * between places of one name.
 */
export function extractQuantity(ts: TokenStream, i: number, lex: CompiledLexicon, pub: Ymd | null, previous: QuantityFound | null, memory: ArticleMemory): QuantityFound | null {
  // "picked up an 11th seat": a rank that is a total; every other ordinal is no count.
  const ordinal = readOrdinalSeat(ts, i, lex);
  const q: QuantityMatch | null = ordinal ? { first: ordinal.first, last: ordinal.last, numberFirst: i, numberLast: i, scale: 1, value: ordinal.value, rule: `${lex.language}.ordinal-seat` } : readQuantity(ts, i, lex);
  if (!q || (!ordinal && notACount(ts, q.first, q.numberLast, q.numberFirst, lex))) return null;
  const sentence = findSentence(ts, i, lex);
  const read = readSubject(ts, q, lex, previous, sentence.first, memory);
  // "Die Stadt zählt rund 80.000 Einwohner": a counting verb may have made the residents a crowd; the
  // noun, not the subject read, tells a place's population (isPlacePopulation checks it).
  if (!read || (!read.unit && !read.subject.qualifiers.includes("change") && (isPlacePopulation(ts, read.first, read.last, sentence.first, sentence.last, lex) || isSettlementSize(ts, read.first, read.last, lex)))) return null;
  const text = ts.text;
  const start = ts.start[read.first] ?? 0;
  const sameSentence = previous !== null && previous.sentence.first === sentence.first;
  // A sentence that already gave a claim is not on a caption line; only a credit in it can disqualify.
  if (sameSentence ? isInCredit(text, start) : isPageFurniture(text, start, lex)) return null;
  // "Die Behörden zählten 620 Evakuierte. Das Rote Kreuz sprach dagegen von mehr als 1.400 Menschen.": a rival's figure.
  const rivalled = !sameSentence && isRivalSentence(ts, previous, sentence, read.first, lex) ? previous : null;
  const rivalCount = rivalled && !read.unit ? rivalSubject(ts, rivalled, sentence, read.first, read.subject, lex) : null;
  if (rivalCount) read.subject = { ...read.subject, subject: rivalCount.subject, qualifiers: rivalCount.qualifiers };

  // "In Hamburg 2.900 Beschäftigte, in allen Häfen zusammen 4.700", "In Linz, 3,000; in all, 9,000": a
  // total after a figure of the sentence is not the opening place's (the first figure's total is).
  // The figure's own clause (from the figure before it in its sentence), which most readers below ask about.
  const ownStretch = sameSentence ? previous.last + 1 : sentence.first;
  const clauseFirst = clauseStart(ts, ownStretch, read.first - 1);
  const clauseLast = clauseEnd(ts, read.last + 1, sentence.last);
  const total = sameSentence && isTotalClause(ts, previous.last + 1, clauseLast, lex);
  const place =
    findPlace(ts, read.last + 1, trailingPlaceEnd(ts, read.last, nextNumber(ts, read.last + 1, sentence.last, lex), lex), lex, "first", memory.countries) ??
    findPlace(ts, clauseFirst, read.first - 1, lex, "last", memory.countries) ??
    (read.unit?.kind === "percent" && read.subject.subject === "votes" ? placeOfShareWonWith(ts, read.first, sentence.first, lex, memory.countries) : null) ??
    (total ? null : frontedPlace(ts, sentence.first, read.first, lex, memory.countries)) ??
    placeWide(ts, sentence.first, read.first - 1, lex, memory.countries) ??
    countryWide(ts, sentence, lex, memory) ??
    (total ? null : openingPlaceShared(ts, sentence.first, read.first, lex, memory.countries, sameSentence ? previous : null)) ??
    countryWide(ts, { first: ownStretch, last: clauseLast }, lex, memory, true) ??
    placeBeforeWhere(ts, clauseFirst, sentence.first, lex, memory.countries);
  // "…, pro Kopf sind das rund 46.500 Euro", "per head, that is about €1,900": a fronted per-person
  // phrase, in the figure's clause or set off by a comma just before it.
  const perCapitaFrom = Math.max(ownStretch, clauseFirst - PER_CAPITA_REACH);
  if (read.unit?.kind === "currency" && !read.subject.qualifiers.includes(PER_CAPITA_QUALIFIER) && isPerCapitaBefore(ts, perCapitaFrom, read.first - 1, lex)) {
    read.subject = { ...read.subject, qualifiers: [...read.subject.qualifiers, PER_CAPITA_QUALIFIER] };
  }
  // "weitere 1.500 Soldaten", "an additional €2bn", "ein weiterer Mann": an addition to another figure, not a rival of it.
  // "Mindestens sieben Menschen starben. Weitere 43 wurden verletzt": "weitere" after a count of something
  // else, with none of its own before, adds to those others, and is its subject's whole count. Bare
  // people ("Weitere 12 Menschen warten noch") are more of those counted before.
  const addsToOthers = previous !== null && read.subject.subject !== "people" && previous.subject.subject !== read.subject.subject && !countedBefore(memory, read.subject.subject);
  if ((lex.additionWords.has(lowerAt(ts, read.first - 1)) || readOnePerson(ts, q.numberFirst, lex)?.adds) && !addsToOthers && !read.subject.qualifiers.includes("additional")) {
    read.subject = { ...read.subject, qualifiers: [...read.subject.qualifiers, "additional"] };
  }
  // "21,7 Mrd. Euro im Jahr 2031", "€4.1bn for fiscal 2031/32": the year tells which budget, not when.
  // A subject carried from the figure before leaves its year behind ("… im Jahr 2031 und 22,4 Mrd. Euro im Jahr 2032").
  const budgetYear = read.unit?.kind === "currency" ? readBudgetYear(ts, read.first, read.last, read.subject.subject, lex) : null;
  if (budgetYear || read.subject.qualifiers.some(isBudgetYear)) read.subject = { ...read.subject, qualifiers: withBudgetYear(read.subject.qualifiers, budgetYear) };
  // "up from ¥114.4 trillion", "von 114,4 auf 118,6 Milliarden": a level of an earlier time.
  // A subject carried over from the figure before does not carry its time with it.
  const afterSameFigure = sameSentence && previous.last === read.first - 2 && previous.subject.subject === read.subject.subject;
  const earlier = isEarlierLevel(ts, read.first, read.last, sentence.last, lex, afterSameFigure);
  if (earlier !== read.subject.qualifiers.includes("previous")) read.subject = withQualifier(read.subject, "previous", earlier);
  const side = homeOrAbroad(ts, clauseFirst, clauseLast, lex);
  // The side replaces one carried over from the figure before ("im Inland 61 Prozent, im Ausland 22").
  if (side && !read.subject.qualifiers.includes(side)) read.subject = { ...read.subject, qualifiers: [...read.subject.qualifiers.filter((x) => x !== "domestic" && x !== "abroad"), side] };
  const stage = ELECTION_FIGURES.has(read.subject.subject)
    ? (voteStage(ts, clauseFirst, beforeComparison(ts, read.last + 1, clauseLast, lex), lex) ??
      (voteStage(ts, sentence.first, sentence.last, lex) === "projection" ? "projection" : null) ??
      // "In the first round on September 28, she had finished first with 36.9%": a round fronted
      // before the sentence's first figure, set off by a comma, is that figure's too.
      (!sameSentence && voteStage(ts, sentence.first, clauseFirst - 1, lex) === "first round" ? "first round" : null))
    : null;
  if (stage && !read.subject.qualifiers.includes(stage)) read.subject = { ...read.subject, qualifiers: [...read.subject.qualifiers, stage] };
  // "89 Abgeordnete stimmten dafür, 58 dagegen": votes for and against a bill are two counts.
  if (read.subject.subject === "votes" && !read.unit) {
    const voteSide = readVoteSide(ts, read.first, read.last) ?? (read.subject.holder ? null : readFrontedVoteSide(ts, read.first, lex));
    if (voteSide && voteSide !== read.subject.holder) read.subject = withHolder(read.subject, voteSide);
  }
  // "a margin of 18,620", "31.740 Stimmen Vorsprung": the difference between two sides is a question
  // of its own, not either side's votes, and not held by the side named ahead.
  // A figure that carried its subject from a margin ("won by 12 votes, 2,310 to 2,298") is a side's count.
  if (read.subject.subject === "votes" && !read.unit && isMarginCount(ts, read.first, read.last, sentence.first, lex)) {
    const { holder: _ahead, ...rest } = read.subject;
    read.subject = { ...rest, qualifiers: [...rest.qualifiers.filter((x) => !x.startsWith("holder:") && x !== MARGIN), MARGIN] };
    // "reduced the Yes margin by 810 votes", "Der Vorsprung schrumpfte um 810 auf 17.810 Stimmen": a
    // margin changed by a figure is a change of the margin, negative where a verb of falling says so.
    // The verb may stand before the margin's noun ("reduced the Yes margin by") or anywhere between it
    // and the marker ("Der Vorsprung schrumpfte nach der Nachzählung um").
    const marker = read.subject.qualifiers.includes("change") ? null : matchPhraseBackward(ts, read.first - 1, lex.changeMarkers);
    const noun = marker ? marginNounBefore(ts, read.first, sentence.first, lex) : -1;
    if (marker && noun >= 0) {
      read.subject = withQualifier(read.subject, "change", true);
      read.falls = marker.phrase.value === "down" || (marker.phrase.value === "either" && (fallsBy(ts, marker.first, read.last, lex) || fallsBy(ts, noun, read.last, lex) || fallsBetween(ts, noun + 1, marker.first - 1, lex)));
    }
  } else if (read.subject.qualifiers.includes(MARGIN) && !(read.unit && isGapBetween(ts, read.first, sentence.first, lex))) read.subject = withQualifier(read.subject, MARGIN, false);
  if (place?.place.country && !memory.countries.includes(place.place.country)) memory.countries.push(place.place.country);
  // People said nothing of, in an article about a protest, are its crowd ("260 000 Menschen in 64 Städten").
  if (read.subject.subject === "people" && memory.subjects.has("protesters/")) read.subject = { ...read.subject, subject: "protesters" };
  // "after a 48-hour strike … 8,600 workers took part": workers who join the strike the article names are strikers.
  // The group may already be dropped as a qualifier ("who turned out" keeps none): the counted noun still says it.
  // Doctors or teachers who "joined the picket" strike as workers do (see joinedStrike).
  if (joinedStrike(read.subject, ts, read.first, read.last, lex)) {
    read.subject = { ...read.subject, subject: "strikers", qualifiers: read.subject.qualifiers.filter((x) => x !== "workers") };
  }
  // "Verdi fordert 8 Prozent mehr Lohn. Die Arbeitgeber bieten 5,5 Prozent": a change demanded and
  // one offered are two proposals, not rival answers to one question.
  const proposal = read.unit && read.unit.kind !== "measure" && read.subject.qualifiers.includes("change") ? proposalOfFigure(ts, read.first, read.last, lex) : null;
  if (proposal) {
    memory.lastDemand = read.subject;
    read.subject = withQualifier(read.subject, proposal, true);
  }
  if (!read.unit) {
    remember(memory, read.subject);
    memory.lastCount = { subject: read.subject, sentence: sentence.first };
  }
  const context = sameSentence ? previous.sentence : readSentenceContext(ts, sentence, lex, pub);
  // "…, sagte ein Sprecher. Am Stromkai lägen fünf Schiffe fest": reported speech with no source of
  // its own goes on with the source before it.
  const attribution =
    ownerOfReportFigure(ts, read.first, lex) ??
    ownerAtFigure(ts, read.first, read.last, sentence.first, sentence.last, lex) ??
    ellipticSource(ts, q.first, sentence.first, lex) ??
    pickAttribution(ts, context.claimants, q.first, lex, context.first, context.last) ??
    (context.pronoun ? (resolveClaimantPronoun(ts, sentence, lex, pub) ?? (context.role ? nameClaimant(ts, context.role.span, lex) : undefined)) : readTrailingSource(ts, sentence, lex, pub)) ??
    (context.pronoun ? undefined : reportingSource(ts, sentence, lex, pub));
  // "Laut einer Hochrechnung des Instituts X … Die Grünen erreichten 12,5 Prozent.": a share listed on
  // after a projection is a projection's share, as in the projection's sentence.
  const estimate = attribution || context.pronoun || !SHARE_SUBJECTS.has(read.subject.subject) ? null : carriedEstimate(ts, sentence, lex, pub);
  // "…nach der ersten Hochrechnung klar gewonnen. Die Christdemokraten kommen demnach auf 33,5
  // Prozent": a pronoun of source ("demnach", "according to it") points to the sentence right
  // before, and a projection named there is the share's stage too.
  const pointedTo = !estimate && context.pronoun && SHARE_SUBJECTS.has(read.subject.subject) && sentence.first > 0 ? findSentence(ts, sentence.first - 1, lex) : null;
  const source = estimate ?? pointedTo;
  if (source && voteStage(ts, source.first, source.last, lex) === "projection") read.subject = withQualifier(read.subject, "projection", true);
  const end = ts.end[read.last] ?? start;
  const scope: ClaimScope = {};
  if (read.subject.counted) scope.counted = read.subject.counted;
  // "Nach Angaben der Hamburger Polizei wurden sieben Beamte verletzt": a local source's figure is
  // its town's when the sentence names no place.
  // "In Paris zählte die Polizei 87.000. Die CGT nannte 450.000 Teilnehmer.": a rival's figure naming no place or day counts the same march.
  const rivalScopeOf = rivalled ? rivalScope(ts, rivalled, sentence, read.subject, attribution, lex) : null;
  const placeKey =
    place?.place.key ??
    (attribution ? placeOfClaimant(attribution, lex, memory.countries)?.key : undefined) ??
    rivalScopeOf?.place ??
    placeOfModifier(ts, sentence.first, clauseLast, lex, memory.countries)?.place.key;
  if (placeKey) scope.place = placeKey;
  // "60 on Wednesday and a peak of 81 on Thursday night": a date after the figure, in its clause, is
  // its own; looked for only when the sentence's first date stands before the figure.
  // "Die Polizei teilte am Donnerstag mit, in der Nacht zum Mittwoch seien 40 … festgenommen worden":
  // a night before a day in the figure's own clause outranks the sentence's first day.
  const night = context.asOfAt !== undefined && context.asOfAt < read.first ? readNightBefore(ts, clauseFirst, read.first - 1, lex, pub) : null;
  const trailing = night ?? (context.asOfAt !== undefined && context.asOfAt < read.first ? readTrailingAsOf(ts, read.last + 1, sentence.last, lex, pub) : null);
  // An amount with its budget year ("21,7 Mrd. Euro im Jahr 2031") holds as of the day it is given: the year is its qualifier.
  // "on Thursday passed a budget of €42bn", "26.3% in Sunday's election": the act's day, not the figure's.
  const ownDate =
    context.asOfAt === undefined ||
    ((context.asOfAt < read.last ? !isDateOfLevelBefore(ts, context.asOfAt, read.first) && !(namesHappeningDay(ts, context.asOfAt, lex) && isLevelReached(ts, read.first)) : !isDateOfEarlierLevel(ts, read.last + 1, context.asOfAt)) &&
      !isDayOfAct(ts, context.asOfAt, read.first, sentence, lex, pub));
  const sentenceDate = context.asOf && ownDate && datesFigure(ts, context, read.first, lex) ? context.asOf : undefined;
  // "rechnet am Samstag mit 50.000", "expects 12,000 to be cancelled on Tuesday": the weekday to come.
  const ahead = sentenceDate && context.asOfAt !== undefined ? asOfAhead(ts, context.asOfAt, sentence.first, sentence.last, lex, pub) : null;
  // "23 people were arrested over the two days and 11 officers were hurt, up from 14 … on Saturday
  // night": a span in the figure's own clause outranks the sentence's day.
  const span = spanOfFigure(ts, context.span, context.spanAt, context.asOfAt, read.first, read.last);
  const dated = budgetYear ? undefined : (trailing ?? span ?? ahead ?? sentenceDate);
  // "Bis Freitagabend zählten die Behörden 41 Tote. Unter ihnen sind 12 Kinder.": the day of the sentence before.
  const carried = dated || context.asOf || budgetYear ? null : (carriedAsOf(ts, previous, sentence, read.first, read.last, lex) ?? rivalScopeOf?.asOf ?? null);
  // "€53.6bn by the end of 2032, against the government's forecast of €52.8bn": a rival set against
  // the figure before it of the same subject holds for that figure's day.
  const setAgainst =
    !dated && sameSentence && previous.subject.subject === read.subject.subject && previous.candidate.scope.asOf && isSetAgainst(ts, previous.last, read.first, lex) ? previous.candidate.scope.asOf : undefined;
  const heldOn = dated ?? setAgainst ?? carried ?? (pub ? publicationDay(pub) : undefined);
  // "41,000 on Thursday, up from 25,000 a day earlier", "nach 25.000 am Vortag": the day before the
  // sentence's own day, not before publication ("am Vortag" alone reads as that to the date readers).
  const dayBefore = budgetYear ? null : dayBeforeOf(ts, read.last + 1, sentence.last, lex, span ?? ahead ?? sentenceDate ?? setAgainst ?? carried ?? heldOn);
  const asOf = dayBefore ?? heldOn;
  if (asOf) scope.asOf = asOf;
  const hedged = read.unit ? hedgeAfterUnit(ts, q, read.last + 1, lex) : null;
  // Built whole rather than copied and trimmed: `delete` turns the object slow for every later reader.
  const base = hedged?.value ?? q.value;
  const interval = read.falls ? negate(base) : base;
  const value: QuantityValue = { kind: "quantity", min: interval.min, max: interval.max, minInclusive: interval.minInclusive, maxInclusive: interval.maxInclusive };
  if (read.unit?.kind === "currency" && read.unit.candidates) {
    memory.named ??= countriesNamed(ts, lex);
    value.unit = unitCode(resolveCurrency(read.unit, [...memory.countries, ...memory.named]));
  } else if (read.unit) value.unit = unitCode(read.unit);
  // "Die Nationale Wahlkommission CNE wies zurück, dass 30.000 Stimmen …": who gives a figure does not hold it.
  // Decided before the claim is built: deleting the field afterwards left the claim a slow
  // dictionary object for every later reader (dedupe, sorting, storing).
  const held = read.subject.holder;
  const giver = held && attribution && (attribution === held || attribution.endsWith(` ${held}`) || held.endsWith(` ${attribution}`));
  // "davon 3.500": the quote keeps the word that makes the figure a part of the one before.
  const quoteStart = ts.start[subsetLead(ts, read.first, lex)] ?? start;
  const candidate: ClaimCandidate = {
    valueKind: "quantity",
    quote: text.slice(quoteStart, end),
    start: quoteStart,
    end,
    sentenceStart: ts.start[sentence.first] ?? 0,
    sentenceEnd: ts.end[sentence.last] ?? end,
    value,
    subject: read.subject.subject,
    qualifiers: giver ? read.subject.qualifiers.filter((q) => q !== `holder:${held.toLowerCase()}`) : read.subject.qualifiers,
    scope,
    // "Statt 2,3 Milliarden Euro würden es 2,7": a figure named to be set aside is denied by its source.
    certainty: isRejectedFigure(ts, read.first, read.last, sentence.first, sentence.last) ? "denied" : certaintyAt(ts, context, q.first),
    rule: hedged?.rule ?? q.rule,
  };
  if (held && !giver) candidate.holder = held;
  if (held && !giver && SHARE_SUBJECTS.has(read.subject.subject)) memory.lastHolder = held;
  // "Nach dem vorläufigen Endergebnis kam die Partei auf 17,9 Prozent", "the draft puts it at
  // €385m": the stage of the count, read in the figure's own clause, else its sentence, else the
  // name of the source it is credited to (a projection named in an earlier sentence).
  const figureStatus =
    readCountStatus(ts, clauseFirst, clauseLast, q.last + 1, read.last, lex) ??
    readCountStatus(ts, sentence.first, sentence.last, q.last + 1, read.last, lex) ??
    (attribution ? figureStatusOfName(attribution) : null);
  if (figureStatus) candidate.figureStatus = figureStatus;
  if (attribution) candidate.attribution = attribution;
  // `outer` is set up front, empty, for extractClaims to fill: a field added later changed the hidden
  // class of some figures and not of others, and threw the optimized extractClaims back to the interpreter.
  return { candidate, first: read.first, last: read.last, sentence: context, subject: read.subject, outer: undefined, dated: dated ?? carried ?? undefined, carried: carried !== null };
}

function impliedBase(subject: string, percent: boolean, change: boolean): string[] {
  const base = impliedShareBase(subject, percent, change);
  return base ? [`of:${base}`] : [];
}

// The answer to a question on the sentence before: only a figure opening its sentence, perhaps after
// a hedge ("Around 400 people", "Seven, according to …"), answers it.
const ANSWER_REACH = 3;

function questionStateOf(ts: TokenStream, sentenceFirst: number, first: number, lex: CompiledLexicon): { concept: ConceptRef; first: number; last: number } | null {
  if (first - sentenceFirst > ANSWER_REACH) return null;
  const concept = questionState(ts, sentenceFirst, lex);
  return concept ? { concept, first, last: first } : null;
}
