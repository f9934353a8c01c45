import { countedNounKey } from "./counted-noun-key";
import type { CompiledLexicon } from "./lexicon";
import { wordSets, type RuleWords } from "./lexicon/rule-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * A share by which someone changes a thing, said with the thing as the verb's object: "to cut
 * nitrogen emissions by 40%", "will den Stickstoffausstoß bis 2035 um 40 Prozent senken", "raised
 * the fee by 5%". The share is a change of the object, falling or rising with the verb. Without such
 * a verb, "by"/"um" keeps the subject the sentence names before it ("Emissions fell by 40%").
 */
const LOWERING: RuleWords = {
  de: ["senken", "senkt", "senkte", "senkten", "gesenkt", "reduzieren", "reduziert", "reduzierte", "reduzierten", "verringern", "verringert", "verringerte", "verringerten", "kürzen", "kürzt", "kürzte", "gekürzt", "drosseln", "drosselt", "gedrosselt"],
  en: ["cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "slash", "slashes", "slashed", "trim", "trims", "trimmed", "curb", "curbs", "curbed"],
};
const RAISING: RuleWords = {
  de: ["erhöhen", "erhöht", "erhöhte", "erhöhten", "anheben", "angehoben", "hebt", "hob", "steigern", "steigert", "steigerte", "gesteigert"],
  en: ["raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing", "boost", "boosts", "boosted", "lift", "lifts", "lifted"],
};
const LOWERS = wordSets(LOWERING);
const RAISES = wordSets(RAISING);
const MARKERS = { de: new Set(["um"]), en: new Set(["by"]) };
// Determiners that open a German object: accusative articles and possessives ("den Ausstoß", "ihren Etat").
const GERMAN_OBJECT_OPENERS = new Set(["den", "die", "das", "ihren", "ihre", "ihr", "seinen", "seine", "sein", "unseren", "unsere"]);
// "bis 2035", "seit 2020", "im Jahr 2030": a time phrase between the object and "um".
const GERMAN_TIME_WORDS = new Set(["bis", "seit", "ab", "im", "jahr", "zum", "spätestens", "bereits"]);
// English: verb, then at most this many words of the object ("cut the country's nitrogen emissions").
const EN_OBJECT_REACH = 4;
// German: from the object's determiner to "um" ("den Stickstoffausstoß der Landwirtschaft bis 2035 um").
const DE_OBJECT_REACH = 8;
// German puts the verb at the clause end, perhaps before a modal ("senken will", "gesenkt werden").
const DE_VERB_REACH = 3;

export type ChangedObject = { key: string; first: number; last: number; falls: boolean };

function verbWay(w: string, lang: "de" | "en"): boolean | null {
  if (LOWERS[lang].has(w)) return true;
  if (RAISES[lang].has(w)) return false;
  return null;
}

const clauseEnd = (ts: TokenStream, j: number) => ts.kind[j] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j));

/** English: "cut nitrogen emissions by" — the verb, a short object ending right before the marker. */
function englishObject(ts: TokenStream, marker: number, lex: CompiledLexicon): ChangedObject | null {
  const head = marker - 1;
  if (ts.kind[head] !== TokenKind.word || isCapitalized(ts, head) || lex.functionWords.has(lowerAt(ts, head))) return null;
  for (let j = head - 1; j >= 0 && head - j <= EN_OBJECT_REACH; j--) {
    if (ts.kind[j] !== TokenKind.word) return null;
    const w = lowerAt(ts, j);
    const falls = verbWay(w, "en");
    if (falls !== null) return j < head ? { key: countedNounKey(lowerAt(ts, head), "en"), first: j + 1, last: head, falls } : null;
    if (lex.functionWords.has(w) && !lex.articles.has(w)) return null;
  }
  return null;
}

/** German: "den Ausstoß … um 40 Prozent senken", "senkt den Ausstoß um 40 Prozent". */
function germanObject(ts: TokenStream, marker: number, amountLast: number): ChangedObject | null {
  let object = -1;
  let clauseStart = marker;
  for (let j = marker - 1; j >= 0 && marker - j <= DE_OBJECT_REACH; j--) {
    if (clauseEnd(ts, j)) break;
    clauseStart = j;
    const w = lowerAt(ts, j);
    // The nearest determiner whose noun follows at once, not a genitive ("der Landwirtschaft") or a time phrase.
    if (object < 0 && GERMAN_OBJECT_OPENERS.has(w) && isCapitalized(ts, j + 1) && !GERMAN_TIME_WORDS.has(lowerAt(ts, j - 1))) object = j + 1;
  }
  if (object < 0) return null;
  for (let j = object + 1; j < marker; j++) if (ts.kind[j] === TokenKind.word && !isCapitalized(ts, j) && !GERMAN_TIME_WORDS.has(lowerAt(ts, j)) && lowerAt(ts, j) !== "der" && lowerAt(ts, j) !== "des") return null;
  let falls: boolean | null = null;
  for (let j = amountLast + 1; j < ts.count && j - amountLast <= DE_VERB_REACH && !clauseEnd(ts, j) && falls === null; j++) falls = verbWay(lowerAt(ts, j), "de");
  for (let j = object - 2; j >= clauseStart && falls === null; j--) falls = verbWay(lowerAt(ts, j), "de");
  return falls === null ? null : { key: countedNounKey(lowerAt(ts, object), "de"), first: object, last: object, falls };
}

/**
 * The object a share changes, when the word before the share (`first - 1`) is "by"/"um" and a
 * verb of lowering or raising governs the clause; null otherwise. `amountLast` is the share's last token.
 */
export function readChangedObject(ts: TokenStream, first: number, amountLast: number, lex: CompiledLexicon): ChangedObject | null {
  const marker = first - 1;
  if (!MARKERS[lex.language].has(lowerAt(ts, marker))) return null;
  return lex.language === "en" ? englishObject(ts, marker, lex) : germanObject(ts, marker, amountLast);
}
