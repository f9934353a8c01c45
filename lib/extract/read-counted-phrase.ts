import { countryOfGermanInhabitants, matchAdjectiveAt, resolvePlace } from "@/lib/places";
import { CappedMemoPerOwner } from "@/lib/cache/capped-memo";
import { compoundFrontKey, countedNounMatch } from "./counted-noun-key";
import { lemmaKey, lemmaWithUmlauts } from "./lemmatize";
import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { ADVERBS_BEFORE_ADJECTIVE_DE, POSSESSIVE_DETERMINERS } from "./lexicon/word-class-words";
import { memoByForm } from "./form-memo";
import { pairedQualifierKey, qualifierAdjectiveKey } from "./qualifier-adjective-key";
import { opensNight } from "./read-date";
import { GERMAN_POSSESSIVES, stateAt } from "./read-state";
import { hasThirdPersonS, isEnglishIrregularParticiple, isPointingWord } from "./word-class";
import { APOSTROPHES } from "./lexicon/punctuation";
import { TokenKind, endsInGenitiveS, isCapitalized, isJoined, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** The noun a count counts: a known concept, or an open-world lemma key ("de:gebaud"). */
export type CountedHead = {
  key: string;
  concept: ConceptRef | null;
  first: number;
  last: number;
  /** The front of a German compound naming which group is counted ("Feuerwehrleute" → "de:feuerwehr"). */
  prefix?: string;
};

/**
 * What follows a number: the counted noun phrase with its modifiers, or a back-reference ("8.000 von
 * ihnen"), or nothing a count can be of.
 */
export type CountedPhrase =
  | {
      kind: "noun";
      head: CountedHead;
      /** Keys of the modifiers that make this count a different one: a country ("KP"), a lemma ("de:eingesturzt"). */
      qualifiers: string[];
      /** A state said before the head ("300 getötete Zivilisten"). */
      state: ConceptRef | null;
      /** First token of the phrase as written, for the label ("syrische Flüchtlinge"). */
      first: number;
      last: number;
      /** In "80 of the city's 102 districts", the token opening the total ("of"): the part ends before it. */
      totalFrom?: number;
    }
  | { kind: "anaphora"; last: number }
  | { kind: "none" };

// More than three modifiers between number and noun is rarely one noun phrase.
const MAX_MODIFIERS = 3;
const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/;
const ADVERBS_BEFORE_ADJECTIVE = new Set<string>(ADVERBS_BEFORE_ADJECTIVE_DE);
// A German compound keeps at least this much in front of a concept tail ("Hochwasser|tote").
const MIN_COMPOUND_HEAD = 3;
const ENGLISH_ADVERB = /ly$/;
const ENGLISH_PARTICIPLE = /ed$/;
const ENGLISH_ADJECTIVE = /al$/;
// Irregular English participles that follow a figure as verbs ("around 40,000 given on Sunday").
const ENGLISH_IRREGULAR = new Set(["given", "taken", "seen", "made", "done", "shown", "known", "held", "kept", "put", "set", "told", "sent", "built", "left", "paid", "spent", "cut", "won", "lost"]);
const PEOPLE_DE = lemmaKey("Menschen", "de");
// A possessive determiner opens the verb's object, not the count's noun: "farmers drove their tractors".
const ENGLISH_POSSESSIVES = new Set(POSSESSIVE_DETERMINERS.en);

/** The concept of a noun's lemma key, matching German compounds by their tail ("Elitesoldaten"). */
export function conceptOfNoun(word: string, lex: CompiledLexicon): ConceptRef | null {
  return conceptAndPrefix(word, lex)?.concept ?? null;
}

// "Bürgerschaftswahl" is no compound of "Wähler", though the stemmer gives both "wahl": where a
// concept's stem came from an umlauted word, the word's own umlauts must agree.
function umlautsAgree(word: string, key: string, stem: string, lex: CompiledLexicon): boolean {
  const forms = lex.conceptUmlauts.get(stem);
  if (!forms) return true;
  const own = lemmaWithUmlauts(word, lex.language);
  if (own === key) return forms.has(stem) && key.endsWith(stem);
  for (const form of forms) if (own.endsWith(form)) return true;
  return false;
}

type ConceptAndPrefix = { concept: ConceptRef; prefix: string | null };

// The answer hangs on the word's spelling alone, and a German word that is no concept noun tries
// every concept tail in turn: readers ask about the same nouns at every figure, so answers are kept,
// per lexicon. The kept objects are shared: callers only read them.
const CONCEPT_MEMO_CAP = 50_000;
const conceptMemos = new CappedMemoPerOwner<CompiledLexicon, string, ConceptAndPrefix | null>(CONCEPT_MEMO_CAP);

/** The concept of a noun (any case) and, for a compound, the lemma of its front part ("Feuerwehr|leute"). */
function conceptAndPrefix(word: string, lex: CompiledLexicon): ConceptAndPrefix | null {
  return conceptMemos.of(lex).get(word, lex, readConceptAndPrefix);
}

function readConceptAndPrefix(word: string, lex: CompiledLexicon): ConceptAndPrefix | null {
  const key = lemmaKey(word, lex.language);
  const whole = lex.conceptNouns.get(key);
  if (whole) return umlautsAgree(word, key, key, lex) ? { concept: whole, prefix: null } : null;
  if (!lex.compoundNouns) return null;
  // "Krankenhäuser" are hospitals, not houses: a word the bilingual pairs know whole is no compound of a concept's tail.
  if (countedNounMatch(word, lex.language)?.front === null) return null;
  for (const tail of lex.compoundTails) {
    // A three-letter tail ("tot") needs a longer head ("Verkehrs|tote") to be a compound at all.
    const head = tail.length < 4 ? MIN_COMPOUND_HEAD + 2 : MIN_COMPOUND_HEAD;
    const concept = key.length - tail.length >= head && key.endsWith(tail) ? lex.conceptNouns.get(tail) : undefined;
    if (concept) return umlautsAgree(word, key, tail, lex) ? { concept, prefix: key.slice(0, key.length - tail.length).replace(/s$/, "") } : null;
  }
  return null;
}

function isConceptWord(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return matchPhraseForward(ts, j, lex.conceptNounPhrases) !== null || conceptOfNoun(lowerAt(ts, j), lex) !== null;
}

function lowerWords(ts: TokenStream, j: number, n: number): string[] {
  const out: string[] = [];
  for (let k = j; k < j + n && k < ts.count; k++) out.push(ts.kind[k] === TokenKind.word ? lowerAt(ts, k) : tokenAt(ts, k));
  return out;
}

// Nationality adjectives are capitalized in English and end in "-isch…" in German ("syrische",
// "US-amerikanischen"), or are capitalized nouns ("Syrer"): other words need no lookup.
function mayBeNationality(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (isCapitalized(ts, j)) return true;
  return lex.language === "de" && lowerAt(ts, j).includes("sch");
}

/** A nationality at token `j` ("syrische", "Syrian"): its country and last token. */
function nationalityAt(ts: TokenStream, j: number, lex: CompiledLexicon): { country: string; last: number } | null {
  if (ts.kind[j] !== TokenKind.word || !mayBeNationality(ts, j, lex)) return null;
  const m = matchAdjectiveAt(lowerWords(ts, j, 3), 0, lex.language);
  return m ? { country: m.country, last: j + m.length - 1 } : null;
}

/**
 * "acht Italiener", "14 Griechen": a German noun for a country's people, standing as the head (a
 * capitalized word after it would make it a modifier, "Schweizer Franken"), and no concept's noun.
 */
function inhabitantsAt(ts: TokenStream, j: number, lex: CompiledLexicon): string | null {
  if (ts.kind[j + 1] === TokenKind.word && isCapitalized(ts, j + 1)) return null;
  if (matchPhraseForward(ts, j, lex.conceptNounPhrases)) return null;
  return countryOfGermanInhabitants(tokenAt(ts, j));
}

function headAt(ts: TokenStream, j: number, lex: CompiledLexicon): CountedHead | null {
  const phrase = matchPhraseForward(ts, j, lex.conceptNounPhrases);
  if (phrase) return { key: phrase.phrase.value.key, concept: phrase.phrase.value, first: j, last: phrase.last };
  // "Nato-Soldaten", "F-35-Kampfjets": the part after the last glued hyphen is the head.
  let last = j;
  while (tokenAt(ts, last + 1) === "-" && isJoined(ts, last + 1) && isJoined(ts, last + 2) && ts.kind[last + 2] !== TokenKind.punct) last += 2;
  if (ts.kind[last] !== TokenKind.word) return null;
  const found = conceptAndPrefix(tokenAt(ts, last), lex);
  if (!found) return openHead(ts, j, last, lex);
  // "Feuerwehrleute", "Elitesoldaten": the front part of a group's compound tells the group apart;
  // "Hochwassertote" are the dead of the event, whatever its name.
  const prefix = found.prefix && found.concept.group ? { prefix: frontQualifier(found.prefix, lex) } : {};
  return { key: found.concept.key, concept: found.concept, first: j, last, ...prefix };
}

/**
 * A head no concept knows: the bilingual pairs' key when they know it ("Flüge", "flights",
 * "call-outs" written whole), a German compound's front kept as a qualifier ("Güter|züge"), else
 * the noun's own lemma.
 */
function openHead(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): CountedHead {
  const joined = last > j && lex.language === "en" ? countedNounMatch(tokensJoined(ts, j, last), "en") : null;
  const pair = joined ?? countedNounMatch(tokenAt(ts, last), lex.language);
  if (!pair) return { key: `${lex.language}:${lemmaKey(tokenAt(ts, last), lex.language)}`, concept: null, first: j, last };
  return { key: pair.key, concept: null, first: j, last, ...(pair.front ? { prefix: frontQualifier(pair.front, lex) } : {}) };
}

function tokensJoined(ts: TokenStream, first: number, last: number): string {
  let out = "";
  for (let k = first; k <= last; k++) if (tokenAt(ts, k) !== "-") out += tokenAt(ts, k);
  return out;
}

// "Klinik|ärzte" is qualified as "hospital doctors" is, "Kinder|ärzte" as "children's": a front
// that is a concept's noun or a pair's noun as a whole word takes that key, else its own lemma.
function frontQualifier(front: string, lex: CompiledLexicon): string {
  return lex.conceptNouns.get(lemmaKey(front.replace(/s$/, ""), "de"))?.key ?? compoundFrontKey(front);
}

// What `mayBeHead` decides from a word's spelling alone, once per word form (see memoByForm, which
// keeps 0 for "not yet"): the lexicon tables it rules words out by, a dozen lookups per word looked at.
const HEAD_LOOKED = 1;
const HEAD_NEVER = 2; // a month, weekday, article, function word, time or unit word, link verb, filler, multiplier, number word, vague amount
const HEAD_SPEECH = 4; // a speech verb
const HEAD_MODIFIER = 8; // a neutral modifier ("registered")
const HEAD_NOT_ENGLISH = 16; // an English adverb, possessive or irregular participle
const HEAD_UNIT_OPENER = 32; // the first word of longer unit names only ("new" of "new Taiwan dollars")

const headWordFlags = memoByForm((w, lex) => {
  let flags = HEAD_LOOKED;
  if (lex.months.has(w) || lex.weekdays.has(w) || lex.articles.has(w) || lex.functionWords.has(w)) flags |= HEAD_NEVER;
  if (lex.timeUnits.byFirst.has(w) || lex.linkVerbs.has(w)) flags |= HEAD_NEVER;
  const units = lex.units.byFirst.get(w);
  if (units) flags |= units.some((u) => u.tokens.length === 1) ? HEAD_NEVER : HEAD_UNIT_OPENER;
  if (lex.stateFillers.has(w) || lex.multipliers.has(w) || lex.numberWords.has(w) || lex.vague.byFirst.has(w)) flags |= HEAD_NEVER;
  // "who turns 45 next month", "Sie gewinnt zwei Sitze": a determiner or a pronoun points at a noun, it is none.
  if (isPointingWord(w, lex.language)) flags |= HEAD_NEVER;
  if (lex.speechVerbs.has(w)) flags |= HEAD_SPEECH;
  if (lex.neutralModifiers.has(w)) flags |= HEAD_MODIFIER;
  if (ENGLISH_ADVERB.test(w) || ENGLISH_POSSESSIVES.has(w) || ENGLISH_IRREGULAR.has(w) || (lex.language === "en" && isEnglishIrregularParticiple(w))) flags |= HEAD_NOT_ENGLISH;
  return flags;
});

// Words that cannot be the counted noun: a German word starting a new clause, a month, a unit.
function mayBeHead(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] !== TokenKind.word) return false;
  // A single letter names nothing counted, unless it opens a compound ("F-35-Kampfjets").
  if (lowerAt(ts, j).length === 1 && tokenAt(ts, j + 1) !== "-") return false;
  const flags = headWordFlags(ts, j, lex);
  if (flags & HEAD_NEVER) return false;
  // "240 new posts": a word that only opens a longer unit's name is a unit where that name follows.
  if (flags & HEAD_UNIT_OPENER && matchPhraseForward(ts, j, lex.units) !== null) return false;
  // "291,000 registered voters", "3,000 confirmed cases": a speech verb that is also a neutral modifier
  // describes the noun after it, a known one or any plain noun ("confirmed the figure" opens an object).
  if (flags & HEAD_SPEECH && !(flags & HEAD_MODIFIER && ts.kind[j + 1] === TokenKind.word && (isConceptWord(ts, j + 1, lex) || isPlainNoun(ts, j + 1, lex)))) return false;
  // English capitalizes names, not the nouns a figure counts ("the few thousand Madrid has spoken of").
  if (lex.language === "en") return !(flags & HEAD_NOT_ENGLISH) && (!isCapitalized(ts, j) || isConceptWord(ts, j, lex));
  return isCapitalized(ts, j);
}

// "25 Kieler Wahlkreise", "90 Prozent der Madrider Taxifahrer": a German adjective of a place in
// "-er" is written capitalized and never inflected; the noun after it is what is counted.
const PLACE_ADJECTIVE_ENDING = "er";
const MIN_PLACE_ADJECTIVE = 5;

export function isPlaceAdjective(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const word = tokenAt(ts, j);
  if (word.length < MIN_PLACE_ADJECTIVE || !word.endsWith(PLACE_ADJECTIVE_ENDING)) return false;
  if (ts.kind[j + 1] !== TokenKind.word || !isCapitalized(ts, j + 1) || isLineBreakBefore(ts, j + 1)) return false;
  if (conceptOfNoun(lowerAt(ts, j), lex) !== null) return false;
  return resolvePlace(word.slice(0, -PLACE_ADJECTIVE_ENDING.length), "de") !== null;
}

// A word that can only be a noun after a modifier: no function word, speech verb or participle, and
// in English no name ("3,000 confirmed Monday" is no count of Mondays).
function isPlainNoun(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const flags = headWordFlags(ts, j, lex);
  if (flags & (HEAD_NEVER | HEAD_SPEECH | HEAD_NOT_ENGLISH) || lex.functionWords.has(lowerAt(ts, j))) return false;
  if (lex.language === "de") return isCapitalized(ts, j);
  const w = lowerAt(ts, j);
  return !isCapitalized(ts, j) && !ENGLISH_PARTICIPLE.test(w) && !SUBORDINATORS.has(w) && !matchPhraseForward(ts, j, lex.placeAdverbs);
}

// "One man died while fighting the fire", "300 left when the rain began": a clause opened after the verb.
const SUBORDINATORS = new Set(["while", "when", "after", "before", "until", "because", "since", "though", "although", "once"]);

// Irregular English past tenses that follow a crowd's figure as its verb ("2,000 came", "300 stood in line").
const ENGLISH_IRREGULAR_PAST = new Set(["came", "went", "stood", "sat", "ran", "met", "fled", "took", "gave", "rode", "drove", "slept", "spoke"]);

/**
 * Whether the word at `j`, right after a figure, is the clause's verb rather than a modifier of the
 * counted noun: a past tense or participle ("waited", "gathered", "came") with no noun after it
 * ("About 1,500 waited outside", "2,000 gathered on the square", "300 stayed"). Before a noun it
 * describes the noun ("200 injured people", "3,000 confirmed cases").
 */
function isVerbAfterFigure(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, j);
  if (!ENGLISH_PARTICIPLE.test(w) && !ENGLISH_IRREGULAR_PAST.has(w)) return false;
  // "12 Red Cross workers", "three Red Crescent volunteers": a capitalized word that opens a name
  // before a plural noun only looks like a past tense ("red"); the name describes the noun.
  if (isCapitalized(ts, j) && nameBeforeNoun(ts, j, lex) !== null) return false;
  return ts.kind[j + 1] !== TokenKind.word || isLineBreakBefore(ts, j + 1) || !isPlainNoun(ts, j + 1, lex);
}

const DEMONSTRATIVES = new Set(["these", "those"]);
const OWN_GROUP_POSSESSIVES = new Set(["its", "their", "our", "his", "her", "ihren", "ihrer", "seinen", "seiner", "unseren"]);

/**
 * Read the noun phrase a number counts, starting at token `after` (just past the amount):
 * "fast 10.000 französische Soldaten" → troops, qualifier FR; "40 eingestürzte Gebäude" →
 * buildings, qualifier "de:eingesturzt"; "12,000 people still missing" → people (the state is read
 * by the caller); "8.000 von ihnen" → anaphora. German takes the first capitalized word after
 * inflected adjectives; English the last word of a run of content words, stopping before function
 * words, adverbs, verbs and a participle after the noun ("homes destroyed").
 */
export function readCountedPhrase(ts: TokenStream, after: number, lex: CompiledLexicon): CountedPhrase {
  let j = after;
  if (ts.kind[j] !== TokenKind.word || isLineBreakBefore(ts, j)) return { kind: "none" };
  // "1,450 buildings were damaged and 37 collapsed", "About 1,500 waited outside": a verb right after a figure counts nothing.
  // "the 51 needed for a majority" is one noun phrase: the participle after it is no clause's verb.
  if (lex.language === "en" && isVerbAfterFigure(ts, j, lex) && (!lex.articles.has(lowerAt(ts, j - 2)) || ts.kind[j + 1] !== TokenKind.word)) return { kind: "none" };
  const anaphora = matchPhraseForward(ts, j, lex.anaphora);
  // "900 of these protesters were arrested", like "900 dieser Demonstranten": a demonstrative with a
  // noun after it names the group the figure is a part of; alone ("of these") it points back.
  const demonstrative = anaphora !== null && DEMONSTRATIVES.has(lowerAt(ts, anaphora.last)) && conceptOfNoun(lowerAt(ts, anaphora.last + 1), lex) !== null;
  if (anaphora && !demonstrative) return { kind: "anaphora", last: anaphora.last };
  if (demonstrative) j = anaphora.last + 1;
  // "7,500 according to the unions", "7.500 laut Verdi": a source right after a figure counts nothing.
  if (matchPhraseForward(ts, j, lex.sourceMarkers)) return { kind: "none" };
  // "265.000 der 462.000 Wahlberechtigten", "120 of the 1,700 hospitals", "61 von 102 Stimmbezirken",
  // "80 of the city's 102 polling districts": a part of a total counts what the total counts.
  const partitive = partitiveTotal(ts, j, lex);
  const part = partitive > 0 ? { totalFrom: j } : {};
  // "Tausende von Menschen", "tens of thousands of people"
  if (partitive < 0 && lex.nounBridges.has(lowerAt(ts, j))) {
    j++;
    // "11 of its members", "elf von ihren Mitgliedern": a part of the speaker's own group.
    if (lex.articles.has(lowerAt(ts, j)) || OWN_GROUP_POSSESSIVES.has(lowerAt(ts, j))) j++;
  }
  if (partitive > 0) {
    j = partitive + 1;
    while (ts.kind[j] === TokenKind.word && (lex.multipliers.has(lowerAt(ts, j)) || lex.gluedMultipliers.has(lowerAt(ts, j)))) j++;
  }
  const qualifiers: string[] = [];
  let state: ConceptRef | null = null;
  const first = j;
  const german = lex.language === "de";
  let lastContent: CountedHead | null = null;
  let negated = false;
  for (let modifiers = 0; j < ts.count && modifiers <= MAX_MODIFIERS; modifiers++) {
    // "120 incidents overnight into Wednesday": the night before a day is when, not what was counted.
    if (ts.kind[j] !== TokenKind.word || isLineBreakBefore(ts, j) || opensNight(ts, j, lex)) break;
    // "2,000 outside the parliament", "30,000 nationwide", "2.000 draußen": a word saying where the
    // counted are is never what they are.
    if (matchPhraseForward(ts, j, lex.placeAdverbs) || matchPhraseForward(ts, j, lex.countryWide)) break;
    const nationality = nationalityAt(ts, j, lex);
    const w = lowerAt(ts, j);
    if (german) {
      // "4.200 Brief- und Auslandsstimmen": a compound's front cut off before "und" shares the head of the next one.
      if (isCapitalized(ts, j) && isTruncatedCompound(ts, j, lex)) {
        modifiers--;
        j += 3;
        continue;
      }
      if (isCapitalized(ts, j)) {
        if (isPlaceAdjective(ts, j, lex)) {
          j++;
          continue;
        }
        if (!mayBeHead(ts, j, lex)) break;
        // "8.000 Syrer", "acht Italiener": people of a country.
        const country = nationality && nationality.last === j ? nationality.country : !nationality ? inhabitantsAt(ts, j, lex) : null;
        const people = country ? lex.conceptNouns.get(PEOPLE_DE) : undefined;
        if (people && country) return { kind: "noun", head: { key: people.key, concept: people, first: j, last: j }, qualifiers: [...qualifiers, country], state, first, last: j, ...part };
        const head = headAt(ts, j, lex);
        return head ? { kind: "noun", head, qualifiers: head.prefix ? [...qualifiers, head.prefix] : qualifiers, state, first, last: head.last, ...part } : { kind: "none" };
      }
      if (nationality) {
        qualifiers.push(nationality.country);
        j = nationality.last + 1;
        continue;
      }
      // "gaben 52.750 ihre Stimme ab": a possessive opens the verb's object, not the count's noun.
      if (GERMAN_POSSESSIVES.has(w)) break;
      if (lex.neutralModifiers.has(w) && !lex.articles.has(w)) {
        j++;
        continue;
      }
      // "212 zunächst nicht erfasste Stimmen": an adverb belongs to the adjective after it; after
      // "nicht" the adjective says what the counted are not, which is neither a state nor a kind.
      if (ADVERBS_BEFORE_ADJECTIVE.has(w) && ts.kind[j + 1] === TokenKind.word && !isCapitalized(ts, j + 1)) {
        if (w === "nicht") negated = true;
        modifiers--;
        j++;
        continue;
      }
      if (!GERMAN_ADJECTIVE.test(w) || lex.stateFillers.has(w) || lex.articles.has(w)) break;
      if (negated) {
        negated = false;
        j++;
        continue;
      }
      const s = stateAt(ts, j, lex);
      if (s) state = s.concept;
      else if (lex.additionWords.has(w)) qualifiers.push("additional");
      else if (!lex.neutralModifiers.has(w)) qualifiers.push(qualifierAdjectiveKey(w, "de"));
      j = s ? s.last + 1 : j + 1;
      continue;
    }
    if (nationality) {
      qualifiers.push(nationality.country);
      j = nationality.last + 1;
      continue;
    }
    // "4,200 postal and overseas ballots": two modifiers joined before one head describe it.
    if (lastContent && isModifierJoiner(ts, j, lastContent, lex)) {
      // The joiner is no modifier of its own.
      modifiers--;
      j++;
      continue;
    }
    // "40 Covid cases", "12 Red Cross workers": a name right after the figure describes the noun after it.
    const name = lastContent === null && qualifiers.length === 0 ? nameBeforeNoun(ts, j, lex) : null;
    if (name) {
      qualifiers.push(name.key);
      j = name.last + 1;
      continue;
    }
    // English: content words up to the head; a known concept noun is the head at once.
    if (!mayBeHead(ts, j, lex)) break;
    const head = headAt(ts, j, lex);
    if (!head) break;
    const previous: CountedHead | null = lastContent;
    // "the three parties hold 58 seats", "cities drew visitors": a noun qualifying another is
    // singular in English ("party leaders"), so a word no table knows after a plural one, not
    // plural itself, is the plural's verb or adverb, and the plural is the head.
    if (previous && !head.concept && hasThirdPersonS(lowerAt(ts, previous.last)) && !hasThirdPersonS(w) && countedNounMatch(w, "en") === null) break;
    // "41,870 personal votes": an adjective in "-al" the stemmer reads as a concept's noun
    // ("personal" → "person") describes the noun after it.
    const adjective = head.concept !== null && head.last === j && ENGLISH_ADJECTIVE.test(w) && ts.kind[j + 1] === TokenKind.word && isConceptWord(ts, j + 1, lex);
    if (adjective) {
      j = head.last + 1;
      continue;
    }
    if (head.concept) {
      keepModifier(ts, lex, previous, qualifiers);
      return { kind: "noun", head, qualifiers, state, first, last: head.last, ...part };
    }
    // A participle after a noun ends the phrase: "200 homes destroyed".
    if (previous && ENGLISH_PARTICIPLE.test(w)) break;
    const s = matchPhraseForward(ts, j, lex.states);
    if (s) {
      if (previous) break;
      state = s.phrase.value;
      j = s.last + 1;
      continue;
    }
    keepModifier(ts, lex, previous, qualifiers);
    lastContent = head;
    j = head.last + 1;
  }
  if (lastContent) return { kind: "noun", head: lastContent, qualifiers, state, first, last: lastContent.last, ...part };
  return { kind: "none" };
}

// How many capitalized words a name before a noun may have ("Red Cross", "Doctors Without Borders").
const NAME_WORDS = 3;

/**
 * English capitalizes names, not the nouns a figure counts: capitalized words right after a figure
 * and before a lowercase plural noun ("40 Covid cases", "40 Leopard tanks", "12 Red Cross workers")
 * are a name describing that noun, kept as its qualifier. A name before a verb ("the few thousand
 * Madrid has spoken of") is the clause's subject, and months and weekdays date the figure.
 */
function nameBeforeNoun(ts: TokenStream, j: number, lex: CompiledLexicon): { key: string; last: number } | null {
  let k = j;
  while (k - j < NAME_WORDS && ts.kind[k] === TokenKind.word && isCapitalized(ts, k) && !isLineBreakBefore(ts, k)) {
    const w = lowerAt(ts, k);
    if (lex.months.has(w) || lex.weekdays.has(w) || lex.functionWords.has(w) || lex.articles.has(w)) return null;
    k++;
  }
  if (k === j) return null;
  const words: string[] = [];
  for (let m = j; m < k; m++) words.push(lowerAt(ts, m));
  // "40 Legionnaires' cases": a plural's possessive mark.
  const possessive = APOSTROPHES.has(tokenAt(ts, k)) && isJoined(ts, k);
  const last = possessive ? k : k - 1;
  if (possessive) k++;
  if (!isPluralNounAt(ts, k, lex) && !(isNounModifierAt(ts, k, lex) && isPluralNounAt(ts, k + 1, lex))) return null;
  return { key: `en:${words.join(" ")}`, last };
}

function isPluralNounAt(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (ts.kind[k] !== TokenKind.word || isCapitalized(ts, k) || isJoined(ts, k) || isLineBreakBefore(ts, k)) return false;
  const noun = lowerAt(ts, k);
  return hasThirdPersonS(noun) && !lex.functionWords.has(noun) && !lex.linkVerbs.has(noun) && mayBeHead(ts, k, lex);
}

// "12 UN aid workers", "40 Covid test kits": a singular noun may stand between the name and the
// plural it describes, as English nouns qualify nouns; a past tense there ("Madrid asked") is a verb.
function isNounModifierAt(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (ts.kind[k] !== TokenKind.word || isCapitalized(ts, k) || isJoined(ts, k) || isLineBreakBefore(ts, k)) return false;
  const w = lowerAt(ts, k);
  return !hasThirdPersonS(w) && !lex.linkVerbs.has(w) && isPlainNoun(ts, k, lex) && mayBeHead(ts, k, lex);
}

/** Whether the word at `j` is a German compound's front cut off by a hyphen before "und" ("Brief- und Auslandsstimmen"). */
function isTruncatedCompound(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const hyphen = tokenAt(ts, j + 1);
  return (hyphen === "-" || hyphen === "‑") && isJoined(ts, j + 1) && !isJoined(ts, j + 2) && lex.nounJoiners.has(lowerAt(ts, j + 2)) && ts.kind[j + 3] === TokenKind.word;
}

/**
 * Whether the "and" at `j` joins the modifier before it to another one of the same head: "postal and
 * overseas ballots", "local and regional buses". A counted noun after a number stands in the plural,
 * so a word before "and" without a plural's "s" is no head; a content word must follow the second
 * modifier ("300 houses and farms were flooded" joins two heads, not two modifiers).
 */
function isModifierJoiner(ts: TokenStream, j: number, before: CountedHead, lex: CompiledLexicon): boolean {
  if (!lex.nounJoiners.has(lowerAt(ts, j)) || before.first !== before.last || lowerAt(ts, before.last).endsWith("s")) return false;
  if (!mayBeHead(ts, j + 1, lex) || !mayBeHead(ts, j + 2, lex) || isCapitalized(ts, j + 2)) return false;
  return !ENGLISH_PARTICIPLE.test(lowerAt(ts, j + 2)) && !ENGLISH_IRREGULAR.has(lowerAt(ts, j + 2));
}

/**
 * The total's number in a partitive at `j`: "der 462.000", "of the 1,700", "of 230", "von 102", and
 * English with a possessive owner between article and total ("of the city's 102"); -1 when none.
 */
function partitiveTotal(ts: TokenStream, j: number, lex: CompiledLexicon): number {
  const w = lowerAt(ts, j);
  const linked = w === "of" || w === "von";
  if (!linked && !lex.articles.has(w)) return -1;
  let k = linked && lex.articles.has(lowerAt(ts, j + 1)) ? j + 2 : j + 1;
  if (lex.language === "en" && k > j + 1 && ts.kind[k] === TokenKind.word && endsInGenitiveS(lowerAt(ts, k))) k++;
  // "seven of its 23 seats", "two of their 12 seats": a possessive determiner stands for the article.
  else if (lex.language === "en" && linked && k === j + 1 && ENGLISH_POSSESSIVES.has(lowerAt(ts, k))) k++;
  // "198.400 der rund 481.000 Stimmberechtigten": the total may be hedged.
  const hedge = matchPhraseForward(ts, k, lex.hedges);
  if (hedge && ts.kind[hedge.last + 1] === TokenKind.number) k = hedge.last + 1;
  // "drei der sieben Sitze", "two of the five seats": a total written as a number word.
  const word = ts.kind[k] === TokenKind.word && lex.numberWords.has(lowerAt(ts, k)) && !lex.articleNumbers.has(lowerAt(ts, k));
  return ts.kind[k] === TokenKind.number || word ? k : -1;
}

/**
 * Whether the figure at `j` is the total of a partitive ("der 462.000" in "265.000 der 462.000
 * Wahlberechtigten gaben ihre Stimme ab"): what the sentence says happened, happened to the part.
 */
export function isTotalOfPart(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    if (ts.kind[k] === TokenKind.number) {
      // "1,57 Millionen der gut 3,5 Millionen": the part's multiplier stands before the partitive.
      let m = k + 1;
      while (ts.kind[m] === TokenKind.word && (lex.multipliers.has(lowerAt(ts, m)) || lex.gluedMultipliers.has(lowerAt(ts, m)))) m++;
      return partitiveTotal(ts, m, lex) === j;
    }
    if (ts.kind[k] !== TokenKind.word) return false;
  }
  return false;
}

// "spoilt ballots" is said as "invalid ballots", and as "ungültige Stimmen": a one-word modifier the
// adjective pairs know takes their key.
function pairedModifierKey(ts: TokenStream, modifier: CountedHead): string | null {
  return !modifier.concept && modifier.first === modifier.last ? pairedQualifierKey(lowerAt(ts, modifier.first), "en") : null;
}

/** An English noun before the head qualifies it ("civilian deaths"), unless it says nothing. */
function keepModifier(ts: TokenStream, lex: CompiledLexicon, modifier: CountedHead | null, qualifiers: string[]): void {
  if (!modifier) return;
  // "three more bodies": an addition word before the head, "more" among them, though "more" says nothing elsewhere.
  if (lex.additionWords.has(lowerAt(ts, modifier.first))) qualifiers.push("additional");
  else if (!lex.neutralModifiers.has(lowerAt(ts, modifier.first))) qualifiers.push(pairedModifierKey(ts, modifier) ?? modifier.key);
}
