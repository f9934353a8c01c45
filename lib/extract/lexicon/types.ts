/**
 * The shape of one language's word tables. Everything an editor may want to tune (which words hedge,
 * which nouns are counted, which places are known) lives in `de.ts` and `en.ts` as plain data of this
 * shape; `compile-lexicon.ts` turns it into lookups once, at module load.
 */
export type Language = "de" | "en";

/**
 * How a hedge turns a number n into an interval. The factors for the fuzzy kinds are in
 * `tolerances.ts`, one table for both languages.
 *   above (n, ∞) · atLeast [n, ∞) · justAbove (n, n·(1+t)] · about [n·(1−t), n·(1+t)]
 *   justBelow [n·(1−t), n) · below [0, n) · atMost [0, n] · upTo [0, n] · exact [n, n]
 */
export type HedgeKind = "above" | "atLeast" | "justAbove" | "about" | "justBelow" | "below" | "atMost" | "upTo" | "exact";

/** What a counted noun counts; the facet subject derives from it. */
export type NounClass = "troops" | "people" | "civilians" | "workers" | "killed" | "wounded" | "casualties";

/** A casualty state that refines what is counted ("2.500 Soldaten getötet oder verletzt"). */
export type CasualtyState = "killed" | "wounded" | "casualties";

export type CountedNoun = {
  nounClass: NounClass;
  /** True for nouns too generic to be a claim without a casualty state ("10.000 Menschen"). */
  needsState?: boolean;
  /** True when the noun must not match as the tail of a compound ("Mann" but not "Kaufmann"). */
  noCompound?: boolean;
};

export type PeriodPart = "early" | "mid" | "late";
export type PeriodUnit = "year" | "month" | "week" | "day";

export type CertaintyCue = "reported" | "hedged" | "denied";

export type DatedEvent = {
  /** The facet subject of the date, e.g. "treaty-signing". */
  subject: string;
  /** Nouns naming the thing dated; German compounds match by suffix ("Verteidigungsabkommen"). */
  nouns: string[];
  /** Verb forms saying it happened ("unterzeichneten", "signed"), matched exactly. */
  verbs: string[];
};

export type Lexicon = {
  language: Language;
  /** Number words with their value ("zehn": 10, "twenty": 20). */
  numberWords: Record<string, number>;
  /** Words that scale what precedes them ("Tausend", "million"); "Mio." is written without the dot. */
  multipliers: Record<string, number>;
  /** Number words that are articles when alone ("ein", "a"): numbers only before a multiplier. */
  articleNumbers: string[];
  /** Whether number words are written as one compound ("dreitausendzweihundert"). */
  compoundNumberWords: boolean;
  /** Phrase (lowercase, words separated by single spaces) → hedge kind. */
  hedges: Record<string, HedgeKind>;
  /** Hedges written after the number ("12.000 übersteigen", "10,000 or more"). */
  postHedges: Record<string, HedgeKind>;
  /** Vague amounts without a numeral → inclusive [min, max]. Inflected forms are listed explicitly. */
  vague: Record<string, [number, number]>;
  /** "zwischen … und …": the opener, and joiners allowed only after it. */
  rangeOpeners: string[];
  rangeJoinersAfterOpener: string[];
  /** Joiners that make a range on their own ("9.000 bis 11.000", "11,500 to 13,000"). */
  rangeJoiners: string[];
  /** Base forms of counted nouns; `nounEndings` supply the inflections. */
  countedNouns: Record<string, CountedNoun>;
  nounEndings: string[];
  /** Whether a counted noun may be the tail of a compound ("Elitesoldaten"). */
  compoundNouns: boolean;
  /** Words that may stand between a vague amount and its noun ("Tausende von Soldaten"). */
  nounBridges: string[];
  /** Casualty words following the noun: "getötet" → killed. */
  casualtyWords: Record<string, CasualtyState>;
  /** Nouns that name a count before the number: "die Zahl der Soldaten … 10.000". */
  countWords: string[];
  /** Phrases after a number that point back to the last counted noun: "8.000 von ihnen". */
  anaphora: string[];
  /** Words that make a following four-digit number a year, not a count ("im Jahr 2024", "seit 2022"). */
  yearMarkers: string[];
  /** Units right after a number that make it a measurement, not a count ("155 mm", "10 Prozent"). */
  units: string[];
  /** Known places (as written, lowercase) → canonical English name. */
  places: Record<string, string>;
  /** Prepositions that put a count in a place ("in", "nach"); articles and region words may follow. */
  placePrepositions: string[];
  placeFillers: string[];
  /** Certainty cues: phrase (lowercase) → cue. Single words and multi-word phrases. */
  certaintyCues: Record<string, CertaintyCue>;
  /** "soll … haben": a modal that hedges only when a perfect infinitive follows in the sentence. */
  hedgeFrames: [string, string[]][];
  /** Words that cancel a following denial ("nie dementiert"). */
  negations: string[];
  /** Phrases introducing a source ("laut", "according to"), and postpositions ("dem Pentagon zufolge"). */
  sourceMarkers: string[];
  sourcePostpositions: string[];
  /** Speech verbs whose subject is the claimant ("sagte Blinken", "Peskow betonte"). */
  speechVerbs: string[];
  /** Words that are never a claimant on their own: pronouns, sentence adverbs ("Später sagte …"). */
  nonClaimants: string[];
  /** Titles dropped in front of a name ("Präsident Wladimir Putin" → "Wladimir Putin"). */
  titles: string[];
  /** Words of a claimant phrase translated to English ("ukrainische Geheimdienst" → "Ukrainian intelligence"). */
  claimantWords: Record<string, string>;
  /** Nationality adjectives (stem, lowercase) → English, to label what is counted ("North Korean troops"). */
  nationalities: Record<string, string>;
  /** Function words that end a noun phrase in English ("10,000 in the region", "Kyiv said that …"). */
  functionWords: string[];
  /** Articles and determiners skipped around noun phrases. */
  articles: string[];
  /** Month names and abbreviations (lowercase) → 1..12; weekdays → 0 (Sunday)..6. */
  months: Record<string, number>;
  weekdays: Record<string, number>;
  /** "Ende Juni", "mid-December": which part of a month or week. */
  periodParts: Record<string, PeriodPart>;
  /** "letztes Jahr", "last week": the words meaning "the previous". */
  previousWords: string[];
  /** Calendar units in relative dates ("Jahren" → year). */
  periodWords: Record<string, PeriodUnit>;
  /** "vor zwei Jahren" (before the amount) and "two years ago" (after the unit). */
  agoBefore: string[];
  agoAfter: string[];
  /** "gestern" → −1 day. */
  dayOffsets: Record<string, number>;
  /** Words that belong to a date phrase in front of it ("im", "am", "on"); kept in the quote. */
  datePrepositions: string[];
  /** Words making a date the as-of scope of a count ("bis Mitte Dezember", "as of", "since"). */
  asOfMarkers: string[];
  datedEvents: DatedEvent[];
  /** Abbreviations whose period does not end a sentence (lowercase, without the dot). */
  abbreviations: string[];
  /** Lines starting with these (lowercase) are captions or page furniture, never claims. */
  furniturePrefixes: string[];
};
