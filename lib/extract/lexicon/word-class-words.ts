import type { RuleWords } from "./rule-words";

/**
 * Closed word classes (`lib/extract/word-class.ts`): words that stand for, point at or count a noun
 * but never are one. A reader looking for what a figure counts, or for who holds it, passes over them:
 * "Her party won 55,600 votes" names no party "Her", "for every person" counts no persons, "ein Plus
 * von 3,1 Punkten" is held by no party "Plus".
 */

/** Personal and possessive pronouns: they stand for a name the text gave before. */
export const PRONOUNS: RuleWords = {
  en: ["i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "they", "them", "their", "theirs", "there"],
  de: [
    "ich", "du", "er", "sie", "es", "wir", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "sein", "seine", "seinen", "seinem",
    "seiner", "seines", "ihm", "ihn", "ihnen", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "man",
  ],
};

/** Determiners and quantifiers: "every person", "next month", "jede Partei" — they open a noun phrase. */
export const DETERMINERS: RuleWords = {
  en: ["every", "each", "all", "both", "any", "some", "another", "next", "such", "several", "many", "few", "most", "either", "neither", "whose"],
  de: [
    "jeder", "jede", "jedes", "jedem", "jeden", "alle", "allen", "aller", "alles", "beide", "beiden", "einige", "einigen", "mehrere",
    "mehreren", "viele", "vielen", "manche", "manchen", "kein", "keine", "keinen", "keinem", "keiner", "nächste", "nächsten", "nächster",
  ],
};

/**
 * Adverbs that stand where a subject would ("Together the two parties hold 101 seats", "Zusammen
 * hätten die drei Parteien …"); English adverbs in "-ly" are known by their ending.
 */
export const CLAUSE_ADVERBS: RuleWords = {
  en: ["together", "altogether", "overall", "meanwhile", "however", "instead", "also", "still", "then", "now"],
  de: ["zusammen", "insgesamt", "gemeinsam", "damit", "dann", "nun", "jetzt", "auch", "noch", "allerdings", "jedoch"],
};

/** The signs of a change, written as nouns ("ein Plus von 3,1 Punkten", "a minus of two points"): no one holds them. */
export const SIGN_WORDS: RuleWords = {
  en: ["plus", "minus"],
  de: ["plus", "minus"],
};

/**
 * English irregular past participles that are never nouns: "NOK 438bn taken from the fund", "the
 * money spent on schools". Regular ones end in "-ed". Forms that are also nouns ("cut", "set",
 * "run", "left", "hit") are left out: the readers tell those apart by position.
 */
export const ENGLISH_IRREGULAR_PARTICIPLES: readonly string[] = [
  "taken", "given", "seen", "known", "shown", "grown", "drawn", "thrown", "written", "driven", "risen", "fallen", "chosen",
  "broken", "spoken", "stolen", "frozen", "forgotten", "gotten", "hidden", "ridden", "beaten", "eaten", "done", "gone", "begun",
  "spent", "held", "kept", "lost", "paid", "made", "sold", "told", "brought", "bought", "thought", "caught", "taught", "built",
  "sent", "meant", "won", "swept", "borne", "worn", "torn", "sworn", "withdrawn", "undertaken", "overtaken", "forgiven",
];

/**
 * English verbs of speaking "of" something, never nouns: "the union speaks of at least 4 billion" names
 * no thing "speaks" (German writes them in lower case, which already says so).
 */
export const ENGLISH_SPEAKING_VERBS: readonly string[] = ["speak", "speaks", "spoke", "spoken", "speaking", "talked", "talking"];

/**
 * German adverbs of time and degree, and the negation, that may stand between a figure and the
 * adjective of its noun: "212 zunächst nicht erfasste Stimmen", "300 zuvor evakuierte Anwohner".
 * They belong to the adjective; the noun after it is still what the figure counts.
 */
export const ADVERBS_BEFORE_ADJECTIVE_DE = [
  "nicht", "noch", "bereits", "schon", "zunächst", "zuvor", "bislang", "bisher", "inzwischen", "ursprünglich",
  "vorübergehend", "zeitweise", "kurzzeitig", "teils", "teilweise", "zwischenzeitlich", "vorläufig", "offiziell",
] as const;

/**
 * German prepositions, with the forms that carry their article ("im", "beim", "zur"). German
 * capitalizes every noun, so one a preposition governs ("nach der Nachzählung", "Beim Hochwasser")
 * is a circumstance, neither who speaks nor who holds a figure.
 */
export const GERMAN_PREPOSITIONS: readonly string[] = [
  "im", "in", "ins", "am", "an", "ans", "auf", "nach", "seit", "vor", "bei", "beim", "mit", "zu", "zum", "zur", "von", "vom",
  "für", "aus", "über", "unter", "durch", "gegen", "wegen", "während", "trotz", "ohne", "hinter", "neben", "zwischen", "laut",
];

/**
 * German articles of the genitive, which join an owner to the noun before it: "ein Sprecher des
 * Ministeriums", "die Kreditaufnahme der Kommunen", "die Kosten einer Sanierung". "der" and "einer"
 * also open a dative or a feminine subject, so a reader checks the words around them too.
 */
export const GERMAN_GENITIVE_ARTICLES: readonly string[] = ["des", "der", "eines", "einer"];

/**
 * The genitive articles of a masculine or neuter noun in the singular, which then ends in "-s" or
 * "-es" ("des Unternehmens", "eines Sprechers"). After "der" a noun in "-s" is a plural ("der Hotels").
 */
export const GERMAN_S_GENITIVE_ARTICLES: readonly string[] = ["des", "eines"];

/**
 * Possessive determiners: they open the noun of what is owned ("farmers drove their tractors", "gaben
 * 52.750 ihre Stimme ab"), never the counted noun of a figure before them. German has only the
 * inflected forms here: "ihr" and "sein" are also a pronoun and a verb.
 */
export const POSSESSIVE_DETERMINERS: RuleWords = {
  en: ["my", "your", "his", "her", "its", "our", "their"],
  de: ["ihre", "ihren", "ihrer", "ihrem", "seine", "seinen", "seiner", "seinem", "unsere", "eure"],
};

/**
 * Last parts of German nouns for bodies that speak for figures, which take "-s" or "-es" in the
 * genitive (`lib/extract/genitive-base.ts`): "des Gesundheitsamts", "des Gesundheitsamtes", "des
 * Landgerichts", "des Rettungsdienstes" are "Gesundheitsamt", "Landgericht", "Rettungsdienst".
 */
export const GERMAN_GENITIVE_BODY_TAILS: readonly string[] = [
  "amt", "gericht", "dienst", "werk", "institut", "rat", "bund", "verband", "haus", "zentrum", "büro", "komitee",
  "kommando", "präsidium", "ministerium", "senat", "klinikum", "krankenhaus", "vorstand",
];

/**
 * Focus words that may stand between a figure and what opens it ("lagen nur 1,5 Punkte", "there were
 * just 3 points", "von lediglich 50.000 Euro"): they narrow the figure, they name nothing. Both languages.
 */
export const FOCUS_WORDS: ReadonlySet<string> = new Set(["just", "only", "merely", "nur", "lediglich", "bloß"]);
