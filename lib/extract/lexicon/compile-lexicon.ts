import { lemmaKey, lemmaWithUmlauts } from "../lemmatize";
import { Cue, Trigger, triggerKey, type CompiledLexicon, type ConceptRef, type UnitRef } from "./compiled-lexicon";
import { budgetAreaSectorTails, budgetAreas, combinedConcepts, countConcepts, eventConcepts, eventObjects, type EventConcept } from "./concepts";
import { boundsWithAsides } from "./bounds-with-asides";
import { bareCurrencyNouns, currencyNames } from "./currency-nouns";
import { NIGHT_BEFORE } from "./as-of-words";
import { ONE_PERSON_OPENERS } from "./one-person-words";
import { ordinalWords } from "./ordinal-words";
import { HALF_NOUNS } from "./share-words";
import { ZERO_WORDS } from "./zero-words";
import { buildPhraseIndex } from "./phrase-index";
import type { Language, Lexicon } from "./types";

function addTrigger(triggers: Map<string, number>, word: string, flag: number): void {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  for (const form of new Set([word, cap, word.toUpperCase()])) triggers.set(form, (triggers.get(form) ?? 0) | flag);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function firstWord(phrase: string): string {
  return phrase.split(" ")[0] ?? phrase;
}

const isPhrase = (words: string) => words.includes(" ") || words.includes("-");

// German compounds name their head last ("Hochwassertote", "Wählerstimmen"); tails shorter than
// this match inside unrelated words, so they count only as whole words.
const MIN_TAIL = 3;

/**
 * Currency names from CLDR (Node's ICU), singular and plural: "Euro", "US-Dollar", "Schweizer
 * Franken", "US dollars", "pounds sterling". The lexicon adds the short forms news uses.
 */
function cldrCurrencyNames(language: Language): [string, UnitRef][] {
  return Intl.supportedValuesOf("currency").flatMap((code) => currencyNames(language, code).map((name): [string, UnitRef] => [name, { kind: "currency", code }]));
}

function conceptIndexes(language: Language) {
  const conceptNouns = new Map<string, ConceptRef>();
  const wholeNouns = new Map<string, ConceptRef>();
  const phrases: [string, ConceptRef][] = [];
  const states: [string, ConceptRef][] = [];
  const stateLemmas = new Map<string, ConceptRef>();
  const amountNouns = new Map<string, string>();
  const amountUmlauts = new Map<string, Set<string>>();
  const amountPhrases: [string, string][] = [];
  const refs = new Map<string, ConceptRef>();
  const umlautForms = new Map<string, Set<string>>();
  const noteForm = (noun: string) => {
    const key = lemmaKey(noun, language);
    umlautForms.set(key, (umlautForms.get(key) ?? new Set()).add(lemmaWithUmlauts(noun, language)));
  };
  for (const c of countConcepts) {
    const ref: ConceptRef = { key: c.key, ...(c.group ? { group: true } : {}), ...(c.cumulative ? { cumulative: true } : {}), ...(c.ofGroups ? { ofGroups: c.ofGroups } : {}), ...(c.doers ? { doers: true } : {}), ...(c.befalls ? { befalls: true } : {}) };
    refs.set(c.key, ref);
    for (const noun of c.nouns[language]) {
      if (isPhrase(noun)) phrases.push([noun.toLowerCase(), ref]);
      else {
        conceptNouns.set(lemmaKey(noun, language), ref);
        noteForm(noun);
      }
    }
    for (const noun of c.wholeNouns?.[language] ?? []) wholeNouns.set(lemmaKey(noun, language), ref);
    for (const state of c.states?.[language] ?? []) {
      states.push([state, ref]);
      if (!isPhrase(state)) stateLemmas.set(lemmaKey(state, language), ref);
    }
    for (const noun of c.amountNouns?.[language] ?? []) {
      if (isPhrase(noun)) amountPhrases.push([noun.toLowerCase(), c.key]);
      else {
        const key = lemmaKey(noun, language);
        amountNouns.set(key, c.key);
        amountUmlauts.set(key, (amountUmlauts.get(key) ?? new Set()).add(lemmaWithUmlauts(noun, language)));
      }
    }
  }
  const combined = new Map<string, ConceptRef>();
  for (const c of combinedConcepts) {
    const ref: ConceptRef = { key: c.key, parts: c.parts, ...(c.cumulative ? { cumulative: true } : {}) };
    combined.set(c.parts.join("|"), ref);
    combined.set([...c.parts].reverse().join("|"), ref);
    for (const noun of c.nouns[language]) {
      if (isPhrase(noun)) phrases.push([noun.toLowerCase(), ref]);
      else conceptNouns.set(lemmaKey(noun, language), ref);
    }
  }
  const compoundTails = [...conceptNouns.keys()].filter((k) => k.length >= MIN_TAIL).sort((a, b) => b.length - a.length);
  // Whole-word nouns are looked up like the others, but never as the tail of a compound.
  for (const [key, ref] of wholeNouns) conceptNouns.set(key, ref);
  // Stems the stemmer reached by folding an umlaut ("Wähler" → "wahl"): only words of those forms match.
  const conceptUmlauts = new Map([...umlautForms].filter(([key, forms]) => [...forms].some((f) => f !== key)));
  return { conceptNouns, compoundTails, conceptUmlauts, phrases, states, stateLemmas, amountNouns, amountUmlauts, amountPhrases, combined };
}

function eventIndexes(language: Language) {
  const words: [string, { event: EventConcept; denial: boolean; ahead?: true; named?: true; purpose?: true }][] = [];
  for (const event of eventConcepts) {
    for (const w of event.words[language]) words.push([w, { event, denial: false }]);
    for (const w of event.nouns?.[language] ?? []) words.push([w, { event, denial: false, named: true }]);
    // A noun spelled as the infinitive ("protest") is read as one where it stands as one.
    const nouns = new Set(event.nouns?.[language] ?? []);
    for (const w of event.purposes?.[language] ?? []) if (!nouns.has(w)) words.push([w, { event, denial: false, purpose: true }]);
    for (const w of event.denials?.[language] ?? []) words.push([w, { event, denial: true }]);
    for (const w of event.ahead?.[language] ?? []) words.push([w, { event, denial: false, ahead: true }]);
  }
  const objects = new Map<string, string>();
  for (const o of eventObjects) for (const noun of o.nouns[language]) objects.set(lemmaKey(noun, language), o.key);
  return { words, objects };
}

// A budget part's words by lemma, and in German each glued to a sector noun with or without the
// linking s or its final e ("Gesundheitswesen", "Schulwesen"), so the compound reads as its part.
function compileBudgetAreas(language: Language): Map<string, string> {
  const out = new Map<string, string>();
  for (const area of budgetAreas) {
    for (const word of area[language]) {
      out.set(lemmaKey(word, language), area.key);
      if (language !== "de") continue;
      // "Schule" glues as "Schul-", "Gesundheit" as "Gesundheits-".
      const fronts = new Set([word.toLowerCase(), `${word.toLowerCase()}s`, word.toLowerCase().replace(/e$/, "")]);
      for (const tail of budgetAreaSectorTails) for (const front of fronts) out.set(lemmaKey(front + tail, language), area.key);
    }
  }
  return out;
}

/** Turn one language's tables into the lookups the extraction reads. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const concepts = conceptIndexes(lex.language);
  const events = eventIndexes(lex.language);
  const triggers = new Map<string, number>();
  for (const [phrase] of events.words) addTrigger(triggers, firstWord(phrase), Trigger.event);
  for (const word of [...Object.keys(lex.numberWords), ...Object.keys(lex.multipliers)]) addTrigger(triggers, word, Trigger.quantity);
  for (const phrase of [...Object.keys(lex.vague), ...Object.keys(lex.fractions)]) addTrigger(triggers, firstWord(phrase), Trigger.quantity);
  // "Another woman died": one person counted with a word that is no number word.
  for (const phrase of ONE_PERSON_OPENERS[lex.language]) addTrigger(triggers, firstWord(phrase), Trigger.quantity);
  // "ihren elften Sitz", "its eleventh seat": an ordinal word may be a holder's new total (read-ordinal-seat.ts).
  const ordinals = ordinalWords(Object.entries(lex.numberWords), lex.language);
  for (const word of ordinals.keys()) addTrigger(triggers, word, Trigger.quantity);
  // "die Hälfte der Stimmen": a share in words whose noun is no number word (read-share-in-words.ts).
  for (const word of HALF_NOUNS[lex.language]) addTrigger(triggers, word, Trigger.quantity);
  // "no seats", "keine Festnahmen": a count of zero (read-zero-count.ts).
  for (const word of ZERO_WORDS[lex.language]) addTrigger(triggers, word, Trigger.quantity);

  const triggerFilter = new Uint8Array(128 << 5);
  for (const word of triggers.keys()) {
    const c = word.charCodeAt(0);
    if (c < 128) triggerFilter[triggerKey(c, word.length)] = 1;
  }

  const sentenceCues = new Map<string, number>();
  const cue = (phrase: string, flag: number): void => {
    const word = firstWord(phrase);
    sentenceCues.set(word, (sentenceCues.get(word) ?? 0) | flag);
  };
  for (const phrase of Object.keys(lex.certaintyCues)) cue(phrase, Cue.certainty);
  for (const [modal] of lex.hedgeFrames) cue(modal, Cue.certainty);
  for (const phrase of [...lex.sourceMarkers, ...lex.sourcePostpositions, ...lex.speechVerbs, ...lex.perfectSpeech, ...lex.claimantPronouns, ...lex.reportNouns]) cue(phrase, Cue.claimant);
  // A figure's as-of date may be any dated phrase of its sentence: "bis Freitag", "am Dienstag", "gestern".
  // "Ende 2032", "dieses Jahr", "heuer" date a figure without a preposition.
  for (const phrase of [...lex.asOfMarkers, ...lex.datePrepositions, ...Object.keys(lex.dayOffsets), ...Object.keys(lex.weekdays), ...Object.keys(lex.periodParts), ...lex.currentWords, ...Object.keys(lex.currentPeriods)]) cue(phrase, Cue.asOf);

  const units: [string, UnitRef][] = [
    ...cldrCurrencyNames(lex.language),
    ...bareCurrencyNouns(lex.language, lex.currencies),
    ...Object.entries(lex.currencies).map(([w, code]): [string, UnitRef] => [w, { kind: "currency", code }]),
    ...lex.percentWords.map((w): [string, UnitRef] => [w, { kind: "percent" }]),
    ...lex.percentagePointWords.map((w): [string, UnitRef] => [w, { kind: "points" }]),
    ...Object.entries(lex.measures).map(([w, code]): [string, UnitRef] => [w, { kind: "measure", code }]),
  ];
  const flag = (words: string[]) => buildPhraseIndex(words.map((w): [string, true] => [w, true]));

  return {
    language: lex.language,
    numberWords: new Map(Object.entries(lex.numberWords)),
    ordinalWords: ordinals,
    multipliers: new Map(Object.entries(lex.multipliers)),
    gluedMultipliers: new Map(Object.entries(lex.gluedMultipliers)),
    fractions: buildPhraseIndex(lex.fractions),
    articleNumbers: new Set(lex.articleNumbers),
    compoundNumberWords: lex.compoundNumberWords,
    hedges: buildPhraseIndex(boundsWithAsides(lex.hedges, lex.boundAsides)),
    postHedges: buildPhraseIndex(lex.postHedges),
    amountPrepositions: new Set(lex.amountPrepositions),
    prepositionVerbs: new Set(lex.prepositionVerbs),
    thresholdNouns: new Set(lex.thresholdNouns),
    shareBases: buildPhraseIndex(lex.shareBases),
    budgetAreas: compileBudgetAreas(lex.language),
    vague: buildPhraseIndex(lex.vague),
    rangeOpeners: new Set(lex.rangeOpeners),
    rangeJoinersAfterOpener: new Set(lex.rangeJoinersAfterOpener),
    rangeJoiners: new Set(lex.rangeJoiners),
    conceptNouns: concepts.conceptNouns,
    compoundTails: concepts.compoundTails,
    conceptUmlauts: concepts.conceptUmlauts,
    conceptNounPhrases: buildPhraseIndex(concepts.phrases),
    states: buildPhraseIndex(concepts.states),
    stateLemmas: concepts.stateLemmas,
    amountNouns: concepts.amountNouns,
    amountUmlauts: concepts.amountUmlauts,
    amountNounPhrases: buildPhraseIndex(concepts.amountPhrases),
    combined: concepts.combined,
    compoundNouns: lex.compoundNouns,
    nounBridges: new Set(lex.nounBridges),
    nounJoiners: new Set(lex.nounJoiners),
    countWords: new Set(lex.countWords),
    countWordLengths: new Set(lex.countWords.map((w) => w.length)),
    anaphora: flag(lex.anaphora),
    yearMarkers: new Set(lex.yearMarkers),
    neutralModifiers: new Set(lex.neutralModifiers),
    figureStandIns: new Set(lex.figureStandIns),
    measureNouns: new Set(lex.measureNouns),
    areaNoun: lex.areaNoun,
    changeNouns: new Map(Object.entries(lex.changeNouns)),
    perfectAuxiliaries: new Set(lex.perfectAuxiliaries),
    gatherings: new Set(lex.gatherings),
    relativePronouns: new Set(lex.relativePronouns),
    holderNouns: new Set(lex.holderNouns),
    holderNounTails: lex.holderNounTails,
    speechParticles: new Map(Object.entries(lex.speechParticles).map(([verb, particles]) => [verb, new Set(particles)])),
    comparatives: new Map(Object.entries(lex.comparatives)),
    stateFillers: new Set(lex.stateFillers),
    units: buildPhraseIndex(units),
    timeUnits: flag(lex.timeUnits),
    ageBefore: flag(lex.ageBefore),
    ageAfter: flag(lex.ageAfter),
    labelWords: new Set(lex.labelWords),
    streetWords: new Set(lex.streetWords),
    changeMarkers: buildPhraseIndex(lex.changeMarkers),
    gainVerbs: flag(lex.gainVerbs),
    linkVerbs: new Set(lex.linkVerbs),
    countryWide: flag(lex.countryWide),
    placeAdverbs: flag(lex.placeAdverbs),
    homeOrAbroad: buildPhraseIndex(Object.entries(lex.homeOrAbroad)),
    voteStages: buildPhraseIndex(Object.entries(lex.voteStages)),
    comparedWith: new Set(lex.comparedWith),
    additionWords: new Set(lex.additionWords),
    placePrepositions: new Set(lex.placePrepositions),
    placeDirections: new Set(lex.placeDirections),
    subordinators: new Set(lex.subordinators),
    placeKinds: new Set(lex.placeKinds),
    placeKindLemmas: new Set(lex.placeKinds.map((k) => lemmaKey(k, lex.language))),
    placeFillers: new Set(lex.placeFillers),
    placeCentres: new Set(lex.placeCentres),
    certaintyCues: buildPhraseIndex(lex.certaintyCues),
    hedgeFrames: new Map(lex.hedgeFrames.map(([modal, completions]) => [modal, new Set(completions)])),
    negations: new Set(lex.negations),
    sourceMarkers: flag(lex.sourceMarkers),
    sourcePrepositions: new Set(lex.sourceMarkers.map((p) => p.split(" ")[0]!)),
    sourcePostpositions: new Set(lex.sourcePostpositions),
    perfectSpeech: new Set(lex.perfectSpeech),
    speechVerbs: new Set(lex.speechVerbs),
    claimantPronouns: flag(lex.claimantPronouns),
    nonClaimants: new Set(lex.nonClaimants),
    reportNouns: new Set(lex.reportNouns),
    authorLinks: new Set(lex.authorLinks),
    titles: new Set(lex.titles),
    claimantWords: new Map(Object.entries(lex.claimantWords)),
    functionWords: new Set(lex.functionWords),
    articles: new Set(lex.articles),
    months: new Map(Object.entries(lex.months)),
    // A short form is one with a longer spelling of its month; "September's" makes "September" none.
    monthAbbreviations: new Set(Object.entries(lex.months).filter(([w, m]) => Object.entries(lex.months).some(([v, n]) => n === m && v.length > w.length && !/['’]s$/.test(v))).map(([w]) => w)),
    weekdays: new Map(Object.entries(lex.weekdays)),
    periodParts: new Map(Object.entries(lex.periodParts)),
    previousWords: new Set(lex.previousWords),
    currentWords: new Set(lex.currentWords),
    currentPeriods: new Map(Object.entries(lex.currentPeriods)),
    partArticles: new Set(lex.partArticles),
    earlierWords: new Set(lex.earlierWords),
    periodWords: new Map(Object.entries(lex.periodWords)),
    agoBefore: new Set(lex.agoBefore),
    agoAfter: new Set(lex.agoAfter),
    dayOffsets: buildPhraseIndex(lex.dayOffsets),
    datePrepositions: new Set(lex.datePrepositions),
    asOfMarkers: flag(lex.asOfMarkers),
    sinceMarkers: new Set(lex.sinceMarkers),
    sentenceCues,
    dateStarters: new Set([
      ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...lex.datePrepositions, ...Object.keys(lex.periodParts),
      ...lex.previousWords, ...lex.currentWords, ...Object.keys(lex.currentPeriods), ...lex.agoBefore, ...Object.keys(lex.dayOffsets).map(firstWord), ...Object.keys(lex.numberWords), "jahr", "year",
      ...NIGHT_BEFORE[lex.language].map(firstWord),
    ]),
    eventWords: buildPhraseIndex(events.words),
    eventObjects: events.objects,
    abbreviations: new Set(lex.abbreviations),
    furnitureLine: new RegExp(`^\\s*(?:${lex.furniturePrefixes.map(escapeRegExp).join("|")})`, "iu"),
    triggers,
    triggerFilter,
  };
}
