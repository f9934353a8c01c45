import { beforeAgeAside } from "./age-aside";
import { antecedentBeforeRelative } from "./antecedent-subject";
import { isBallotSideName } from "./read-ballot-side";
import { nameInApposition } from "./name-in-apposition";
import type { CompiledLexicon } from "./lexicon";
import { lemmaKey } from "./lemmatize";
import { claimantWord } from "./name-claimant";
import { ESTIMATE_NOUNS } from "./lexicon/estimate-words";
import { GERMAN_GENITIVE_ARTICLES, GERMAN_PREPOSITIONS } from "./lexicon/word-class-words";
import { wordSets } from "./lexicon/rule-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readCompoundSource } from "./read-compound-source";
import { reportAsSubject } from "./report-as-subject";
import { isSayingParticiple, subjectOfSayingParticiple } from "./saying-participle";
import { conceptOfNoun } from "./read-counted-phrase";
import { isSayingVerb, isThingActing, determinedNounLeft, determinedNounRight, speakerHead } from "./determined-speaker";
import { governsAmount, isDemandVerb } from "./read-demanded-amount";
import { isPossessive, readClaimantLeft, readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { isAbbreviatedName, namesKnownSource } from "./names-known-source";
import { TokenKind, endsInGenitiveS, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * A claimant named in a sentence: where the cue is, the phrase, and whether it is an explicit source;
 * `name` when no span of the text spells it ("nach Polizeiangaben": police).
 */
export type ClaimantCue = { at: number; span: ClaimantSpan; explicit: boolean; last: number; pronoun?: true; role?: true; name?: string; onlyFor?: [number, number] };

const DAY_WORDS = new Set(["today", "yesterday", "tonight"]);
const AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are", "would", "will", "also", "later", "earlier", "previously", "now", "still"]);

// "beziffert sie", "sagte er", "they said": the speaker is whoever the text named before.
const PRONOUNS = new Set(["er", "sie", "es", "he", "she", "they", "it"]);

// "The union put it at 70,000", "put it far higher, at €200m": English never puts its speaker after
// the verb as "it"; before "at" and its figure, "it" is what the figure is of, and the speaker is the
// subject before the verb. "The party said it had won 24%" keeps "it" as the party, named before.
const OBJECT_REACH = 4;
function isFigureObject(ts: TokenStream, k: number): boolean {
  if (lowerAt(ts, k) !== "it") return false;
  for (let m = k + 1; m <= k + OBJECT_REACH && m < ts.count; m++) {
    const t = lowerAt(ts, m);
    if (t === "at") return true;
    if (t === ";" || t === "." || t === ":") return false;
  }
  return false;
}

// "Organisers say it is already more than 50,000": English does not put its speaker after the verb
// as a pronoun; a pronoun there opens what is said, and a speaker named right before the verb speaks.
function namedSubjectBefore(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): boolean {
  if (verb <= first || ts.kind[verb - 1] !== TokenKind.word) return false;
  const w = lowerAt(ts, verb - 1);
  return lex.claimantWords.has(w) || lex.titles.has(w);
}

// "the estimate", "a count by municipal staff", "citing counts by …", "their estimates": a word of
// counting or saying after an article, a possessive, a preposition or a participle is a noun.
const NOUN_OPENERS = new Set(["of", "by", "for", "with", "from", "on", "in", "to", "at", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
// "Police estimate", "which they estimate at", "police estimating", but "Final estimate", "the
// provisional estimate": the plain forms are verbs only after a claimant noun, a title or a
// pronoun; after an adjective they are the noun.
const PLAIN_COUNTING = new Set(["estimate", "estimating", "claim"]);
function isNounOfSpeech(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): boolean {
  if (j <= first || ts.kind[j - 1] !== TokenKind.word) return PLAIN_COUNTING.has(lowerAt(ts, j));
  // "Organisers now claim 100,000", "Police still estimate 20,000": an adverb between the speaker and the verb.
  const at = PASSIVE_ADVERBS.has(lowerAt(ts, j - 1)) && j - 1 > first && ts.kind[j - 2] === TokenKind.word ? j - 2 : j - 1;
  const before = lowerAt(ts, at);
  if (PLAIN_COUNTING.has(lowerAt(ts, j)) && !lex.claimantWords.has(before) && !lex.titles.has(before) && !PRONOUNS.has(before)) return true;
  // "The party's claim that …": a genitive owns the noun after it.
  return lex.articles.has(before) || NOUN_OPENERS.has(before) || endsInGenitiveS(before) || (before.length > 5 && before.endsWith("ing") && !isCapitalized(ts, j - 1));
}

// "the chancellor told MPs", "told reporters": who is told is the audience, never the speaker.
const AUDIENCE_VERBS = new Set(["told", "tells", "tell", "briefed"]);
// "Turnout was confirmed at 57.3%": before a passive the subject is what was said; the speaker, if
// any, follows "by".
const PASSIVE_BE = new Set(["was", "were", "is", "are", "been", "being", "be"]);
const PASSIVE_ADVERBS = new Set(["now", "still", "also", "already", "widely", "generally", "initially", "originally"]);
// "Amendments added CZK 8.5bn": an amount right after "added" is what was added, not speech.
const DOING_VERBS = new Set(["added", "adds"]);

// A number next, or after a currency symbol or code ("€2m", "CZK 8.5bn").
function amountFollows(ts: TokenStream, j: number): boolean {
  if (ts.kind[j + 1] === TokenKind.number) return true;
  const between = tokenAt(ts, j + 1);
  return ts.kind[j + 2] === TokenKind.number && between.length <= 3 && !CLAUSE_OPENERS.has(between) && between !== ".";
}

// "was confirmed at 12 by the coroner": the agent after "by" in the passive's clause.
function agentOfPassive(ts: TokenStream, verb: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  for (let k = verb + 1; k < last; k++) {
    if (CLAUSE_OPENERS.has(lowerAt(ts, k)) || tokenAt(ts, k) === ".") return null;
    if (lowerAt(ts, k) === "by") return readClaimantRight(ts, k + 1, last, lex);
  }
  return null;
}

// "bundesweit", "landesweit", "weltweit": German forms adverbs of extent with "-weit".
const EXTENT_ADVERB = /^\p{L}+weit$/u;

const CLAUSE_OPENERS = new Set([",", ";", ":", "–", "—", "während", "dass", "weil", "nachdem", "wie", "als", "ob", "obwohl", "da", "wo"]);

/**
 * The speaker of a German speech verb whose subject comes before it: at the clause start in a
 * subordinate clause ("Während das Innenministerium am Mittwoch 23 Tote meldete") or right before the
 * verb ("Das Forum beziffert"), never a place ("… in Bayern meldete").
 */
function germanSubject(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  if (verb <= first) return null;
  const antecedent = antecedentBeforeRelative(ts, verb, first, lex);
  if (antecedent) return antecedent;
  let start = verb - 1;
  while (start > first && !CLAUSE_OPENERS.has(lowerAt(ts, start - 1))) start--;
  // "Im Herbst hatte die spanische Regierung geschätzt": the subject is a noun phrase of the
  // clause that no preposition governs; a known institution or a name beats any other noun.
  let fallback: ClaimantSpan | null = null;
  for (let k = start; k < verb; k++) {
    // "…, die die Behörde gemeldet hatte": a relative pronoun before the subject's article is no part of it.
    if (k === start && lex.relativePronouns.has(lowerAt(ts, k)) && lex.articles.has(lowerAt(ts, k + 1))) continue;
    // "Während der Hitzewelle hat das Gesundheitsamt …": a preposition governs its article, adjectives and noun.
    if (PREPOSITIONS.has(lowerAt(ts, k))) {
      while (k + 1 < verb && ts.kind[k + 1] === TokenKind.word && !isCapitalized(ts, k + 1)) k++;
      if (k + 1 < verb && ts.kind[k + 1] === TokenKind.word) k++;
      continue;
    }
    if (!isCapitalized(ts, k) && !lex.articles.has(lowerAt(ts, k))) continue;
    // "Bundesweit seien nach eigenen Angaben …": an adverb of extent, capitalized only as the
    // sentence's first word, is no speaker.
    if (EXTENT_ADVERB.test(lowerAt(ts, k))) continue;
    // "Elf Tage nach der Wahl hat die Wahlkommission … veröffentlicht": a span of time is no speaker.
    if (lex.numberWords.has(lowerAt(ts, k)) || lex.timeUnits.byFirst.has(lowerAt(ts, k))) continue;
    const span = readClaimantRight(ts, k, verb - 1, lex);
    if (!span) continue;
    if (isKnownClaimant(ts, span, lex)) return span;
    fallback ??= span;
    k = span.last;
  }
  if (fallback) return fallback;
  const left = readClaimantLeft(ts, verb - 1, first, lex);
  // "Im Gemeinderat hält die BU 15 Mandate": a noun behind a preposition is no subject.
  return left && !EXTENT_ADVERB.test(lowerAt(ts, left.first)) && !lex.placePrepositions.has(lowerAt(ts, left.first - 1)) && !PREPOSITIONS.has(lowerAt(ts, left.first)) ? left : null;
}

// "Die Grünen beziffern die Lücke auf 3,1 Milliarden Euro": a noun naming what figures are of (a
// deficit, the dead) after the verb is its object, never who speaks.
function namesAFigure(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): boolean {
  const head = lowerAt(ts, span.last);
  return lex.amountNouns.has(lemmaKey(head, lex.language)) || conceptOfNoun(head, lex) !== null;
}

// "fordern ein Lösegeld von 2 Millionen Euro", "verlangt eine Entschädigung in Höhe von 500 Euro":
// after a verb of demanding, a noun measured by the figure that follows it is what is demanded,
// never who speaks, whatever the noun. Only there: "sprach der Hilfsbund von 30 Toten" is a speaker
// before the "von" of its verb.
function isMeasuredByFigure(ts: TokenStream, k: number): boolean {
  const von = lowerAt(ts, k) === "in" && lowerAt(ts, k + 1) === "höhe" ? k + 2 : k;
  if (lowerAt(ts, von) !== "von") return false;
  // The figure itself or one word before it: "von 2 Millionen", "von rund 2 Millionen".
  return ts.kind[von + 1] === TokenKind.number || ts.kind[von + 2] === TokenKind.number;
}

// "Ein Sprecher des Finanzministeriums wies die Vorwürfe zurück": a genitive after the speaker
// (article and up to three capitalized or inflected words) still leaves it right before the verb.
const GENITIVE_REACH = 4;
const GENITIVE_ARTICLES = new Set(GERMAN_GENITIVE_ARTICLES);
function closesBeforeVerb(ts: TokenStream, span: ClaimantSpan, verb: number): boolean {
  if (span.last === verb - 1) return true;
  if (!GENITIVE_ARTICLES.has(lowerAt(ts, span.last + 1)) || verb - span.last > GENITIVE_REACH + 1 || span.last + 2 >= verb) return false;
  for (let k = span.last + 2; k < verb; k++) if (ts.kind[k] !== TokenKind.word) return false;
  return isCapitalized(ts, verb - 1);
}

// Articles that are never a subject's: "Die Stadt meldet einen Schaden von …" names its object after
// the verb, so the speaker is the subject before it.
const OBJECT_ARTICLES = new Set(["einen", "den", "dem", "einem"]);

// "Beim Hochwasser haben die Behörden 43 Tote bestätigt": a noun a preposition governs is no subject,
// contracted forms ("beim", "ins") included. Except after "laut": "Laut Polizei …" names a speaker,
// the very noun this reader looks for.
const PREPOSITIONS = new Set(GERMAN_PREPOSITIONS.filter((w) => w !== "laut"));

function isKnownClaimant(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): boolean {
  let capitals = 0;
  for (let k = span.first; k <= span.last; k++) {
    const w = lowerAt(ts, k);
    if (lex.claimantWords.has(w) || lex.titles.has(w)) return true;
    if (isCapitalized(ts, k)) capitals++;
  }
  return capitals >= 2;
}

// "organisers from the Casa para Todos movement said", "the organisers of the march said", "a
// spokesman for the police said": the speaker is the claimant noun before the modifier.
const POST_MODIFIERS = new Set(["of", "from", "at", "for", "with"]);
const MODIFIER_REACH = 7;

function claimantBeforeModifier(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  for (let k = verb - 1; k > first && verb - k <= MODIFIER_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "-") return null;
    if (!POST_MODIFIERS.has(lowerAt(ts, k))) continue;
    const head = readClaimantLeft(ts, k - 1, first, lex);
    if (!head) return null;
    for (let m = head.first; m <= head.last; m++) if (lex.claimantWords.has(lowerAt(ts, m))) return head;
    return null;
  }
  return null;
}

// "Rescue services said 41 people were injured", "…, the state warning centre said": English puts
// the subject right before its verb, so a noun phrase filling its whole clause before a speech verb
// is the speaker whatever its head noun (no table lists every body that speaks). Only lowercase
// heads reach here (names are read before); a head that names a figure ("the budget puts it at")
// is what is counted, not who counts.
const SUBJECT_WORDS = 4;
const CLAUSE_MARKS = new Set([",", ";", ":", "–", "—"]);
const INDEFINITE = new Set(["a", "an"]);
const CLAUSE_CONJUNCTIONS = new Set(["while", "whereas", "but", "and", "although", "though"]);
// Whether the verb at `verb` takes an object, as a finite verb does ("reported a demand", "put the
// damage at"), rather than opening an attribute ("announced in the budget", "reported by the agency").
function takesObject(ts: TokenStream, verb: number, lex: CompiledLexicon): boolean {
  if (ts.kind[verb + 1] === TokenKind.number) return true;
  const next = lowerAt(ts, verb + 1);
  return ts.kind[verb + 1] === TokenKind.word && (lex.articles.has(next) || !(lex.functionWords.has(next) || NOUN_OPENERS.has(next)));
}

function wholeClauseSubject(ts: TokenStream, end: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  let k = end;
  while (k >= first && end - k < SUBJECT_WORDS && ts.kind[k] === TokenKind.word) {
    const w = lowerAt(ts, k);
    if (lex.articles.has(w) || lex.functionWords.has(w) || lex.subordinators.has(w) || lex.speechVerbs.has(w) || lex.nonClaimants.has(w) || lex.numberWords.has(w)) break;
    k--;
  }
  // "An energy support scheme announced in the budget will cut bills": an indefinite phrase brings in
  // something new, and a participle after it is its attribute; a source is named definite or bare.
  // "A regional newspaper reported a demand of $4.5m": an indefinite subject whose verb takes an object speaks.
  if (k >= first && INDEFINITE.has(lowerAt(ts, k)) && !takesObject(ts, end + 1, lex)) return null;
  const opener = k >= first && lex.articles.has(lowerAt(ts, k)) ? k - 1 : k;
  // "…, while the region counted about 2,000": a clause may open with a conjunction as with a comma.
  if (k === end || (opener >= first && !CLAUSE_MARKS.has(tokenAt(ts, opener)) && !CLAUSE_CONJUNCTIONS.has(lowerAt(ts, opener)))) return null;
  const span = { first: k + 1, last: end };
  // "…, the report said": a document or a figure is what is said, not who says it.
  return namesAFigure(ts, span, lex) || !speakerHead(ts, end, lex) ? null : span;
}

const APPOSITION_REACH = 24;
const NAME_JOINS = new Set(["for", "of", "on"]);

/**
 * "The shadow chancellor, Priya Lambert, said …", "The council, which had warned …, said …":
 * English sets an apposition or a relative clause between commas after the subject that opens the
 * sentence. The speaker is a name filling the commas, else the phrase before them — only when it
 * opens the sentence, so "…rose to £118bn, the highest since 2020, said X" keeps X.
 */
function subjectBeforeApposition(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): ClaimantSpan | null {
  const close = verb - 1;
  if (tokenAt(ts, close) !== ",") return null;
  let open = close - 1;
  while (open > first && close - open < APPOSITION_REACH && tokenAt(ts, open) !== ",") open--;
  if (open <= first || tokenAt(ts, open) !== ",") return null;
  const inner = readClaimantRight(ts, open + 1, close - 1, lex);
  if (inner && inner.last === close - 1 && inner.first === open + 1 && isCapitalized(ts, inner.first)) return inner;
  const subject = readClaimantLeft(ts, open - 1, first, lex);
  if (!subject) return null;
  // "The Keep 18 alliance": a name's capitals and numbers may stand before the noun read; "The
  // Institute for Fiscal Analysis": a name joins its words with a preposition between capitals.
  const opening = lex.articles.has(lowerAt(ts, first)) ? first + 1 : first;
  for (let k = opening; k < subject.first; k++) {
    const joins = k > opening && NAME_JOINS.has(lowerAt(ts, k)) && isCapitalized(ts, k - 1) && isCapitalized(ts, k + 1);
    if (ts.kind[k] !== TokenKind.number && !isCapitalized(ts, k) && !joins) return null;
  }
  return subject.first > opening && isCapitalized(ts, opening) ? { first: opening, last: subject.last } : subject;
}

// "gab die Polizei am Abend an": the particle closes the clause the verb opens.
function particleInClause(ts: TokenStream, verb: number, last: number, particles: Set<string>): boolean {
  for (let k = verb + 1; k <= last; k++) {
    const t = tokenAt(ts, k);
    if (t === "," || t === "." || t === ";") return false;
    if (particles.has(lowerAt(ts, k)) && (k === last || ts.kind[k + 1] !== TokenKind.word)) return true;
  }
  return false;
}

const REPORT_REACH = 4;

/**
 * "results published by the electoral committee", "figures released by the ministry": English puts
 * a past participle between a report and its author's "by". Returns 1 when token `k` is such a
 * participle (a lowercase word in -ed before "by"), else 0.
 */
function participleBeforeAgent(ts: TokenStream, k: number, lex: CompiledLexicon): number {
  if (lex.language !== "en" || lowerAt(ts, k + 1) !== "by") return 0;
  const w = tokenAt(ts, k);
  return w.length > 4 && w.endsWith("ed") && !isCapitalized(ts, k) ? 1 : 0;
}
// "das Endergebnis der Grazer Gemeinderatswahl", "the result of the vote": what was counted, not who counted.
const BALLOT = /(?:wahl|abstimmung|entscheid|election|elections|vote|referendum|ballot|runoff)$/;

/**
 * "(according to) an early police count", "(according to) a first union tally": English may set
 * the author, a claimant noun, right before the report noun instead of after it; the modifiers
 * before that noun ("early", "first") say what report it is, not who made it.
 */
function claimantBeforeReport(ts: TokenStream, noun: number, lex: CompiledLexicon): ClaimantSpan | null {
  if (lex.language !== "en" || ts.kind[noun - 1] !== TokenKind.word) return null;
  return claimantWord(lowerAt(ts, noun - 1), lex) === undefined ? null : { first: noun - 1, last: noun - 1 };
}

/**
 * Who made the report named at token `j`: "(laut) der Befragung des Instituts Sondagem Atlântica",
 * "(nach) dem vorläufigen Ergebnis des Wahlamts", "(according to) a survey by Ipsos". A poll, a
 * count or a study speaks with its author's voice. Null when no report noun with an author is there.
 */
function authorOfReport(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  let k = j;
  if (lex.articles.has(lowerAt(ts, k))) k++;
  for (const from = k; k <= last && k - from < REPORT_REACH; k++) {
    if (ts.kind[k] !== TokenKind.word) return null;
    const w = lowerAt(ts, k);
    if (lex.reportNouns.has(w)) break;
    // Only modifiers stand between: German adjectives are lowercase, English ones not function words.
    if (lex.language === "de" ? isCapitalized(ts, k) : lex.functionWords.has(w)) return null;
  }
  if (k > last || !lex.reportNouns.has(lowerAt(ts, k))) return null;
  const link = k + 1 + participleBeforeAgent(ts, k + 1, lex);
  if (!lex.authorLinks.has(lowerAt(ts, link))) return claimantBeforeReport(ts, k, lex);
  const author = readClaimantRight(ts, link + 1, last, lex);
  return author && !BALLOT.test(lowerAt(ts, author.last)) ? author : null;
}

const ESTIMATE_WORDS = wordSets(ESTIMATE_NOUNS);

// "(nach) der ersten Hochrechnung", "(nach) ersten Hochrechnungen": an article and lowercase
// adjectives, then a word for an estimate. Its token, or null.
function estimateAfter(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): number | null {
  let k = j;
  if (lex.articles.has(lowerAt(ts, k))) k++;
  for (const from = k; k <= last && k - from < REPORT_REACH; k++) {
    if (ts.kind[k] !== TokenKind.word) return null;
    if (ESTIMATE_WORDS[lex.language].has(lowerAt(ts, k))) return k;
    if (isCapitalized(ts, k)) return null;
  }
  return null;
}

// "Am Dienstag hatte die Regionalregierung neun Tote gemeldet": German's perfect puts the speech
// verb's participle (lexicon `perfectSpeech`) at the clause end, its speaker before it. The same
// participle in the passive ("Es wurden 977 Stimmen gezählt", "seien doppelt gezählt worden", "Die
// Zinsen seien vorsichtig veranschlagt") or a comparison ("höher als angegeben") names no speaker.
const PASSIVE_WERDEN = new Set([
  "wird", "werden", "wurde", "wurden", "worden", "würde", "würden", "werde",
  "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "gewesen",
]);
const COMPARED = new Set(["als", "wie"]);

/**
 * "Statt 81 Toten, die der Dienst gemeldet hatte, seien es 76": a relative clause's speaker gave the
 * figure its pronoun refers to, not the rest of the sentence. Returns the clause before the relative
 * clause's comma (first and last token) when the verb at `verb` stands in one, else null.
 */
function clauseBeforeRelative(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): [number, number] | null {
  let open = verb - 1;
  while (open >= first && !CLAUSE_MARKS.has(tokenAt(ts, open))) open--;
  if (open <= first || tokenAt(ts, open) !== "," || !lex.relativePronouns.has(lowerAt(ts, open + 1))) return null;
  let from = open - 1;
  while (from > first && !CLAUSE_MARKS.has(tokenAt(ts, from - 1))) from--;
  return [from, open - 1];
}

// "… und nicht auf 3.350 Euro, wie der Kämmerer angebe, …", "…, not the 44.8% the ministry projects":
// a figure set aside is credited to the clause right after it, which speaks for that figure only.
const SET_ASIDE = new Set(["nicht", "statt", "anstatt", "not", "instead", "against"]);
const AS_CLAUSE = new Set(["wie", "as"]);
const SET_ASIDE_REACH = 6;

/**
 * The figure set aside right before the speech verb at `verb` ("nicht auf 229 Prozent, wie das
 * Ministerium annehme", "not the 44.8% the ministry projects"): its tokens from the word setting it
 * aside to the verb's clause, or null when the verb's clause follows no such figure.
 */
// Every word of a sentence is asked whether it is a speech verb: the two-word ones are looked up with
// the word after only for the few words they start, not by joining a new string at every word.
const TWO_WORD_STARTS = new WeakMap<CompiledLexicon, Set<string>>();
function startsTwoWordVerb(lex: CompiledLexicon): Set<string> {
  let starts = TWO_WORD_STARTS.get(lex);
  if (!starts) TWO_WORD_STARTS.set(lex, (starts = new Set([...lex.speechVerbs].filter((v) => v.split(" ").length === 2).map((v) => v.split(" ")[0]!))));
  return starts;
}

function setAsideFigure(ts: TokenStream, verb: number, first: number, lex: CompiledLexicon): [number, number] | null {
  let end = -1;
  if (lex.language === "de") {
    // ", wie <subject> <verb>": the subject fills the words between "wie" and the verb.
    let open = verb - 1;
    while (open > first && verb - open <= SUBJECT_WORDS + 1 && ts.kind[open] === TokenKind.word && !AS_CLAUSE.has(lowerAt(ts, open))) open--;
    if (!AS_CLAUSE.has(lowerAt(ts, open)) || tokenAt(ts, open - 1) !== ",") return null;
    end = open - 2;
  } else {
    // "the 44.8% the ministry projects": a definite figure, then the clause's subject with its article.
    let article = verb - 1;
    while (article > first && verb - article <= SUBJECT_WORDS && ts.kind[article] === TokenKind.word && !lex.articles.has(lowerAt(ts, article))) article--;
    if (!lex.articles.has(lowerAt(ts, article))) return null;
    end = article - 1;
  }
  let figure = false;
  for (let k = end; k >= first && end - k <= SET_ASIDE_REACH; k--) {
    if (ts.kind[k] === TokenKind.number) figure = true;
    else if (CLAUSE_MARKS.has(tokenAt(ts, k))) return null;
    else if (SET_ASIDE.has(lowerAt(ts, k))) return figure ? [k, verb] : null;
  }
  return null;
}

function isPerfectOfSpeech(ts: TokenStream, verb: number, first: number, last: number): boolean {
  if (COMPARED.has(lowerAt(ts, verb - 1))) return false;
  for (let k = verb - 1; k >= first && !CLAUSE_MARKS.has(tokenAt(ts, k)); k--) if (PASSIVE_WERDEN.has(lowerAt(ts, k))) return false;
  for (let k = verb + 1; k <= last && !CLAUSE_MARKS.has(tokenAt(ts, k)) && tokenAt(ts, k) !== "."; k++) if (PASSIVE_WERDEN.has(lowerAt(ts, k))) return false;
  return true;
}

// "An exit poll put Yes at 54%", "sah Ja bei 54 Prozent": a side of a referendum after the verb is
// what the figure is about (its holder), not who gives it.
function notASide(ts: TokenStream, span: ClaimantSpan | null, lex: CompiledLexicon): ClaimantSpan | null {
  if (!span) return null;
  const first = lex.articles.has(lowerAt(ts, span.first)) ? span.first + 1 : span.first;
  return first <= span.last && isBallotSideName(ts, first, span.last, lex) ? null : span;
}

/**
 * The claimant cue at token `j` of the sentence `first`..`last`, or null: an explicit source phrase
 * ("laut Polizei", "nach Angaben des Ministeriums", "dem Ministerium zufolge", "according to local
 * officials") or the subject of a speech verb ("Müller betonte", "sagte Jana Roth"). Report
 * cues such as "laut Berichten" are certainty, not claimants, and are skipped by the caller.
 */
export function readClaimantCue(ts: TokenStream, j: number, first: number, last: number, lex: CompiledLexicon): ClaimantCue | null {
  const marker = matchPhraseForward(ts, j, lex.sourceMarkers, last);
  if (marker) {
    const author = authorOfReport(ts, marker.last + 1, last, lex);
    if (author) return { at: j, span: author, explicit: true, last: marker.last };
    const span = readClaimantRight(ts, marker.last + 1, last, lex) ?? determinedNounRight(ts, marker.last + 1, last, lex);
    if (span) return { at: j, span, explicit: true, last: marker.last };
    // "according to the first projection": an estimate with no author named speaks for itself.
    const estimate = estimateAfter(ts, marker.last + 1, last, lex);
    return estimate === null ? null : { at: j, span: { first: estimate, last: estimate }, explicit: true, last: estimate };
  }
  const word = lowerAt(ts, j);
  const compound = lex.language === "de" ? readCompoundSource(ts, j, lex) : null;
  if (compound) return { at: j, span: compound.span, explicit: true, last: compound.last, ...(compound.name ? { name: compound.name } : {}) };
  // "Eine Hochrechnung der Forschungsgruppe Nordstat sah die SPD bei 29,5 Prozent", "The poll by the
  // Nordstat research group put the SPD at 29.5%": a report with a named author speaks for it anywhere.
  if (lex.reportNouns.has(word) && lex.authorLinks.has(lowerAt(ts, j + 1))) {
    const author = authorOfReport(ts, j, last, lex);
    if (author && isKnownClaimant(ts, author, lex)) return { at: j, span: author, explicit: true, last: j };
    // "The police estimate of the crowd rose to 4,000", "the organisers' count of marchers": what a
    // report is "of" is what it counts; a known body before the report is its author.
    // "the government's forecast of €52.8bn": a report "of" a figure is the figure, its owner no source of other figures.
    if (ts.kind[j + 2] !== TokenKind.word || /^[A-Z]{3}$/.test(tokenAt(ts, j + 2))) return null;
    const owner = j > first ? readClaimantLeft(ts, j - 1, first, lex) : null;
    if (owner && isKnownClaimant(ts, owner, lex)) return { at: j, span: owner, explicit: true, last: j };
    // "The police's estimate of the crowd", "the organisers' count of marchers": a known body in the possessive.
    const possessed = j > first && lex.language === "en" ? lowerAt(ts, j - 1).replace(/['’]s?$/, "") : "";
    const body = possessed && possessed !== lowerAt(ts, j - 1) ? lex.claimantWords.get(possessed) : undefined;
    return body ? { at: j, span: { first: j - 1, last: j - 1 }, explicit: true, last: j, name: body } : null;
  }
  // "Die Gewerkschaft vertritt nach eigenen Angaben 30.000 Beschäftigte": by its own account, the
  // subject of the clause gives the figure.
  if (word === "nach" && lex.language === "de" && lowerAt(ts, j + 1) === "eigenen" && lowerAt(ts, j + 2) === "angaben") {
    const subject = germanSubject(ts, j, first, lex);
    return subject ? { at: j, span: subject, explicit: true, last: j + 2 } : null;
  }
  // "nach dem vorläufigen Ergebnis des Wahlamts": "nach" names a source only before a report and its author.
  if (word === "nach" && lex.language === "de") {
    const author = authorOfReport(ts, j + 1, last, lex);
    if (author) return { at: j, span: author, explicit: true, last: j };
    // "Nach der Hochrechnung käme die CDU auf 35 Sitze", as "laut Hochrechnung": an estimate whose
    // author the sentence does not name speaks for itself.
    const estimate = estimateAfter(ts, j + 1, last, lex);
    return estimate === null ? null : { at: j, span: { first: estimate, last: estimate }, explicit: true, last: estimate };
  }
  if (lex.sourcePostpositions.has(word)) {
    const span = readClaimantLeft(ts, j - 1, first, lex);
    return span ? { at: j, span, explicit: true, last: j } : null;
  }
  if (isSayingParticiple(ts, j, lex)) {
    const subject = subjectOfSayingParticiple(ts, j, first, lex);
    return subject ? { at: j, span: subject, explicit: false, last: j } : null;
  }
  // "police stood by their estimate": a speech verb of two words is looked up with the word after.
  const perfect = lex.perfectSpeech.has(word);
  if (perfect && !isPerfectOfSpeech(ts, j, first, last)) return null;
  if (!perfect && !lex.speechVerbs.has(word) && !(startsTwoWordVerb(lex).has(word) && lex.speechVerbs.has(`${word} ${lowerAt(ts, j + 1)}`))) return null;
  const onlyFor = perfect ? clauseBeforeRelative(ts, j, first, lex) : setAsideFigure(ts, j, first, lex);
  if (lex.language === "en" && DOING_VERBS.has(word) && amountFollows(ts, j)) return null;
  if (lex.language === "en" && isNounOfSpeech(ts, j, first, lex)) return null;
  // "The projection gives the Greens 18 seats": a report giving or putting names a holder after the verb, no speaker.
  const report = reportAsSubject(ts, j, first, lex);
  if (report) return report.source ? { at: j, span: report.source.span, explicit: false, last: j, ...(report.source.name ? { name: report.source.name } : {}) } : null;
  // "Verdi fordert 8 Prozent", but "verlangt eine Nachzählung, nachdem …" and "forderte 40 Tote" name no giver.
  if (isDemandVerb(word, lex) && !governsAmount(ts, j, first, last, lex)) return null;
  // "The reserve is now expected to fall": an adverb may stand between the passive's "be" and its participle.
  // "The union is demanding 8%": "be" before an -ing form is the progressive, whose subject speaks.
  if (lex.language === "en" && !word.endsWith("ing") && (PASSIVE_BE.has(lowerAt(ts, j - 1)) || (PASSIVE_BE.has(lowerAt(ts, j - 2)) && PASSIVE_ADVERBS.has(lowerAt(ts, j - 1))))) {
    const agent = agentOfPassive(ts, j, last, lex);
    return agent ? { at: j, span: agent, explicit: false, last: j } : null;
  }
  const particles = lex.speechParticles.get(word);
  if (particles && !particleInClause(ts, j, last, particles)) return null;
  // ", so Beispiel": "so" reports speech only in this exact shape.
  if (word === "so" && !(tokenAt(ts, j - 1) === "," && isCapitalized(ts, j + 1))) return null;
  if ((PRONOUNS.has(lowerAt(ts, j + 1)) && !(lex.language === "en" && (isFigureObject(ts, j + 1) || namedSubjectBefore(ts, j, first, lex)))) || (lex.language === "en" && PRONOUNS.has(lowerAt(ts, j - 1)))) {
    // "Die Polizei beziffert sie auf 4.000": with a subject before the verb, the pronoun is its object.
    const subject = lex.language === "de" ? germanSubject(ts, j, first, lex) : null;
    if (subject && subject.last === j - 1) return { at: j, span: subject, explicit: false, last: j };
    return { at: j, span: { first: j, last: j }, explicit: false, last: j, pronoun: true };
  }
  // German inverts after a fronted phrase ("…, sagte Roth"), so the name after the verb comes first;
  // English puts the speaker first ("Police said 40 people …") unless the quote does.
  let span: ClaimantSpan | null;
  if (lex.language === "de") {
    // "bekräftigte seine Warnung": after a possessive, only a known speaker is one ("sagte ihr
    // Finanzexperte Jonas Weber"); anything else is the verb's object.
    const object = OBJECT_ARTICLES.has(lowerAt(ts, j + 1));
    const read = object ? null : notASide(ts, nameInApposition(ts, j + 1, last, lex) ?? readClaimantRight(ts, j + 1, last, lex), lex);
    if (read && isPossessiveRole(ts, read, lex)) return { at: j, span: read, explicit: false, last: j, pronoun: true, role: true };
    const right = read && isPossessive(ts, j + 1) && !isKnownClaimant(ts, read, lex) ? null : read;
    // "…, sagten Beamte": a known speaker after the verb speaks, though a figure could count it too.
    const after = right && ((namesAFigure(ts, right, lex) && !(tokenAt(ts, j - 1) === "," && isKnownClaimant(ts, right, lex))) || (isDemandVerb(word, lex) && isMeasuredByFigure(ts, right.last + 1))) ? null : right;
    // "der rund 11.000 Einwohner zählt": a noun counted by the figure before it is the verb's object, no speaker.
    // "Zwölf Menschen wurden verletzt, sagten Anwohner": nor is one counted in words in the clause
    // before a verb that opens its own after a comma ("Drei Polizisten sagten, …" still speak).
    const subject = germanSubject(ts, j, first, lex);
    const countedBefore = subject !== null && tokenAt(ts, j - 1) === "," && lex.numberWords.has(lowerAt(ts, subject.first - 1));
    const before = subject && (ts.kind[subject.first - 1] === TokenKind.number || countedBefore) ? null : subject;
    // "Ministerpräsident Robert Golob bezifferte die Schäden auf …": a known speaker right before
    // the verb is its subject, and what follows its object — unless that is a known speaker too
    // ("Daraufhin bezifferte die Polizei …").
    const speakerBefore = before && closesBeforeVerb(ts, before, j) && isKnownClaimant(ts, before, lex);
    span = after && isKnownClaimant(ts, after, lex) ? after : speakerBefore ? before : (after ?? before);
  }
  else {
    // "a spokesman for the fire service said": the institution when it is read; else the noun
    // before the modifier ("the organisers of the march said").
    // "the initiative had claimed", "police have said", "the office on Thursday published": the
    // speaker stands before the auxiliary and the day.
    let end = beforeAgeAside(ts, j - 1, first);
    // "The Free Citizens Party (FCP) says …": a short form in brackets after the subject is its apposition.
    if (tokenAt(ts, end) === ")" && tokenAt(ts, end - 2) === "(" && isAbbreviatedName(tokenAt(ts, end - 1)) && end - 3 >= first) end -= 3;
    while (end > first) {
      const w = lowerAt(ts, end);
      if (AUXILIARIES.has(w)) end--;
      else if (lex.weekdays.has(w) || DAY_WORDS.has(w)) end -= lowerAt(ts, end - 1) === "on" ? 2 : 1;
      else break;
    }
    const left = j > first ? readClaimantLeft(ts, end, first, lex) : null;
    const right = AUDIENCE_VERBS.has(word) ? null : notASide(ts, nameInApposition(ts, j + 1, last, lex) ?? readClaimantRight(ts, j + 1, last, lex), lex);
    span = (left && isKnownClaimant(ts, left, lex) ? left : null) ?? (j > first ? claimantBeforeModifier(ts, j, first, lex) : null) ?? left ??
      (j > first + 2 ? subjectBeforeApposition(ts, j, first, lex) : null) ?? right ??
      (isSayingVerb(ts, j, last) ? determinedNounLeft(ts, end, first, lex) : null) ?? (j > first && !isThingActing(ts, j, last) ? wholeClauseSubject(ts, end, first, lex) : null);
  }
  if (span && KEEPING_VERBS.has(word) && !namesKnownSource(ts, span, lex)) return null;
  if (span && isPossessiveRole(ts, span, lex)) return { at: j, span, explicit: false, last: j, pronoun: true, role: true };
  if (span && onlyFor) return { at: j, span, explicit: false, last: j, onlyFor };
  return span ? { at: j, span, explicit: false, last: j } : null;
}

// "sagte ihr Vorsitzender", "its chairman said": a role behind a possessive, with no name after it,
// speaks for the body named before; the cue is a pronoun's, resolved as "sagte er" is
// (resolveClaimantPronoun), and the role itself speaks when nobody was named before.
function isPossessiveRole(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): boolean {
  const possessive = isPossessive(ts, span.first) ? span.first : span.first - 1;
  return span.last === possessive + 1 && isPossessive(ts, possessive) && lex.titles.has(lowerAt(ts, span.last));
}

// "Die Polizei bleibt bei 9.000", "die CGT bleibt bei ihrer Zahl", "hält an ihrer Zahl von 44 Toten
// fest": keeping to a figure gives it only when a source keeps to it; "Der Steuerfuss bleibt bei 119
// Prozent" is a level that stays.
const KEEPING_VERBS = new Set(["bleibt", "blieb", "bleiben", "blieben", "hält", "hielt", "halten", "hielten"]);
