/**
 * The shape of one language's word tables. Everything an editor may want to tune (which words hedge,
 * which words are units, which cue a place or a claimant) lives in `de.ts` and `en.ts` as plain data of
 * this shape; the bilingual concept families are in `concepts.ts`. The tables describe language only:
 * the world (countries, places, nationalities) comes from `lib/places`. `compile-lexicon.ts` turns them
 * into lookups once, at module load.
 */
export type Language = "de" | "en";

/**
 * How a hedge turns a number n into an interval. The factors for the fuzzy kinds are in
 * `tolerances.ts`, one table for both languages.
 *   above (n, ∞) · atLeast [n, ∞) · justAbove (n, n·(1+t)] · about [n·(1−t), n·(1+t)]
 *   justBelow [n·(1−t), n) · below [0, n) · atMost [0, n] · upTo [0, n] · exact [n, n]
 */
export type HedgeKind = "above" | "atLeast" | "justAbove" | "about" | "justBelow" | "below" | "atMost" | "upTo" | "exact";

export type PeriodPart = "early" | "mid" | "late";
export type PeriodUnit = "year" | "month" | "week" | "day";

export type CertaintyCue = "reported" | "hedged" | "denied";

export type Lexicon = {
  language: Language;
  /** Number words with their value ("zehn": 10, "twenty": 20). */
  numberWords: Record<string, number>;
  /** Words that scale what precedes them ("Tausend", "million"); "Mio." is written without the dot. */
  multipliers: Record<string, number>;
  /** Fractions of the multiplier after them ("half a million", "eine halbe Million"): phrase → factor. */
  fractions: Record<string, number>;
  /** Multipliers only when glued to a numeral ("1.5m", "12k", "€4bn"), else ordinary words. */
  gluedMultipliers: Record<string, number>;
  /** Number words that are articles when alone ("ein", "a"): numbers only before a multiplier. */
  articleNumbers: string[];
  /** Whether number words are written as one compound ("dreitausendzweihundert"). */
  compoundNumberWords: boolean;
  /** Phrase (lowercase, words separated by single spaces) → hedge kind. */
  hedges: Record<string, HedgeKind>;
  /**
   * Words of contrast that may stand between a bound ("at least", "at most") and its figure: "mindestens
   * aber 300", "höchstens jedoch 40". The bound still bounds the figure.
   */
  boundAsides: string[];
  /** Hedges that after a noun name its amount instead ("ein Haushalt über 500 Millionen" is exactly that). */
  amountPrepositions: string[];
  /** Verbs whose object such a hedge word introduces ("verfügt über 182.000 Soldaten": has, not more than). */
  prepositionVerbs: string[];
  /** Nouns of a rule's bar right after a share ("the 5% threshold", "die 5-Prozent-Hürde"): no claim. */
  thresholdNouns: string[];
  /** Hedges written after the number ("12.000 übersteigen", "10,000 or more"). */
  postHedges: Record<string, HedgeKind>;
  /** Vague amounts without a numeral → inclusive [min, max]. Inflected forms are listed explicitly. */
  vague: Record<string, [number, number]>;
  /** "zwischen … und …": the opener, and joiners allowed only after it. */
  rangeOpeners: string[];
  rangeJoinersAfterOpener: string[];
  /** Joiners that make a range on their own ("9.000 bis 11.000", "11,500 to 13,000"). */
  rangeJoiners: string[];
  /** Whether a counted noun may be the tail of a compound ("Elitesoldaten", "Hochwassertote"). */
  compoundNouns: boolean;
  /** Words that may stand between a vague amount and its noun ("Tausende von Soldaten"). */
  nounBridges: string[];
  /** Joiners of two counted nouns that count them together ("Tote und Verletzte", "killed or wounded"). */
  nounJoiners: string[];
  /** Nouns that name a count before the number: "die Zahl der Soldaten … 10.000". */
  countWords: string[];
  /** Phrases after a number that point back to the last counted noun: "8.000 von ihnen". */
  anaphora: string[];
  /** Words that make a following four-digit number a year, not a count ("im Jahr 2024", "seit 2022"). */
  yearMarkers: string[];
  /**
   * Words that stand for the figure just named: a pronoun subject ("im Kernhaushalt betrage sie",
   * "it tops €170bn") or a noun that only says "the figure" ("the real figure was €96bn"). An
   * amount they introduce is about what the figure before it was about.
   */
  figureStandIns: string[];
  /**
   * Nouns that give a thing's size rather than name it ("ein Volumen von", "a value of"): the
   * amount after "von"/"of" is then about the thing named before them.
   */
  measureNouns: string[];
  /** The noun an area with nothing named is of ("57.000 Hektar verbrannt": a burnt "Fläche", "area"). */
  areaNoun: string;
  /** Nouns that make a percentage before them a change ("an 8.5% pay rise", "a 2% cut"), by direction. */
  changeNouns: Record<string, "up" | "down">;
  /** Auxiliaries of the perfect, after the subject that did it ("Das Feuer hat …", "the blaze had …"). */
  perfectAuxiliaries: string[];
  /** Nouns of gatherings people turn out for ("Kundgebung", "rally"): a turnout there counts protesters. */
  gatherings: string[];
  /** Words opening a relative clause ("that", "which"; German after a comma: "der", "die", "das"). */
  relativePronouns: string[];
  /** Nouns for who holds a share rather than what it is of ("put the party at 5.0%"). */
  holderNouns: string[];
  /**
   * Tails of German compounds that name a party by its own words ("Reformpartei", "Volkspartei"):
   * such a word holds a share like "Partei" does, it is not what the share is of.
   */
  holderNounTails: string[];
  /**
   * German speech verbs that report speech only with their separable particle in the clause: "gab
   * die Polizei an" says something, "gaben ihre Stimme ab" does not.
   */
  speechParticles: Record<string, string[]>;
  /** Comparatives after a bare figure ("272 more", "one fewer"): a change of the figure before, up or down. */
  comparatives: Record<string, "up" | "down">;
  /** Adjectives that do not make a count a different one ("weitere", "additional", "bestätigte"). */
  neutralModifiers: string[];
  /** Words that may stand between a count and the state said of it ("wurden", "were", "still"). */
  stateFillers: string[];
  /** Currency words and symbols → ISO 4217 ("euro" → EUR). CLDR's names (Intl) are added at compile time. */
  currencies: Record<string, string>;
  percentWords: string[];
  percentagePointWords: string[];
  /** Measure words → canonical unit ("metern" → "m", "tonnen" → "t"). */
  measures: Record<string, string>;
  /** Nouns a share is taken of that are not what the share is about ("Prozent des BIP", "% of GDP"). */
  shareBases: Record<string, string>;
  /** Units that make a number a time of day, a duration or a length of text, never a claim ("Stunden", "days", "Seiten"). */
  timeUnits: string[];
  /** Words that make the number an age: before it ("im Alter von", "aged") or after it ("Jahre alt"). */
  ageBefore: string[];
  ageAfter: string[];
  /** Words right before a number that make it a rank, reference, magnitude or label, not a count. */
  labelWords: string[];
  /** Street words: a number right after one ("Hauptstraße 12") or before one ("10 Downing Street"). */
  streetWords: string[];
  /**
   * Words before a figure that make it a change rather than a level ("um 3 Prozent", "by 2 billion"),
   * and which way: a fall ("ein Minus von", "down", "lost") makes the figure negative.
   */
  changeMarkers: Record<string, "up" | "down" | "either">;
  /** Verbs whose subject owns the figure ("Die SPD erhielt 25 Prozent", "Labour won 412 seats"). */
  gainVerbs: string[];
  /** Verbs linking a named quantity to its amount ("Die Wahlbeteiligung lag bei …", "turnout was …"). */
  linkVerbs: string[];
  /** Words that put a figure in the whole country the article is about ("bundesweit", "nationwide"). */
  countryWide: string[];
  /** Words saying where without naming a place ("outside", "nearby", "draußen", "vor Ort"): never what a figure counts. */
  placeAdverbs: string[];
  /** Phrases setting a figure at home or abroad ("im Ausland", "abroad"): a part of its question, not a place. */
  homeOrAbroad: Record<string, "domestic" | "abroad">;
  /** Words setting an election figure apart as an estimate or an earlier round ("Hochrechnung", "first round"). */
  voteStages: Record<string, "projection" | "first round">;
  /** Words that set a figure against another ("unter", "als", "than", "down from"): what follows is the compared figure's. */
  comparedWith: string[];
  /** Adjectives that make a figure an addition to another ("weitere 1.500", "an additional 1,500"). */
  additionWords: string[];
  /** Prepositions that put a figure in a place ("in", "im"). */
  placePrepositions: string[];
  /** Prepositions of direction ("nach Polen", "sent to Spain"): a place only when the gazetteer knows it. */
  placeDirections: string[];
  /** Words opening a subordinate clause ("während", "als", "while", "after"). */
  subordinators: string[];
  /** Words naming a kind of place ("Region", "Stadt", "province"): "in der Region X", "in the X region". */
  placeKinds: string[];
  /** Words a place phrase may hold between preposition and name ("der", "the", "allein", "of"). */
  placeFillers: string[];
  /**
   * Words naming the middle of a town before its name ("in central Athens", "im Zentrum von Lyon"):
   * the town's figure. Of a country or region they name a part no key stands for.
   */
  placeCentres: string[];
  /** Certainty cues: phrase (lowercase) → cue. Single words and multi-word phrases. */
  certaintyCues: Record<string, CertaintyCue>;
  /** "soll … haben": a modal that hedges only when a perfect infinitive follows in the sentence. */
  hedgeFrames: [string, string[]][];
  /** Words that cancel a following denial ("nie dementiert"). */
  negations: string[];
  /** Phrases introducing a source ("laut", "according to"), and postpositions ("den Behörden zufolge"). */
  sourceMarkers: string[];
  sourcePostpositions: string[];
  /**
   * Participles of speech verbs that give a speaker only in the active perfect ("hatte die Polizei
   * gemeldet"), never in the passive or a comparison ("wurden gemeldet", "als angegeben"). Kept apart
   * from `speechVerbs`, whose words also bound subjects and clauses elsewhere.
   */
  perfectSpeech: string[];
  /** Speech verbs whose subject is the claimant ("sagte Müller", "the ministry said"). */
  speechVerbs: string[];
  /** Pronoun phrases that point back to the last claimant named ("nach seinen Worten", "he said"). */
  claimantPronouns: string[];
  /** Words that are never a claimant on their own: pronouns, sentence adverbs ("Später sagte …"). */
  nonClaimants: string[];
  /**
   * Nouns for what a source publishes ("Befragung", "Ergebnis", "survey", "count"): after a source
   * phrase, the one who made it is the claimant ("laut der Befragung des Instituts X" → Institut X).
   */
  reportNouns: string[];
  /** Words that name who made a report ("des", "der", "von", "of", "by", "from"). */
  authorLinks: string[];
  /** Titles dropped in front of a name ("Präsident Anna Beispiel" → "Anna Beispiel"). */
  titles: string[];
  /** Words of a claimant phrase translated to English ("Polizei" → "police", "Regierung" → "government"). */
  claimantWords: Record<string, string>;
  /** Function words that end a noun phrase in English ("10,000 in the region", "officials said that …"). */
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
  /** "dieses Jahr", "im laufenden Jahr", "this week": the words meaning the period of publication. */
  currentWords: string[];
  /** One word for the period of publication: "heuer" (this year). */
  currentPeriods: Record<string, PeriodUnit>;
  /** "Ende der Woche", "the end of the month": an article after a period part names the current period. */
  partArticles: string[];
  /** "earlier this week": the current period up to the day before publication. */
  earlierWords: string[];
  /** Calendar units in relative dates ("Jahren" → year). */
  periodWords: Record<string, PeriodUnit>;
  /** "vor zwei Jahren" (before the amount) and "two years ago" (after the unit). */
  agoBefore: string[];
  agoAfter: string[];
  /** "gestern" → −1 day, "am Vortag" → −1. */
  dayOffsets: Record<string, number>;
  /** Words that belong to a date phrase in front of it ("im", "am", "on"); kept in the quote. */
  datePrepositions: string[];
  /** Words making a date the as-of scope of a count ("bis Mitte Dezember", "as of", "since"). */
  asOfMarkers: string[];
  /** Of those, the ones that open an interval up to publication ("seit März", "since Monday"). */
  sinceMarkers: string[];
  /** Abbreviations whose period does not end a sentence (lowercase, without the dot). */
  abbreviations: string[];
  /** Lines starting with these (lowercase) are captions or page furniture, never claims. */
  furniturePrefixes: string[];
};
