import type { PhraseIndex } from "./phrase-index";
import type { CasualtyState, CertaintyCue, CountedNoun, DatedEvent, HedgeKind, Language, PeriodPart, PeriodUnit } from "./types";

/** Flags of a trigger word: the few words at which the extraction does any work at all. */
export const Trigger = { quantity: 1, event: 2 } as const;

/** Flags of a word that starts a sentence-level cue (see `sentenceCues`). */
export const Cue = { certainty: 1, claimant: 2, asOf: 4 } as const;

/** A lexicon turned into lookups. Built once per language at module load, never per call. */
export type CompiledLexicon = {
  language: Language;
  numberWords: Map<string, number>;
  multipliers: Map<string, number>;
  articleNumbers: Set<string>;
  compoundNumberWords: boolean;
  hedges: PhraseIndex<HedgeKind>;
  postHedges: PhraseIndex<HedgeKind>;
  vague: PhraseIndex<[number, number]>;
  rangeOpeners: Set<string>;
  rangeJoinersAfterOpener: Set<string>;
  rangeJoiners: Set<string>;
  nounForms: Map<string, CountedNoun & { base: string }>;
  compoundNouns: boolean;
  nounBridges: Set<string>;
  casualty: PhraseIndex<CasualtyState>;
  countWords: Set<string>;
  countWordLengths: Set<number>;
  anaphora: PhraseIndex<true>;
  yearMarkers: Set<string>;
  units: Set<string>;
  places: PhraseIndex<string>;
  placePrepositions: Set<string>;
  placeFillers: Set<string>;
  certaintyCues: PhraseIndex<CertaintyCue>;
  hedgeFrames: Map<string, Set<string>>;
  negations: Set<string>;
  sourceMarkers: PhraseIndex<true>;
  sourcePostpositions: Set<string>;
  speechVerbs: Set<string>;
  nonClaimants: Set<string>;
  titles: Set<string>;
  claimantWords: Map<string, string>;
  nationalities: PhraseIndex<string>;
  functionWords: Set<string>;
  articles: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  periodParts: Map<string, PeriodPart>;
  previousWords: Set<string>;
  periodWords: Map<string, PeriodUnit>;
  agoBefore: Set<string>;
  agoAfter: Set<string>;
  dayOffsets: Map<string, number>;
  datePrepositions: Set<string>;
  asOfMarkers: PhraseIndex<true>;
  /**
   * First words of every sentence-level cue (certainty, source, speech verb, as-of marker) → `Cue`
   * flags: reading a sentence's context costs one lookup per word.
   */
  sentenceCues: Map<string, number>;
  /** Every word a date phrase can begin with (prepositions, months, weekdays, "letzte", "vor", …). */
  dateStarters: Set<string>;
  eventVerbs: Map<string, DatedEvent>;
  eventNouns: Map<string, DatedEvent & { noCompound?: boolean }>;
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
