import { gatheringPartTaken } from "./gathering-part-taken";
import { harmSufferedAt } from "./read-harm-suffered";
import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { POSSESSIVE_DETERMINERS } from "./lexicon/word-class-words";
import { TokenKind, isCapitalized, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { isLifeCost, isLifeObject } from "./read-lives-cost";
import { CLAUSE_CONJUNCTIONS } from "./lexicon/clause-conjunction-words";
import { wordSets } from "./lexicon/rule-words";
import { VOTING_VERBS } from "./lexicon/ballot-sides";
import { readQuantity } from "./read-quantity";
import { PRESENT_GATHERING_VERBS_EN } from "./lexicon/present-gathering-words";

/** A state said of a counted group, and its last token. */
export type StateMatch = { concept: ConceptRef; first: number; last: number };

/** The state word or phrase starting at token `j` ("ums Leben", "were evacuated", "getöteten"), or null. */
export function stateAt(ts: TokenStream, j: number, lex: CompiledLexicon): StateMatch | null {
  if (ts.kind[j] !== TokenKind.word) return null;
  const phrase = matchPhraseForward(ts, j, lex.states);
  if (phrase) return { concept: phrase.phrase.value, first: j, last: phrase.last };
  const harm = harmSufferedAt(ts, j, lex);
  if (harm) return harm;
  // German participles inflect ("getöteten", "evakuierten"); English ones do not, and English lemmas
  // would take nouns for states ("rallies" for "rallied").
  if (lex.language !== "de") return null;
  const joined = gatheringPartTaken(ts, j, lex);
  if (joined) return joined;
  const concept = lex.stateLemmas.get(lemmaKey(lowerAt(ts, j), lex.language));
  return concept ? { concept, first: j, last: j } : null;
}

/** German possessives: "gaben 52.750 ihre Stimme ab" – the object of the verb, not the count's noun. */
export const GERMAN_POSSESSIVES = new Set(POSSESSIVE_DETERMINERS.de);

const RELATIVE_WHO = new Set(["who", "whom"]);

const QUANTIFIER_SUBJECTS = new Set(["viele", "wenige", "einige", "manche", "alle", "meisten", "many", "few", "most", "some"]);

// A straight quotation mark ends the clause too: the state must be said in the quoted phrase or outside it, not across.
const CLAUSE_END = new Set([...CLAUSE_ENDS, "\""]);
// German puts the participle at the clause end ("… sind in der Region ums Leben gekommen"), so the
// search runs to the clause end, but not into the next number's territory.
const REACH = 14;

/**
 * The state said of the group counted just before token `from`, in the same clause: "Menschen
 * kamen ums Leben" → dead, "people were evacuated" → displaced, "getötet oder verletzt" → both
 * (the combined concept). Stops at clause punctuation and at the next number. Null when the clause
 * says nothing of the kind.
 */
const ASIDE_REACH = 12;

// "Rund 4.000 Menschen, nach Angaben der Gewerkschaften sogar 7.500, protestierten", "About 4,000
// people, 7,500 by the unions' count, marched": an aside between commas that gives a rival figure
// interrupts the clause; the verb after it is said of the group before it. The token after the
// aside's closing comma, or `from` when no such aside opens there.
function pastRivalAside(ts: TokenStream, from: number): number {
  if (tokenAt(ts, from) !== ",") return from;
  let figure = false;
  for (let k = from + 1; k < ts.count && k - from <= ASIDE_REACH; k++) {
    if (isLineBreakBefore(ts, k)) return from;
    if (ts.kind[k] === TokenKind.number) figure = true;
    else if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "'" && tokenAt(ts, k) !== "’") return tokenAt(ts, k) === "," && figure ? k + 1 : from;
  }
  return from;
}

export function readStateAfter(ts: TokenStream, start: number, lex: CompiledLexicon): StateMatch | null {
  const gathered = presentGatheringAt(ts, start, lex);
  if (gathered) return gathered;
  const from = pastRivalAside(ts, start);
  let found: StateMatch | null = null;
  const limit = Math.min(ts.count, from + REACH);
  for (let j = from; j < limit; j++) {
    // "1.5m people in 2,100 villages have been affected": a figure behind a place preposition says
    // where the group is, not who the state is said of; the clause goes on past it.
    if (ts.kind[j] === TokenKind.number && j > from && lex.placePrepositions.has(lowerAt(ts, j - 1)) && !isLineBreakBefore(ts, j)) continue;
    // "6,000 drivers and more than 4,000 taxis had joined": a count joined right after the group shares its verb.
    if (ts.kind[j] === TokenKind.number && j > from && isJoinedCount(ts, from, j, lex)) continue;
    // "310 people were injured and three are still missing": a figure in words opens a count of its own too.
    if (ts.kind[j] === TokenKind.number || (j > from && (isLineBreakBefore(ts, j) || (found !== null && lex.numberWords.has(lowerAt(ts, j)))))) break;
    if (ts.kind[j] === TokenKind.punct && CLAUSE_END.has(tokenAt(ts, j))) break;
    // "Von den 224.000 Wahlberechtigten gaben viele ihre Stimme ab": a quantifier between the
    // figure and the state is who the state is said of.
    if (QUANTIFIER_SUBJECTS.has(lowerAt(ts, j))) break;
    // "212 fines to drivers who took part": a relative clause behind a later noun is said of that noun.
    if (j > from && RELATIVE_WHO.has(lowerAt(ts, j))) break;
    const s = stateAt(ts, j, lex);
    if (!s || attributiveParticiple(ts, s, lex) || holdsTo(ts, s, from, lex)) continue;
    if (isLifeObject(ts, s.first, s.last) && !isLifeCost(ts, s.first, s.last, lex)) continue;
    // "fired tear gas at about 300 protesters and detained 31 people": a state verb with a figure
    // right after it is said of that figure, not of the group before it.
    if (opensFigure(ts, s.last + 1, lex)) break;
    if (found) {
      const combined = lex.combined.get(`${found.concept.key}|${s.concept.key}`);
      return combined ? { concept: combined, first: found.first, last: s.last } : found;
    }
    found = s;
    j = s.last;
    // "getötet oder verletzt": a joiner and a second state make a combined count.
    if (!lex.nounJoiners.has(lowerAt(ts, j + 1))) return found;
  }
  return found;
}

const PRESENT_GATHERING = new Set(PRESENT_GATHERING_VERBS_EN);
const PROTESTERS_EN = "protesters";

/** "Thousands of teachers rally": a present verb of gathering right after the group (English headlines). */
function presentGatheringAt(ts: TokenStream, j: number, lex: CompiledLexicon): StateMatch | null {
  if (lex.language !== "en" || ts.kind[j] !== TokenKind.word || !PRESENT_GATHERING.has(lowerAt(ts, j))) return null;
  const concept = lex.conceptNouns.get(lemmaKey(PROTESTERS_EN, "en"));
  return concept ? { concept, first: j, last: j } : null;
}

// The figure at `j` opens a second count joined to the group ending before `from`: "und", "and",
// perhaps a hedge, then the figure.
function isJoinedCount(ts: TokenStream, from: number, j: number, lex: CompiledLexicon): boolean {
  if (!lex.nounJoiners.has(lowerAt(ts, from)) || isLineBreakBefore(ts, j)) return false;
  // The second count names its own noun ("4,000 taxis had joined"); "12 people and 40 were injured" is a clause of its own.
  const noun = j + 1;
  if (ts.kind[noun] !== TokenKind.word || (lex.language === "de" ? !isCapitalized(ts, noun) : lex.functionWords.has(lowerAt(ts, noun)))) return false;
  if (j === from + 1) return true;
  const hedge = matchPhraseForward(ts, from + 1, lex.hedges);
  return hedge !== null && hedge.last === j - 1;
}

// The verb's object: a figure, perhaps hedged ("detained at least 31"), right after it; not a figure
// after a joiner or a place ("killed and 11 were missing", "evacuated from 23 villages").
function opensFigure(ts: TokenStream, from: number, lex: CompiledLexicon): boolean {
  if (lex.placePrepositions.has(lowerAt(ts, from)) || lex.nounJoiners.has(lowerAt(ts, from))) return false;
  const hedge = matchPhraseForward(ts, from, lex.hedges);
  return readQuantity(ts, hedge ? hedge.last + 1 : from, lex) !== null;
}

// "nahm zwölf Personen fest" arrests them; "hält an ihrer Zahl von 6.000 Streikenden fest" keeps to a
// figure: the particle "fest" closes the verb opening the clause, so that verb says which.
const HOLD_VERBS = new Set(["hält", "halten", "hielt", "hielten", "halte"]);
const PARTICLE = "fest";

function holdsTo(ts: TokenStream, s: StateMatch, from: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "de" || s.first !== s.last || lowerAt(ts, s.first) !== PARTICLE) return false;
  for (let k = from - 1; k >= 0 && from - k <= REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_END.has(tokenAt(ts, k))) return false;
    if (HOLD_VERBS.has(lowerAt(ts, k))) return true;
  }
  return false;
}

// "3.000 Soldaten in die betroffenen Gebiete schicken": an inflected German participle right before
// a noun describes that noun, not the group counted before it.
const INFLECTED = /(?:e|en|er|es|em)$/;

function attributiveParticiple(ts: TokenStream, s: StateMatch, lex: CompiledLexicon): boolean {
  if (lex.language !== "de" || s.first !== s.last || matchPhraseForward(ts, s.first, lex.states)) return false;
  const next = s.last + 1;
  return INFLECTED.test(lowerAt(ts, s.first)) && ts.kind[next] === TokenKind.word && isCapitalized(ts, next);
}

// German puts the finite verb second and the subject after it: "In Nürnberg starben nach Angaben
// der Stadt sechs Menschen". English keeps the verb next to its object ("killed at least 95 people").
const BEFORE_REACH = { de: 9, en: 4 };

/**
 * A state verb before the count in its clause: "The storm killed at least 95 people", "Das
 * Hochwasser tötete 95 Menschen", "starben nach Angaben der Stadt sechs Menschen".
 */
const CONJUNCTIONS = wordSets(CLAUSE_CONJUNCTIONS);

export function readStateBefore(ts: TokenStream, to: number, lex: CompiledLexicon): StateMatch | null {
  // "had joined rallies in 64 cities": a figure after a place preposition is not the verb's object.
  if (lex.placePrepositions.has(lowerAt(ts, to))) return null;
  for (let j = to; j >= 0 && to - j < BEFORE_REACH[lex.language]; j--) {
    if (isCompoundHyphen(ts, j)) continue;
    if (ts.kind[j] !== TokenKind.word || isLineBreakBefore(ts, j + 1) && j < to) return null;
    // "nine people died when two apartment blocks collapsed": a conjunction opens the count's own
    // clause; the state before it is said of another group.
    if (CONJUNCTIONS[lex.language].has(lowerAt(ts, j))) return null;
    const s = stateAt(ts, j, lex);
    if (s && s.last <= to) return s;
  }
  return null;
}

// "streikten nach HSE-Angaben noch 3.050 Ärzte": a hyphen inside a compound, touching the words on
// both sides, joins them into one word; it is no break in the clause.
function isCompoundHyphen(ts: TokenStream, j: number): boolean {
  return ts.kind[j] === TokenKind.punct && tokenAt(ts, j) === "-" && j > 0 && j + 1 < ts.count &&
    ts.kind[j - 1] === TokenKind.word && ts.kind[j + 1] === TokenKind.word && ts.end[j - 1] === ts.start[j] && ts.end[j] === ts.start[j + 1];
}

// "Für den Entwurf stimmten 139 Abgeordnete", "Im Landtag stimmten 71 Abgeordnete dafür": German
// puts the voting verb right before its counted subject. "Insgesamt stimmten 265.000 Wähler ab" is
// the turnout: the particle "ab" closes that clause.
const VOTE_VERBS = new Set(VOTING_VERBS.de);
const VOTES: ConceptRef = { key: "votes" };

/** A German voting verb right before the count, its clause not closed by "ab": the count is votes. */
export function readVoteBefore(ts: TokenStream, to: number, lex: CompiledLexicon): StateMatch | null {
  if (lex.language !== "de" || !VOTE_VERBS.has(lowerAt(ts, to))) return null;
  for (let j = to + 1; j < ts.count && j - to <= REACH; j++) {
    const t = tokenAt(ts, j);
    if (ts.kind[j] === TokenKind.punct && CLAUSE_END.has(t)) break;
    if (t === "ab") return null;
  }
  return { concept: VOTES, first: to, last: to };
}
