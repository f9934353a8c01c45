import type { QuantityValue } from "@/lib/claims/schema";
import { hedgeToInterval } from "./hedge-to-interval";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { hedgeDescriptions } from "./lexicon/tolerances";
import { rangeToInterval } from "./range-to-interval";
import { isOneBeforeComparative, readNumberPhrase, type NumberPhrase } from "./read-number-phrase";
import { isTallyRange } from "./read-tally";
import { readCurrencyBefore, unitCode } from "./read-unit";
import { lemmaKey } from "./lemmatize";
import { isMoneyNounAt } from "./find-amount-subject";
import { isArticleOneOfChange } from "./read-count-change";
import { isOneAsLevel } from "./read-one-as-level";
import { isOneSeat } from "./read-one-seat";
import { readOnePerson } from "./read-one-person";
import { isZeroCount } from "./read-zero-count";
import { isOneOfFate } from "./read-one-of-fate";
import { mayStartShareInWords, readShareInWords, type ShareInWords } from "./read-share-in-words";
import { opensChange, opensChangeBy } from "./read-earlier-level";
import { parseNumberWord } from "./parse-number-word";
import { memoByForm } from "./form-memo";
import { TokenKind, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "verfügt derzeit über 182.000 Soldaten", "verfügt sie über 103 der 230 Sitze": a verb a word or
// two before "über" takes it as its preposition; the figure is what it has, not a lower bound.
const VERB_REACH = 3;

function objectOfVerb(ts: TokenStream, preposition: number, lex: CompiledLexicon): boolean {
  for (let k = preposition - 1; k >= 0 && preposition - k <= VERB_REACH; k--) {
    if (ts.kind[k] !== TokenKind.word) return false;
    if (lex.prepositionVerbs.has(lowerAt(ts, k))) return true;
  }
  return false;
}

// "Council passes €5.2bn budget", "Parliament passed a £40m bill": "pass" before an amount is a
// hedge ("passes 10,000") unless a budget or a law follows the amount as the verb's object — then
// it means adopt, and the amount is the object's size. German says "beschließt", never a hedge.
const ADOPTING_HEDGES = new Set(["pass", "passes", "passed"]);
const ADOPTED_OBJECTS = new Set(["budget", "law"]);
const OBJECT_REACH = 3;

function adoptsObject(ts: TokenStream, hedgeKey: string, after: number, lex: CompiledLexicon): boolean {
  if (!ADOPTING_HEDGES.has(hedgeKey)) return false;
  for (let k = after; k < after + OBJECT_REACH && k < ts.count; k++) {
    if (ts.kind[k] !== TokenKind.word) return false;
    const object = lex.eventObjects.get(lemmaKey(lowerAt(ts, k), lex.language));
    if (object) return ADOPTED_OBJECTS.has(object);
  }
  return false;
}

/** An amount as written, made an interval: the tokens it covers and the rule that read it. */
export type QuantityMatch = {
  first: number;
  last: number;
  /** The numerals themselves, without hedge words ("10.000" in "mehr als 10.000"). */
  numberFirst: number;
  numberLast: number;
  /** The largest multiplier written ("Milliarden" → 1e9), or 1. */
  scale: number;
  value: QuantityValue;
  rule: string;
  /** A share written in words ("two in five", "die Hälfte"): a percentage whose noun may follow this token. */
  percentInWords?: { nounAfter: number };
};

// Rule names repeat endlessly ("de.hedge.fast → …"); building each once keeps them out of the garbage.
// Kept by language, family and phrase in nested tables: the lexicon's strings know their hash, a key
// joined from them per call had to be flattened and hashed again.
const RULES = new Map<string, Map<string, Map<string, string>>>();

function ruleName(lang: string, family: string, phrase: string, description: string): string {
  let families = RULES.get(lang);
  if (families === undefined) RULES.set(lang, (families = new Map()));
  let rules = families.get(family);
  if (rules === undefined) families.set(family, (rules = new Map()));
  let rule = rules.get(phrase);
  if (rule === undefined) {
    rule = `${lang}.${family}.${phrase.replaceAll(" ", "-")}${description ? ` → ${description}` : ""}`;
    rules.set(phrase, rule);
  }
  return rule;
}

/** "zwischen … und", "between … and": the word before a figure opens a range its joiner closes. */
function opensRange(opener: string, joiner: string, lex: CompiledLexicon): boolean {
  return lex.rangeOpeners.has(opener) && lex.rangeJoinersAfterOpener.has(joiner);
}

/**
 * A range whose unit is written at both ends: "between 40% and 60%", "zwischen 2 Mrd. Euro und 3 Mrd.
 * Euro", "€2bn to €3bn", "between NOK 800m and NOK 1bn". The same unit must stand at the second figure too, so "5 Prozent bis 2030"
 * stays a figure and a year; after a change marker ("by €2bn to €52bn") it is a change and a level. The match ends at the second figure; the unit after it is read as usual.
 */
function readRangeWithUnits(ts: TokenStream, i: number, number: NumberPhrase, opener: string, lex: CompiledLexicon): QuantityMatch | null {
  const after = matchPhraseForward(ts, number.last + 1, lex.units);
  const before = after ? null : readCurrencyBefore(ts, i, lex);
  // "rose by €9.8bn to €82.4bn", "stieg um 2 Prozent auf 5 Prozent": a change and a level, no range.
  if (matchPhraseBackward(ts, (before?.first ?? i) - 1, lex.changeMarkers)) return null;
  const joinerAt = after ? after.last + 1 : number.last + 1;
  // "rises from €40bn to €42bn": an earlier level and a new one, no range.
  if (opensChange(ts, (before?.first ?? i) - 1, joinerAt, lex)) return null;
  const joiner = lowerAt(ts, joinerAt);
  // "between €150m and €200m": the opener stands before the currency written first.
  const openerWord = before ? lowerAt(ts, before.first - 1) : opener;
  const opened = opensRange(openerWord, joiner, lex);
  if (!opened && !lex.rangeJoiners.has(joiner)) return null;
  let secondAt = joinerAt + 1;
  if (before) {
    const again = matchPhraseForward(ts, secondAt, lex.units);
    // "NOK 800m and NOK 1bn": a currency code is read as a code, not from the unit table.
    const code = again ? null : readCurrencyBefore(ts, secondAt + 1, lex);
    const unit = again?.phrase.value ?? code?.unit;
    if (!unit || unitCode(unit) !== unitCode(before.unit)) return null;
    secondAt = (again?.last ?? code!.last) + 1;
  } else if (!after) return null;
  const second = readNumberPhrase(ts, secondAt, lex);
  if (!second) return null;
  if (after) {
    const again = matchPhraseForward(ts, second.last + 1, lex.units);
    if (!again || unitCode(again.phrase.value) !== unitCode(after.phrase.value)) return null;
  }
  const rule = ruleName(lex.language, "range", opened ? `${openerWord}…${joiner}` : joiner, "");
  return { first: opened ? (before?.first ?? i) - 1 : i, last: second.last, numberFirst: i, numberLast: second.last, scale: Math.max(number.scale, second.scale), value: rangeToInterval(number.value, second.value), rule };
}

// What a word can do at the start of an amount depends on its spelling alone, so it is worked out
// once per word form (`formIdAt`) and lexicon: bit 1 = looked up, then the bits below.
const LOOKED = 1;
const ATOM = 2; // a number word or multiplier: "zwölf", "dreitausend", "Millionen"
const ARTICLE = 4; // "a", "eine": a number only with a multiplier after it
const FRACTION_FIRST = 8; // first word of a fraction phrase: "half", "eine" (halbe)
const VAGUE_FIRST = 16; // first word of a vague amount: "several" (thousand), "mehrere" (Hundert)
const SHARE_FIRST = 32; // an article, "half" or an ordinal that may start a share in words: "a third of", "half the", "jeder dritte"

function roleOfWord(word: string, lex: CompiledLexicon): number {
  let role = LOOKED;
  if (lex.multipliers.has(word) || lex.gluedMultipliers.has(word) || parseNumberWord(word, lex) !== null) role |= ATOM;
  if (lex.articleNumbers.has(word)) role |= ARTICLE;
  if (lex.fractions.byFirst.has(word)) role |= FRACTION_FIRST;
  if (lex.vague.byFirst.has(word)) role |= VAGUE_FIRST;
  if (mayStartShareInWords(word, lex)) role |= SHARE_FIRST;
  return role;
}

const wordRole = memoByForm(roleOfWord);

/**
 * False only where `readQuantity` is sure to return null, decided without reading: a word that
 * starts no vague amount or fraction here and is no number word, or an article ("a", "eine") with
 * no multiplier after it ("a million", "eine-Million"). Most words that trigger a look ("a",
 * "eine", "several", "mehrere") are of that kind; numerals always get read. Keep it in step with
 * `readQuantity` and `readNumberPhrase`: it may let through more, never less.
 */
export function mayStartQuantity(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (ts.kind[i] !== TokenKind.word) return true;
  const role = wordRole(ts, i, lex);
  if (role & VAGUE_FIRST && matchPhraseForward(ts, i, lex.vague)) return true;
  // "the bn of €4.2bn": readNumberPhrase reads nothing at a word glued to a numeral.
  if (isJoined(ts, i) && ts.kind[i - 1] === TokenKind.number) return false;
  // "2,2 Mrd.", "4 million": a multiplier right after a numeral is that numeral's, whether or not
  // the numeral made a claim; alone it would read as "one billion".
  if (ts.kind[i - 1] === TokenKind.number && lex.multipliers.has(lowerAt(ts, i))) return false;
  if (role & FRACTION_FIRST && matchPhraseForward(ts, i, lex.fractions)) return true;
  if (role & SHARE_FIRST && readShareInWords(ts, i, lex)) return true;
  if (isZeroCount(ts, i, lex)) return true;
  // "another woman died", "ein Mann wird vermisst": one person whose fate the clause tells.
  if (!(role & ATOM) || role & ARTICLE) {
    if (readOnePerson(ts, i, lex)) return true;
    if (!(role & ATOM)) return false;
  }
  if (!(role & ARTICLE)) return true;
  // An article alone is no number; it joins only a multiplier right after it, or after a hyphen —
  // or it is one before a comparative ("one fewer", "einen weniger") or a level reached ("the toll rose to one").
  if (lex.multipliers.has(lowerAt(ts, i + 1)) || isOneBeforeComparative(ts, i, lex) || isArticleOneOfChange(ts, i, lex) || isOneSeat(ts, i, lex) || isOneAsLevel(ts, i, lex) || isOneOfFate(ts, i, lex)) return true;
  const hyphen = tokenAt(ts, i + 1);
  return (hyphen === "-" || hyphen === "‑") && isJoined(ts, i + 1) && isJoined(ts, i + 2) && lex.multipliers.has(lowerAt(ts, i + 2));
}

/**
 * Read the amount starting at token `i`: a vague amount ("mehrere Tausend", "thousands"), a range
 * ("zwischen 9.000 und 11.000", "11,500 to 13,000", "9.000-11.000"), or a number with the hedge
 * written right before it ("fast 10.000", "more than 10,000"). Returns null when no amount starts
 * here. The noun it counts is not checked here.
 */
export function readQuantity(ts: TokenStream, i: number, lex: CompiledLexicon): QuantityMatch | null {
  const lang = lex.language;
  // "2,2 Mrd.": the multiplier is the numeral's before it (see mayStartQuantity).
  if (ts.kind[i - 1] === TokenKind.number && lex.multipliers.has(lowerAt(ts, i))) return null;
  const vague = matchPhraseForward(ts, i, lex.vague);
  if (vague) {
    // "thousands" inside "tens of thousands": the longer phrase was read (or rejected) already.
    for (let k = Math.max(0, i - 2); k < i; k++) if ((matchPhraseForward(ts, k, lex.vague)?.last ?? -1) >= vague.last) return null;
    const [min, max] = vague.phrase.value;
    return { first: i, last: vague.last, numberFirst: i, numberLast: vague.last, scale: 1, value: rangeToInterval(min, max), rule: ruleName(lang, "vague", vague.phrase.key, `[${min}, ${max}]`) };
  }
  const inWords = readShareInWords(ts, i, lex);
  if (inWords) return shareInWordsMatch(ts, inWords, lex);
  const number = readNumberPhrase(ts, i, lex);
  if (!number) return null;

  const joiner = lowerAt(ts, number.last + 1);
  const opener = lowerAt(ts, i - 1);
  const opened = opensRange(opener, joiner, lex);
  const changeFrom = opensChange(ts, i - 1, number.last + 1, lex) || opensChangeBy(ts, i - 1, number.last + 1, lex);
  if (changeFrom) {
    // "stieg von 40 auf 42 Milliarden Euro", "rose from 40 to 42 billion": the multiplier written
    // once, after the new level, is the earlier level's too ("von 300 auf 500 Teilnehmer" has none);
    // so it is the change's in "wachsen um 0,4 auf 4,9 Mrd. Euro".
    const second = readNumberPhrase(ts, number.last + 2, lex);
    if (second && number.scale === 1 && second.scale > 1 && number.value < 1000) {
      const value = number.value * second.scale;
      return { first: i, last: number.last, numberFirst: i, numberLast: number.last, scale: second.scale, value: hedgeToInterval(value, "exact"), rule: ruleName(lang, "shared-multiplier", `${opener}…${joiner}`, "") };
    }
  } else if (opened || lex.rangeJoiners.has(joiner)) {
    const second = readNumberPhrase(ts, number.last + 2, lex);
    // "1,409 to 1,407": a range running downwards is a tally of two counts (read-tally.ts).
    const tally = second !== null && !opened && number.scale === 1 && second.scale === 1 && isTallyRange(number.value, second.value);
    if (second && !tally) {
      // "zwischen 10 und 12 Tausend": the multiplier written once applies to both ends.
      const shares = number.scale === 1 && second.scale > 1 && number.value * second.scale <= second.value;
      const low = shares ? number.value * second.scale : number.value;
      const rule = ruleName(lang, "range", opened ? `${opener}…${joiner}` : joiner, "");
      return { first: opened ? i - 1 : i, last: second.last, numberFirst: i, numberLast: second.last, scale: Math.max(number.scale, second.scale), value: rangeToInterval(low, second.value), rule };
    }
  }

  const unitRange = readRangeWithUnits(ts, i, number, opener, lex);
  if (unitRange) return unitRange;

  // "tops €1bn", "mehr als 500 Mio. €": a currency symbol may stand between the hedge and the figure.
  const currency = readCurrencyBefore(ts, i, lex);
  const hedgeEnd = currency ? currency.first - 1 : i - 1;
  const found = hedgeEnd >= 0 ? matchPhraseBackward(ts, hedgeEnd, lex.hedges) : null;
  // "der Haushalt über 536,8 Milliarden", "Doppelhaushalt über 44,1 Milliarden Euro", "ein Sparpaket
  // über 6,4 Mrd.": after a noun of money, "über" names the amount, it does not hedge it.
  const namesAmount = found && lex.amountPrepositions.has(found.phrase.key) && (isMoneyNounAt(ts, found.first - 1, lex) || objectOfVerb(ts, found.first, lex));
  const hedge = namesAmount || (found && adoptsObject(ts, found.phrase.key, number.last + 1, lex)) ? null : found;
  if (hedge) {
    const kind = hedge.phrase.value;
    return {
      first: hedge.first,
      last: number.last,
      numberFirst: i,
      numberLast: number.last,
      scale: number.scale,
      value: hedgeToInterval(number.value, kind),
      rule: ruleName(lang, "hedge", hedge.phrase.key, hedgeDescriptions[kind]),
    };
  }
  const post = matchPhraseForward(ts, number.last + 1, lex.postHedges);
  if (post) {
    const kind = post.phrase.value;
    return { first: i, last: post.last, numberFirst: i, numberLast: number.last, scale: number.scale, value: hedgeToInterval(number.value, kind), rule: ruleName(lang, "hedge", post.phrase.key, hedgeDescriptions[kind]) };
  }
  return { first: i, last: number.last, numberFirst: i, numberLast: number.last, scale: number.scale, value: hedgeToInterval(number.value, "exact"), rule: lang === "de" ? "de.exact" : "en.exact" };
}

// A share in words is no more precise than a hundredth of a percent: "etwa jeder dritte" is [30, 36.67].
const roundShare = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/** "almost half of", "mehr als ein Fünftel", "etwa jeder dritte": the share with the hedge written before it. */
function shareInWordsMatch(ts: TokenStream, share: ShareInWords, lex: CompiledLexicon): QuantityMatch {
  const hedge = share.first > 0 ? matchPhraseBackward(ts, share.first - 1, lex.hedges) : null;
  const kind = hedge?.phrase.value ?? "exact";
  const value = hedgeToInterval(share.percent, kind);
  value.min = roundShare(value.min);
  value.max = roundShare(value.max);
  const rule = hedge ? ruleName(lex.language, "share-in-words", hedge.phrase.key, hedgeDescriptions[kind]) : `${lex.language}.share-in-words`;
  return { first: hedge?.first ?? share.first, last: share.last, numberFirst: share.first, numberLast: share.last, scale: 1, value, rule, percentInWords: { nounAfter: share.nounAfter } };
}

/**
 * A hedge after the unit of an exact figure ("dass die Neuverschuldung 120 Milliarden Pfund
 * übersteigen werde", "£2bn or more"): the figure with the hedge applied and the token it ends at,
 * or null when token `j` starts no hedge or the figure is hedged already.
 */
export function hedgeAfterUnit(ts: TokenStream, q: QuantityMatch, j: number, lex: CompiledLexicon): { value: QuantityValue; rule: string; last: number } | null {
  if (!q.rule.endsWith(".exact") || q.value.min === null) return null;
  const post = matchPhraseForward(ts, j, lex.postHedges);
  if (!post) return null;
  const kind = post.phrase.value;
  return { value: hedgeToInterval(q.value.min, kind), rule: ruleName(lex.language, "hedge", post.phrase.key, hedgeDescriptions[kind]), last: post.last };
}
