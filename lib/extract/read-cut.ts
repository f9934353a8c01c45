import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets, type RuleWords } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";
import { CLAUSE_ENDS, STATEMENT_ENDS } from "./lexicon/punctuation";

/**
 * Cutting money, in the words news uses: a cut is a fall in what is spent, so the amount cut is a
 * negative change of spending (GUIDE.md: "cuts €1.5bn" is spending −1.5bn, like "down 3.2 points"
 * is −3.2). A budget named as what shrinks keeps its own subject ("the culture budget shrinks by €72m").
 */
// Right before the amount (or its currency): "cuts €1.5bn", "kürzt 300 Millionen Euro".
const CUT_BEFORE: RuleWords = {
  de: ["kürzt", "kürzte", "kürzen", "spart", "sparte", "streicht", "strich"],
  en: ["cuts", "cut", "cutting", "slashes", "slashed", "slash", "trims", "trimmed", "trim", "saves", "saved", "save", "saving"],
};
// Right after the amount and its unit: "1,5 Milliarden Euro einsparen", "rund 180 Millionen Euro
// gestrichen", "€2bn in cuts".
const CUT_AFTER: RuleWords = {
  de: ["einsparen", "eingespart", "einspart", "einsparte", "sparen", "gespart", "gestrichen", "streichen", "gekürzt", "kürzen", "an einsparungen", "an kürzungen",
    // "Bei den Trägern fallen 100 Millionen Euro weg": the particle of "wegfallen" closing its clause.
    "weg"],
  en: ["in cuts", "of cuts", "in savings", "of savings", "in spending cuts"],
};
// Nouns naming the amount saved: "Real savings amounted to €900m", "Einsparungen von 2 Milliarden".
// A package or programme of savings is the amount saved: "ein Sparpaket über 6,4 Mrd. Euro", "Das
// Sparprogramm von 900 Millionen Euro".
const SAVINGS_NOUNS: RuleWords = { de: ["Einsparungen", "Einsparung", "Kürzungen", "Kürzung", "Sparpaket", "Sparprogramm", "Kürzungspaket"], en: ["savings", "cuts"] };
// Verbs of falling that give "um"/"by" its direction: "Der Etat sinkt um 72 Millionen Euro", "shrinks by €72m".
const FALL_VERBS: RuleWords = {
  de: ["sinkt", "sank", "sinken", "sanken", "schrumpft", "schrumpfte", "schrumpfen", "fällt", "fiel", "verringert", "verringerte", "reduziert", "gekürzt", "gesenkt", "senkt", "senkte",
    // A party's share: "Die Grünen rutschten um 4,8 Punkte ab", "fielen um 2 Punkte".
    "fielen", "rutscht", "rutschte", "rutschten", "verschlechterte", "verschlechterten"],
  en: ["shrinks", "shrank", "shrunk", "shrink", "falls", "fell", "drops", "dropped", "reduced", "reduces", "lowered", "cut", "cuts", "trimmed", "slipped", "slid", "slumped", "narrowed", "narrows"],
};

// Heads a "savings" modifier makes an amount saved: "savings package", "savings plan".
const SAVINGS_HEADS_EN = new Set(["package", "plan", "programme", "program"].map((w) => `en:${lemmaKey(w, "en")}`));
const SAVED_EN = `en:${lemmaKey("savings", "en")}`;
const CUT_AFTER_PHRASES = phraseIndexes(CUT_AFTER);
const BEFORE = wordSets(CUT_BEFORE);
const FALLS = wordSets(FALL_VERBS);
const SAVINGS = { de: new Set(SAVINGS_NOUNS.de.map((w) => `de:${lemmaKey(w.toLowerCase(), "de")}`)), en: new Set(SAVINGS_NOUNS.en.map((w) => `en:${lemmaKey(w, "en")}`)) };
// "weg" cuts only as the particle of falling or breaking away ("fallen 40 Millionen Euro weg",
// "brechen … weg"); "gab 40 Millionen Euro weg" gives money away.
const AWAY = "weg";
const FALLING_AWAY = new Set(["fällt", "fallen", "fiel", "fielen", "bricht", "brechen", "brach", "brachen"]);
const AWAY_REACH = 3;
function fallsAwayBefore(ts: TokenStream, first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= AWAY_REACH; k--) if (FALLING_AWAY.has(lowerAt(ts, k))) return true;
  return false;
}
const CLOSING_QUOTES = new Set(["“", "”", "\"", "»", "«"]);
const FILLERS = new Set(["insgesamt", "total", "weitere", "another"]);
const VERB_REACH = 3;

export type Cut = { first: number; last: number };

/** A word of cutting money right before token `first` or right after token `last` of an amount, or null. */
export function readCut(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): Cut | null {
  const lang = lex.language;
  let before = first - 1;
  while (before > 0 && FILLERS.has(lowerAt(ts, before))) before--;
  if (BEFORE[lang].has(lowerAt(ts, before))) return { first: before, last: before };
  // "fielen „weniger als 100 Millionen Euro“ weg": a quotation closing on the amount stands before the word.
  const next = CLOSING_QUOTES.has(tokenAt(ts, last + 1)) ? last + 2 : last + 1;
  const after = next < ts.count ? matchPhraseForward(ts, next, CUT_AFTER_PHRASES[lang]) : null;
  if (after && lowerAt(ts, next) === AWAY && !fallsAwayBefore(ts, first)) return null;
  return after ? { first: next, last: after.last } : null;
}

/**
 * Whether an amount's subject is a noun naming what was saved ("savings", "Einsparungen"), or a
 * German compound of less ("eine globale Minderausgabe von 7 Mrd. €", "Mindereinnahmen"): the
 * amount is a fall.
 */
export function isSavingsNoun(key: string, ts: TokenStream, last: number, lex: CompiledLexicon, qualifiers: readonly string[] = []): boolean {
  if (SAVINGS[lex.language].has(key) || (lex.language === "de" && lowerAt(ts, last).startsWith("minder"))) return true;
  // "a savings package of €6.4bn": English writes the German compound as a modifier before its head.
  return lex.language === "en" && SAVINGS_HEADS_EN.has(key) && qualifiers.includes(SAVED_EN);
}

// Words after a comma that add the size to the clause before: "…, und zwar um 18 Mio. Euro", "…, namely by €18m".
const ELABORATIONS: RuleWords = { de: ["und zwar"], en: ["namely", "that is"] };
const ELABORATION_INDEX = phraseIndexes(ELABORATIONS);
const ELABORATED_REACH = 16;

/**
 * "Gekürzt wurden dagegen die Mittel für Beratung, und zwar um 18 Mio. Euro", "Funding for
 * consultants was cut as well, namely by €18m": "und zwar"/"namely" hands "um"/"by" to the verb of
 * the clause before the comma, so a verb of falling there says the change falls.
 */
function elaboratedFall(ts: TokenStream, marker: number, lex: CompiledLexicon): boolean {
  const phrase = matchPhraseBackward(ts, marker - 1, ELABORATION_INDEX[lex.language]);
  if (!phrase || tokenAt(ts, phrase.first - 1) !== ",") return false;
  const falls = FALLS[lex.language];
  for (let j = phrase.first - 2; j >= 0 && phrase.first - j <= ELABORATED_REACH; j--) {
    if (ts.kind[j] === TokenKind.number || (ts.kind[j] === TokenKind.punct && STATEMENT_ENDS.has(tokenAt(ts, j)))) return false;
    if (falls.has(lowerAt(ts, j))) return true;
  }
  return false;
}

/** Whether a verb of falling stands in tokens `from`..`to`: "Der Vorsprung schrumpfte nach der Nachzählung um 300". */
export function fallsBetween(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  const falls = FALLS[lex.language];
  for (let j = from; j <= to; j++) if (falls.has(lowerAt(ts, j))) return true;
  return false;
}

/**
 * "um"/"by" says a change but not its way: a verb of falling in the clause says it falls — before
 * the marker ("Der Kulturetat sinkt dagegen um 72 Millionen Euro", "shrinks by €72m") or at the
 * German clause end ("der damit um 87 Millionen Euro auf 875 Millionen Euro schrumpft").
 */
export function fallsBy(ts: TokenStream, marker: number, last: number, lex: CompiledLexicon): boolean {
  const falls = FALLS[lex.language];
  for (let j = marker - 1; j >= 0 && marker - j <= VERB_REACH; j--) {
    if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) break;
    if (falls.has(lowerAt(ts, j))) return true;
  }
  if (elaboratedFall(ts, marker, lex)) return true;
  if (lex.language !== "de") return false;
  for (let j = last + 1; j < ts.count && j - last <= 12; j++) {
    if (ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j))) return false;
    if (falls.has(lowerAt(ts, j)) && (j + 1 >= ts.count || (ts.kind[j + 1] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j + 1))))) return true;
  }
  return false;
}
