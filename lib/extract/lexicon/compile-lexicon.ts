import { Cue, Trigger, triggerKey, type CompiledLexicon } from "./compiled-lexicon";
import { buildPhraseIndex } from "./phrase-index";
import type { CountedNoun, DatedEvent, Lexicon } from "./types";

const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"];

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

/** Turn one language's tables into the lookups the extraction reads. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const nounForms = new Map<string, CountedNoun & { base: string }>();
  for (const [base, noun] of Object.entries(lex.countedNouns)) {
    for (const ending of lex.nounEndings) nounForms.set(base + ending, { ...noun, base });
  }
  const eventNouns = new Map<string, DatedEvent>();
  const eventVerbs = new Map<string, DatedEvent>();
  const triggers = new Map<string, number>();
  for (const event of lex.datedEvents) {
    for (const noun of event.nouns) for (const ending of lex.nounEndings) eventNouns.set(noun + ending, event);
    for (const verb of event.verbs) {
      eventVerbs.set(verb, event);
      addTrigger(triggers, verb, Trigger.event);
    }
  }
  for (const word of [...Object.keys(lex.numberWords), ...Object.keys(lex.multipliers)]) addTrigger(triggers, word, Trigger.quantity);
  for (const phrase of Object.keys(lex.vague)) addTrigger(triggers, firstWord(phrase), Trigger.quantity);

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
  for (const phrase of [...lex.sourceMarkers, ...lex.sourcePostpositions, ...lex.speechVerbs]) cue(phrase, Cue.claimant);
  for (const phrase of lex.asOfMarkers) cue(phrase, Cue.asOf);

  const nationalityForms: [string, string][] = [];
  for (const [stem, english] of Object.entries(lex.nationalities)) {
    const endings = lex.language === "de" ? ADJECTIVE_ENDINGS : [""];
    for (const ending of endings) nationalityForms.push([stem + ending, english]);
  }
  return {
    language: lex.language,
    numberWords: new Map(Object.entries(lex.numberWords)),
    multipliers: new Map(Object.entries(lex.multipliers)),
    articleNumbers: new Set(lex.articleNumbers),
    compoundNumberWords: lex.compoundNumberWords,
    hedges: buildPhraseIndex(lex.hedges),
    postHedges: buildPhraseIndex(lex.postHedges),
    vague: buildPhraseIndex(lex.vague),
    rangeOpeners: new Set(lex.rangeOpeners),
    rangeJoinersAfterOpener: new Set(lex.rangeJoinersAfterOpener),
    rangeJoiners: new Set(lex.rangeJoiners),
    nounForms,
    compoundNouns: lex.compoundNouns,
    nounBridges: new Set(lex.nounBridges),
    casualty: buildPhraseIndex(lex.casualtyWords),
    countWords: new Set(lex.countWords),
    countWordLengths: new Set(lex.countWords.map((w) => w.length)),
    anaphora: buildPhraseIndex(lex.anaphora.map((a): [string, true] => [a, true])),
    yearMarkers: new Set(lex.yearMarkers),
    units: new Set(lex.units),
    places: buildPhraseIndex(lex.places),
    placePrepositions: new Set(lex.placePrepositions),
    placeFillers: new Set(lex.placeFillers),
    certaintyCues: buildPhraseIndex(lex.certaintyCues),
    hedgeFrames: new Map(lex.hedgeFrames.map(([modal, completions]) => [modal, new Set(completions)])),
    negations: new Set(lex.negations),
    sourceMarkers: buildPhraseIndex(lex.sourceMarkers.map((m): [string, true] => [m, true])),
    sourcePostpositions: new Set(lex.sourcePostpositions),
    speechVerbs: new Set(lex.speechVerbs),
    nonClaimants: new Set(lex.nonClaimants),
    titles: new Set(lex.titles),
    claimantWords: new Map(Object.entries(lex.claimantWords)),
    nationalities: buildPhraseIndex(nationalityForms),
    functionWords: new Set(lex.functionWords),
    articles: new Set(lex.articles),
    months: new Map(Object.entries(lex.months)),
    weekdays: new Map(Object.entries(lex.weekdays)),
    periodParts: new Map(Object.entries(lex.periodParts)),
    previousWords: new Set(lex.previousWords),
    periodWords: new Map(Object.entries(lex.periodWords)),
    agoBefore: new Set(lex.agoBefore),
    agoAfter: new Set(lex.agoAfter),
    dayOffsets: new Map(Object.entries(lex.dayOffsets)),
    datePrepositions: new Set(lex.datePrepositions),
    asOfMarkers: buildPhraseIndex(lex.asOfMarkers.map((m): [string, true] => [m, true])),
    sentenceCues,
    dateStarters: new Set([
      ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...lex.datePrepositions, ...Object.keys(lex.periodParts),
      ...lex.previousWords, ...lex.agoBefore, ...Object.keys(lex.dayOffsets), ...Object.keys(lex.numberWords), "jahr", "year",
    ]),
    eventVerbs,
    eventNouns,
    abbreviations: new Set(lex.abbreviations),
    furnitureLine: new RegExp(`^\\s*(?:${lex.furniturePrefixes.map(escapeRegExp).join("|")})`, "iu"),
    triggers,
    triggerFilter,
  };
}
