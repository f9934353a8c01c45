import type { CountConcept, EventConcept } from "./concepts";
import type { PhraseIndex } from "./phrase-index";
import type { CertaintyCue, HedgeKind, Language, PeriodPart, PeriodUnit } from "./types";

/** Flags of a trigger word: the few words at which the extraction does any work at all. */
export const Trigger = { quantity: 1, event: 2 } as const;

/** Flags of a word that starts a sentence-level cue (see `sentenceCues`). */
export const Cue = { certainty: 1, claimant: 2, asOf: 4 } as const;

/** A count concept as the extraction uses it; combined concepts ("dead+injured") name their parts. */
export type ConceptRef = Pick<CountConcept, "key" | "group" | "cumulative" | "ofGroups" | "doers" | "befalls"> & { parts?: [string, string] };

/** What a unit word makes of a number. */
export type UnitRef =
  // `candidates`: the currencies a bare noun may mean ("kroner"), `code` the one read without context.
  | { kind: "currency"; code: string; candidates?: readonly string[] }
  | { kind: "percent" }
  | { kind: "points" }
  | { kind: "measure"; code: string };

/** A lexicon turned into lookups. Built once per language at module load, never per call. */
export type CompiledLexicon = {
  language: Language;
  numberWords: Map<string, number>;
  /** Ordinal words made from the number words by rule ("elften", "eleventh" → 11): a holder's seat total. */
  ordinalWords: Map<string, number>;
  multipliers: Map<string, number>;
  gluedMultipliers: Map<string, number>;
  fractions: PhraseIndex<number>;
  articleNumbers: Set<string>;
  compoundNumberWords: boolean;
  hedges: PhraseIndex<HedgeKind>;
  postHedges: PhraseIndex<HedgeKind>;
  amountPrepositions: Set<string>;
  prepositionVerbs: Set<string>;
  thresholdNouns: Set<string>;
  /** Bases a share is taken of → one key across languages ("BIP", "GDP" → "gdp"). */
  shareBases: PhraseIndex<string>;
  /** Lemma of a budget part's word → its area ("verteidigung", "defenc" → "defence"). */
  budgetAreas: Map<string, string>;
  vague: PhraseIndex<[number, number]>;
  rangeOpeners: Set<string>;
  rangeJoinersAfterOpener: Set<string>;
  rangeJoiners: Set<string>;
  /** Lemma key of a counted noun → its concept ("tot" → dead, "soldat" → troops). */
  conceptNouns: Map<string, ConceptRef>;
  /** Lemma keys of counted nouns that may end a German compound, longest first ("hochwassertot" → dead). */
  compoundTails: string[];
  /** Concept stems the stemmer reached by folding an umlaut, with the forms that may match them ("wahl" → "wähl"). */
  conceptUmlauts: Map<string, Set<string>>;
  /** Multi-word counted nouns ("police officers", "service members"). */
  conceptNounPhrases: PhraseIndex<ConceptRef>;
  /** State words and phrases → concept ("ums leben" → dead, "were evacuated" → displaced). */
  states: PhraseIndex<ConceptRef>;
  /** Single-word states by lemma key, so inflected participles match ("getöteten", "evakuierten"). */
  stateLemmas: Map<string, ConceptRef>;
  /** Nouns naming what an amount with a unit is of ("Haushalt" → budget, "turnout"). */
  amountNouns: Map<string, string>;
  /** Lemma key of an amount noun → its lemmas as written, umlauts kept ("zahlung" → "zahlung", "schad" → "schad", "schäd"). */
  amountUmlauts: Map<string, Set<string>>;
  amountNounPhrases: PhraseIndex<string>;
  /** Two concepts counted together → the combined concept ("dead|injured" → dead+injured). */
  combined: Map<string, ConceptRef>;
  compoundNouns: boolean;
  nounBridges: Set<string>;
  nounJoiners: Set<string>;
  countWords: Set<string>;
  countWordLengths: Set<number>;
  anaphora: PhraseIndex<true>;
  yearMarkers: Set<string>;
  neutralModifiers: Set<string>;
  /** Lowercased pronouns and nouns that stand for the figure just named (see Lexicon). */
  figureStandIns: Set<string>;
  measureNouns: Set<string>;
  areaNoun: string;
  changeNouns: Map<string, "up" | "down">;
  perfectAuxiliaries: Set<string>;
  gatherings: Set<string>;
  relativePronouns: Set<string>;
  holderNouns: Set<string>;
  holderNounTails: readonly string[];
  speechParticles: Map<string, Set<string>>;
  comparatives: Map<string, "up" | "down">;
  stateFillers: Set<string>;
  units: PhraseIndex<UnitRef>;
  timeUnits: PhraseIndex<true>;
  ageBefore: PhraseIndex<true>;
  ageAfter: PhraseIndex<true>;
  labelWords: Set<string>;
  streetWords: Set<string>;
  changeMarkers: PhraseIndex<"up" | "down" | "either">;
  gainVerbs: PhraseIndex<true>;
  linkVerbs: Set<string>;
  countryWide: PhraseIndex<true>;
  placeAdverbs: PhraseIndex<true>;
  homeOrAbroad: PhraseIndex<"domestic" | "abroad">;
  voteStages: PhraseIndex<"projection" | "first round">;
  comparedWith: Set<string>;
  additionWords: Set<string>;
  placePrepositions: Set<string>;
  placeDirections: Set<string>;
  subordinators: Set<string>;
  placeKinds: Set<string>;
  /** The place kinds by lemma ("Dörfern", "villages"): a count of places is never a group of people. */
  placeKindLemmas: Set<string>;
  placeFillers: Set<string>;
  placeCentres: Set<string>;
  certaintyCues: PhraseIndex<CertaintyCue>;
  hedgeFrames: Map<string, Set<string>>;
  negations: Set<string>;
  sourceMarkers: PhraseIndex<true>;
  /** The first words of source markers ("laut", "nach"): an adjective may stand after them ("nach ersten Schätzungen"). */
  sourcePrepositions: Set<string>;
  sourcePostpositions: Set<string>;
  perfectSpeech: Set<string>;
  speechVerbs: Set<string>;
  claimantPronouns: PhraseIndex<true>;
  nonClaimants: Set<string>;
  reportNouns: Set<string>;
  authorLinks: Set<string>;
  titles: Set<string>;
  claimantWords: Map<string, string>;
  functionWords: Set<string>;
  articles: Set<string>;
  months: Map<string, number>;
  /** Month names shorter than another name of the same month ("jan", "sept"). */
  monthAbbreviations: Set<string>;
  weekdays: Map<string, number>;
  periodParts: Map<string, PeriodPart>;
  previousWords: Set<string>;
  currentWords: Set<string>;
  currentPeriods: Map<string, PeriodUnit>;
  partArticles: Set<string>;
  earlierWords: Set<string>;
  periodWords: Map<string, PeriodUnit>;
  agoBefore: Set<string>;
  agoAfter: Set<string>;
  dayOffsets: PhraseIndex<number>;
  datePrepositions: Set<string>;
  asOfMarkers: PhraseIndex<true>;
  sinceMarkers: Set<string>;
  /**
   * First words of every sentence-level cue (certainty, source, speech verb, as-of marker) → `Cue`
   * flags: reading a sentence's context costs one lookup per word.
   */
  sentenceCues: Map<string, number>;
  /** Every word a date phrase can begin with (prepositions, months, weekdays, "letzte", "vor", …). */
  dateStarters: Set<string>;
  /** Words and phrases saying a dated event happened → its concept; `denial` for the opposite act, `ahead` for one to come. */
  eventWords: PhraseIndex<{ event: EventConcept; denial: boolean; ahead?: true; named?: true; purpose?: true }>;
  /** Lemma key of an event's object noun ("vertrag" → treaty). */
  eventObjects: Map<string, string>;
  abbreviations: Set<string>;
  /** Matches a line that starts (after spaces) with a furniture prefix, case-insensitively. */
  furnitureLine: RegExp;
  /** Trigger words as written (lowercase, Capitalized, UPPER) → `Trigger` flags; saves lowercasing every word. */
  triggers: Map<string, number>;
  /**
   * Set at `triggerKey(firstCharCode, length)` when some trigger word starts with that ASCII character
   * and has that length: most words are ruled out without cutting them out of the text.
   */
  triggerFilter: Uint8Array;
};

/** The `triggerFilter` slot of a word; only for ASCII first characters (below 128). */
export function triggerKey(firstChar: number, length: number): number {
  return (firstChar << 5) | (length > 31 ? 31 : length);
}
