import { resolvePlace } from "@/lib/places";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { STATEMENT_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { SHARE_MOVE_VERBS } from "./lexicon/share-move-words";
import { LEADER_PHRASES } from "./lexicon/leader-words";
import { ALLEGING_VERBS } from "./lexicon/reported-speech-words";
import { buildPhraseIndex } from "./lexicon/phrase-index";
import { isIncidentalNumber } from "./not-a-count";
import { isThresholdNumber } from "./threshold-figure";
import { partyOfPersonEndingAt } from "./share-holder";
import { partyFamilyOf } from "./party-family";
import { partyNameWords } from "./party-name-words";
import { isMoneyNounAt } from "./find-amount-subject";
import { isoCodeAt } from "./read-unit";
import { ROUND_NOUNS } from "./lexicon/round-noun-words";
import { CANDIDATE_PRONOUNS } from "./lexicon/won-with-words";
import { isElectionNoun } from "./place-of-election";
import { conceptOfNoun } from "./read-counted-phrase";
import { GERMAN_PREPOSITION_SET, holderNameEndingAt, isAcronym, type Holder } from "./holder-name-ending-at";
import { looksLikeYear } from "./looks-like-year";
import { TokenKind, isCapitalized, isJoiningHyphen, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

const REACH = 24;

/**
 * "verliert die ÖVP gegenüber 2029 genau 3,4 Prozentpunkte", "down 2.1 points on 2029": a year after
 * a lowercase word (the preposition of a comparison) is the baseline of a change, no figure held.
 */
export function isBaselineYear(ts: TokenStream, j: number): boolean {
  return ts.kind[j] === TokenKind.number && looksLikeYear(tokenAt(ts, j)) && ts.kind[j - 1] === TokenKind.word && !isCapitalized(ts, j - 1);
}
// A statement's end (STATEMENT_ENDS) ends what a holder can reach; commas and dashes only close a
// clause (`clauseClosed`), after which the holder may still be named.
const CLAUSE_BREAKS = new Set([",", "–", "—"]);
const MAX_NAME = 3;
// An acronym is a holder wherever it stands in the sentence before the figure; a name of other
// shape only in the figure's clause.

/** Whether a holder is written as an acronym ("SPD", "AfD"), which German does not give any noun. */
export function isAcronymHolder(ts: TokenStream, holder: Holder): boolean {
  return isAcronym(tokenAt(ts, holder.last));
}

// "SPD-Kandidatin Aylin Demir auf 1.400": an acronym joined to a word for a candidate names the
// candidate's party; the person named after it holds the figure (GUIDE.md: the candidate whose votes they are).
function isCandidatesParty(ts: TokenStream, acronymLast: number, lex: CompiledLexicon): boolean {
  return isJoiningHyphen(ts, acronymLast + 1) && lex.holderNouns.has(lowerAt(ts, acronymLast + 2));
}

// "Die RK verlangt eine Neuauszählung, wo sie auf 31 Prozent kam", "The DP held on. It won 20.1%",
// "Its final share was 33.2%", "Ihr Anteil lag bei …": a pronoun or possessive holding a share points
// back to the party last named, in its sentence or the one before.
const HOLDER_PRONOUNS = new Set(["sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "it", "its", "their", "her", "his"]);
// "In der Stichwahl kam sie auf 52,3 Prozent", "In the first round she won 44.7 percent": a personal
// pronoun as the subject of a share stands for whoever the article last credited a share or seats to
// (the candidate or party it is about), when no party's acronym stands in reach.
// Only right beside its verb of winning or of having ("kam sie auf", "hatte sie 44,7 Prozent", "she
// won"): "Am höchsten war sie mit 51,3 Prozent" (the turnout), "where he said some 300 ballots had
// been rejected" hold nothing of a person.
const PERSON_PRONOUNS = wordSets(CANDIDATE_PRONOUNS);
const HAVING = new Set(["hatte", "hat", "hatten", "haben", "had", "has"]);

function holdsAsPronoun(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return [j - 1, j + 1].some((k) => HAVING.has(lowerAt(ts, k)) || namesHolding(ts, k, lex));
}
const PRONOUN_REACH = 40;

function partyBefore(ts: TokenStream, pronoun: number, lex: CompiledLexicon): Holder | null {
  let ends = 0;
  for (let j = pronoun - 1; j >= 0 && pronoun - j <= PRONOUN_REACH; j--) {
    // "Nr. 7": a period after an abbreviation ends no sentence; one before a capital does.
    if (ts.kind[j] === TokenKind.punct && STATEMENT_ENDS.has(tokenAt(ts, j)) && isCapitalized(ts, j + 1) && ++ends > 1) return null;
    if (!isAcronym(tokenAt(ts, j)) || isCandidatesParty(ts, j, lex)) continue;
    // "NOK 80,000 for every person. … it is 2.7%": a currency's code is written as an acronym, and names no party.
    if ((isoCodeAt(ts, j) && (ts.kind[j + 1] === TokenKind.number || ts.kind[j - 1] === TokenKind.number)) || matchPhraseForward(ts, j, lex.units)) continue;
    // "Anna Vogt (SPD) gewann. … hatte sie 44,7 Prozent": the pronoun stands for the person whose party is bracketed.
    const party = { name: tokenAt(ts, j), first: j, last: j };
    return personBeforeBracketedParty(ts, party, lex) ?? party;
  }
  return null;
}

const FOR_WORDS = new Set(["for", "für"]);
const REPORTED_THAT = new Set(["that", "dass"]);
const ALLEGING = wordSets(ALLEGING_VERBS);

// "the conservatives won 35 seats": English writes a party family's name in lowercase too; after
// "the" it names the party as its capitalized name would.
function lowercaseFamilyAt(ts: TokenStream, j: number, lex: CompiledLexicon): Holder | null {
  if (lex.language !== "en" || ts.kind[j] !== TokenKind.word || isCapitalized(ts, j) || lowerAt(ts, j - 1) !== "the") return null;
  return partyFamilyOf(lowerAt(ts, j)) ? { name: tokenAt(ts, j), first: j, last: j } : null;
}
// "one for Radio X gave …, another for the newspaper Y 56 to 59": a pronoun standing for a poll named before.
const POLL_ELLIPSIS = new Set(["one", "another", "eine", "einer", "andere", "anderen"]);
const COMMISSIONER_REACH = 5;
const NAME_PARTICLE = 3;

/**
 * "a poll for the newspaper Diario del Sur", "eine andere für den Sender Rhein-TV", "im Auftrag der
 * Zeitung Kurier": a name after "for" a poll, or after "im Auftrag", is who the poll was made for
 * (a claimant), not a party holding the figure.
 */
function namesPollCommissioner(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  for (let k = first - 1; k >= 1 && first - k <= COMMISSIONER_REACH && ts.kind[k] === TokenKind.word; k--) {
    const w = lowerAt(ts, k);
    if (w === "auftrag" && lowerAt(ts, k - 1) === "im") return true;
    if (FOR_WORDS.has(w)) {
      const before = lowerAt(ts, k - 1);
      return lex.reportNouns.has(before) || POLL_ELLIPSIS.has(before);
    }
    // Between "for" and the name only an article, a noun after it ("the newspaper") and a name's
    // particles ("Diario del Sur") may stand: a verb ("gave") ends the search.
    if (!isCapitalized(ts, k) && !lex.articles.has(w) && !lex.articles.has(lowerAt(ts, k - 1)) && w.length > NAME_PARTICLE) return false;
  }
  return false;
}

// "in" alone puts an English name in a place; a German noun after any preposition is a circumstance.
// An article and an adjective may stand between: "im neuen Landtag", "in the new parliament".
const PHRASE_WORDS = 2;
function afterPreposition(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  const prepositions = lex.language === "de" ? GERMAN_PREPOSITION_SET : lex.placePrepositions;
  for (let k = first - 1; k >= 0 && first - k <= PHRASE_WORDS + 1; k--) {
    if (ts.kind[k] !== TokenKind.word || isCapitalized(ts, k)) return false;
    if (prepositions.has(lowerAt(ts, k))) return true;
  }
  return false;
}
/**
 * "Thomas Reuter (CDU) kam auf 40 Prozent", "Anna Vogt (SPD) won 52%": an acronym in brackets after
 * a name of two or three words whose initials it does not spell is that person's party, not the
 * name's abbreviation ("Frente Trabalhista (FT)"); the share is credited to the person (GUIDE.md: a
 * candidate and their party are two holders), filed under the last name later mentions use. The
 * person, or null.
 */
function personBeforeBracketedParty(ts: TokenStream, acronym: Holder, lex: CompiledLexicon): Holder | null {
  if (tokenAt(ts, acronym.first - 1) !== "(" || tokenAt(ts, acronym.last + 1) !== ")") return null;
  const person = holderNameEndingAt(ts, acronym.first - 2, lex, true);
  if (!person || person.first === person.last) return null;
  const initials = new Set<string>();
  for (let k = person.first; k <= person.last; k++) initials.add(tokenAt(ts, k)[0]!.toUpperCase());
  // The abbreviation's letters all among the name's initials: the name is what it stands for (as name-abbreviations.ts reads it).
  if (tokenAt(ts, acronym.last).toUpperCase().split("").every((c) => initials.has(c))) return null;
  return partyFamilyOf(person.name) === null && partyNameWords(person.name) === null ? person : null;
}

const SHARE_MOVES = wordSets(SHARE_MOVE_VERBS);
const ROUNDS = wordSets(ROUND_NOUNS);

/**
 * "Im ersten Wahlgang", "In der Stichwahl", "bei der Landtagswahl": a single noun of a round or of
 * the vote itself says when the figure was counted, so it holds no share, not even as the only name.
 */
function isRoundOrVote(ts: TokenStream, name: Holder, lex: CompiledLexicon): boolean {
  if (name.first !== name.last) return false;
  const w = lowerAt(ts, name.last);
  return ROUNDS[lex.language].has(w) || isElectionNoun(w, lex);
}
const LEADERS = { de: buildPhraseIndex(LEADER_PHRASES.de.map((p): [string, true] => [p, true])), en: buildPhraseIndex(LEADER_PHRASES.en.map((p): [string, true] => [p, true])) };

/**
 * "The conservatives led by Gregor Anselm won 35 seats": the first token of a phrase naming a
 * group's leader that ends right before the name at `first`, or -1. The leader holds no figure;
 * the group named before does.
 */
function leaderPhraseBefore(ts: TokenStream, first: number, lex: CompiledLexicon): number {
  return first > 0 ? (matchPhraseBackward(ts, first - 1, LEADERS[lex.language])?.first ?? -1) : -1;
}

// A verb of winning or losing, or one that moves or keeps a share ("rutschte", "blieb").
const namesHolding = (ts: TokenStream, j: number, lex: CompiledLexicon) => matchPhraseForward(ts, j, lex.gainVerbs) !== null || SHARE_MOVES[lex.language].has(lowerAt(ts, j));

// "Social Democrat Aylin Demir, who came third with 18.9%", "Bremer Mitte, a local group standing
// for the first time, won 10.2%": a comma opening a relative clause or an apposition leaves its
// name the subject of the figure's clause.
const PEOPLE_RELATIVES = new Set(["who", "whose"]);

function keepsSubject(ts: TokenStream, comma: number, lex: CompiledLexicon): boolean {
  if (tokenAt(ts, comma) !== ",") return false;
  const next = lowerAt(ts, comma + 1);
  return PEOPLE_RELATIVES.has(next) || lex.relativePronouns.has(next) || (lex.language === "en" && lex.articles.has(next) && next !== "the");
}

// "The Greens, junior partners in the last coalition, won 9.2%", "Die Grünen, Juniorpartner der
// Koalition, kamen auf 9,2 Prozent": a comma right before the verb of holding closes an apposition,
// and the comma opening it gives the clause back its subject before it.
function closesAsideBeforeVerb(ts: TokenStream, comma: number, nearest: Holder | null, lex: CompiledLexicon): boolean {
  return nearest === null && tokenAt(ts, comma) === "," && namesHolding(ts, comma + 1, lex);
}

/**
 * The holder named right after a figure: "14,698 for Reform UK", "31,2 Prozent für die CDU". Null
 * when no "for" and name follow.
 */
export function readHolderAfter(ts: TokenStream, j: number, lex: CompiledLexicon): Holder | null {
  if (!FOR_WORDS.has(lowerAt(ts, j))) return null;
  let k = j + 1;
  if (lex.articles.has(lowerAt(ts, k))) k++;
  let last = k - 1;
  while (last + 1 < ts.count && last + 1 - k < MAX_NAME && isCapitalized(ts, last + 1)) last++;
  if (last < k) return null;
  const holder = holderNameEndingAt(ts, last, lex);
  return holder && holder.first >= k ? holder : null;
}

// The verb may come before an earlier figure of the list: "Die Grünen erhalten mit 12,1 Prozent elf
// Mandate, die Linke mit 11,7 Prozent".
function gainInSentence(ts: TokenStream, from: number, lex: CompiledLexicon): boolean {
  for (let j = from; j < ts.count && j - from < REACH; j++) {
    if (ts.kind[j] === TokenKind.punct && STATEMENT_ENDS.has(tokenAt(ts, j))) break;
    if (namesHolding(ts, j, lex)) return true;
  }
  for (let j = from - 1; j >= 0 && from - j < REACH * 2; j--) {
    if (ts.kind[j] === TokenKind.punct && STATEMENT_ENDS.has(tokenAt(ts, j))) return false;
    if (namesHolding(ts, j, lex)) return true;
  }
  return false;
}

/**
 * "Social Democratic Alliance: 26.1% (+5.3)", "CDU: 31,2 Prozent": a table of results writes each
 * line as a name, a colon and its figures, with no verb; the name opening the line holds the
 * figures of its row (the share, the seats and their changes). German needs the name to be an acronym or a verb of winning nearby, as below.
 */
function lineHeadHolder(ts: TokenStream, from: number, lex: CompiledLexicon, groupNames = false): Holder | null {
  const colon = groupNames ? (tokenAt(ts, from - 1) === ":" ? from - 1 : -1) : rowColonBefore(ts, from);
  if (colon < 1) return null;
  let lineStart = colon - 1;
  while (lineStart > 0 && colon - 1 - lineStart < MAX_NAME + 2 && !isLineBreakBefore(ts, lineStart)) lineStart--;
  const name = holderNameEndingAt(ts, colon - 1, lex, true, lineStart);
  if (!name || name.first !== lineStart || !isLineBreakBefore(ts, name.first)) return null;
  // "Rhineland-Palatinate: conservatives take 35 seats": a place opening a headline says where, not who.
  if (resolvePlace(name.name, lex.language)) return null;
  // "Runoff: Vogt 52.3%", "Stichwahl: Vogt 52,3 Prozent": a round or a vote labelling the line says
  // when its figures were counted; the name after the colon holds them.
  if (isRoundOrVote(ts, name, lex)) return null;
  // "Turnout: 79.8%", "Wahlbeteiligung: 61 Prozent": a noun the tables know names what the figure is of.
  const concept = name.first === name.last ? conceptOfNoun(lowerAt(ts, name.last), lex) : null;
  if (name.first === name.last && ((concept !== null && !(groupNames && concept.group)) || isMoneyNounAt(ts, name.last, lex))) return null;
  return lex.language === "en" || isAcronym(tokenAt(ts, name.last)) || gainInSentence(ts, from, lex) ? name : null;
}

// How far along its row a figure may stand from the row's colon ("Reform Party: 14.2% (+2.4), 10 seats (+2)").
const ROW_REACH = 16;

/**
 * The colon of the results row whose figures include the one at `from`: the colon right before it,
 * or one earlier on the same line with only figures, brackets and words between ("Centre Party:
 * 7.1% (+0.9), 5 seats (+1)": the seats and their change are the party's too). -1 when none.
 */
function rowColonBefore(ts: TokenStream, from: number): number {
  for (let j = from - 1; j > 0 && from - j <= ROW_REACH; j--) {
    const t = tokenAt(ts, j);
    if (t === ":") return j;
    if (isLineBreakBefore(ts, j) || (ts.kind[j] === TokenKind.punct && STATEMENT_ENDS.has(t))) return -1;
  }
  return -1;
}

/**
 * "Labour: 26.1% (+2.0)", "People's Party: 10.8%": in a results box a row's label that names a
 * group of people (a party called after the workers or the people) holds the row's share; the
 * label is no group the share is of. Null when the figure at `from` opens no such row.
 */
export function rowLabelHolder(ts: TokenStream, from: number, lex: CompiledLexicon): Holder | null {
  return lineHeadHolder(ts, from, lex, true);
}

// At most this many words may describe the name in an apposition ("Green candidate Tom Reiter").
const APPOSITION_MODIFIERS = 3;
const PARTICIPLE = /ed$/;

// Whether the words from `first` up to the name at `name` only describe it ("the Green candidate"),
// rather than open a phrase of their own ("allied with", "backed by"), whose name is someone else.
function namesOnly(ts: TokenStream, first: number, name: number, lex: CompiledLexicon): boolean {
  if (name - first > APPOSITION_MODIFIERS) return false;
  for (let k = first; k < name; k++) {
    if (ts.kind[k] !== TokenKind.word) return false;
    const w = lowerAt(ts, k);
    if (!isCapitalized(ts, k) && !lex.articles.has(w) && (lex.functionWords.has(w) || PARTICIPLE.test(w))) return false;
  }
  return true;
}

/**
 * The holder of a vote, seat or share figure starting at token `from`: an acronym before it in its
 * sentence ("Die SPD hat die Wahl mit 29,4 Prozent gewonnen"), else the name nearest before it in
 * its clause ("kamen die Sozialdemokraten um 18.45 Uhr auf 28,5 Prozent", "Labour won 412 seats"),
 * also in lists that leave the verb out ("…, die CDU auf 27,0 Prozent"). In German every noun is
 * capitalized, so a name that is no acronym counts only when a verb of gaining is in the sentence.
 * `antecedent` is the article's last holder of a share or seats, which a personal pronoun stands for.
 * Null when no holder is named.
 */
export function readHolder(ts: TokenStream, from: number, lex: CompiledLexicon, antecedent?: string): Holder | null {
  const listed = lineHeadHolder(ts, from, lex);
  if (listed) return listed;
  let nearest: Holder | null = null;
  let placed: Holder | null = null;
  let clauseClosed = false;
  let asideOpen = false;
  let asideName: Holder | null = null;
  let gain = false;
  let start = from;
  for (let j = from - 1; j >= 0 && from - j <= REACH; j--) {
    // A headline or a paragraph ends its sentence without a stop: "AfD surges" above "The Social
    // Democrats won with 29.1%" holds none of the body's figures.
    if (isLineBreakBefore(ts, j + 1)) break;
    const t = tokenAt(ts, j);
    if (ts.kind[j] === TokenKind.number) {
      // "The Greens missed the 5% threshold with 4.9%": a bar's figure holds nothing and ends no search.
      if (isIncidentalNumber(ts, j, lex) || isThresholdNumber(ts, j, lex) || isBaselineYear(ts, j)) continue;
      break;
    }
    if (ts.kind[j] === TokenKind.punct) {
      if (STATEMENT_ENDS.has(t)) break;
      // The comma opening an apposition or a relative clause reopens the clause its closing comma closed.
      if (keepsSubject(ts, j, lex) || (asideOpen && t === ",")) {
        // "Her challenger, Tom Reiter, took 45.8%": an apposition ending in a name after a lowercase
        // noun ("challenger", "candidate") names the subject, who holds the share.
        if (asideOpen && asideName && !nearest && ts.kind[j - 1] === TokenKind.word && !isCapitalized(ts, j - 1) && namesOnly(ts, j + 1, asideName.first, lex)) nearest = asideName;
        asideName = null;
        clauseClosed = false;
        asideOpen = false;
      } else if (CLAUSE_BREAKS.has(t)) {
        clauseClosed = true;
        asideOpen = closesAsideBeforeVerb(ts, j, nearest, lex);
      }
      continue;
    }
    start = j;
    const g = matchPhraseBackward(ts, j, lex.gainVerbs) ?? (SHARE_MOVES[lex.language].has(lowerAt(ts, j)) ? { first: j } : null);
    if (g) {
      gain = true;
      j = g.first;
      continue;
    }
    if (!nearest && !clauseClosed && HOLDER_PRONOUNS.has(lowerAt(ts, j))) {
      const party = partyBefore(ts, j, lex);
      if (party) return party;
    }
    if (!nearest && !clauseClosed && antecedent && PERSON_PRONOUNS[lex.language].has(lowerAt(ts, j)) && holdsAsPronoun(ts, j, lex)) return { name: antecedent, first: j, last: j };
    // "The Rally alleged that 2,300 votes were wrongly counted": a clause after a verb of alleging
    // holds its own figures; who alleged them holds none.
    if (!nearest && REPORTED_THAT.has(lowerAt(ts, j)) && ALLEGING[lex.language].has(lowerAt(ts, j - 1))) break;
    // A name of several words after a verb of winning, or right before the share it holds.
    const name = holderNameEndingAt(ts, j, lex, gain || j === from - 1) ?? lowercaseFamilyAt(ts, j, lex);
    if (!name) continue;
    if (clauseClosed && asideOpen && tokenAt(ts, name.last + 1) === "," && !afterPreposition(ts, name.first, lex)) asideName ??= name;
    if (isRoundOrVote(ts, name, lex)) {
      j = name.first;
      continue;
    }
    if (isAcronym(tokenAt(ts, name.last))) {
      if (nearest && isCandidatesParty(ts, name.last, lex)) break;
      return personBeforeBracketedParty(ts, name, lex) ?? name;
    }
    // "die Partei von Regionalpräsident Juan Carlos Robles": the share is the party's, which the
    // sentence does not name; a share credited to a person is a candidate's, not their party's.
    if (partyOfPersonEndingAt(ts, name.last, lex) >= 0) return null;
    const leader = leaderPhraseBefore(ts, name.first, lex);
    if (leader >= 0) {
      j = leader;
      continue;
    }
    if (namesPollCommissioner(ts, name.first, lex)) {
      j = name.first;
      continue;
    }
    // "blieben in der Innenstadt mit 34 Prozent": a name in a prepositional phrase is where or when, not who.
    // Such a name still holds when no other does ("in der Provinz Almería aber 21,3 Prozent").
    if (!nearest && !clauseClosed) {
      if (!afterPreposition(ts, name.first, lex)) nearest = name;
      else placed ??= name;
    }
    j = name.first;
  }
  nearest ??= placed;
  if (!nearest) return null;
  return gain || lex.language === "en" || gainInSentence(ts, start, lex) ? nearest : null;
}
