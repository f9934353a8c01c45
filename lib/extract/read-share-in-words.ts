import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { EACH_WORDS, HALF_ARTICLES, HALF_DETERMINERS, HALF_NOUNS, NOT_BEFORE_HALF, QUARTER_NOUNS, SHARE_EVERY, SHARE_JOINERS, SHARE_OF } from "./lexicon/share-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { parseNumberWord } from "./parse-number-word";
import { parseNumeralAt } from "./parse-numeral";
import { TokenKind, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

// News writes shares in words as often as in percent ("two in five voters", "a third of the vote",
// "jeder dritte Tote", "die Hälfte der Teilnehmenden"); a fact-checker compares them with the
// percentages other outlets print, so they are read as the percentage they stand for.

const JOINERS = phraseIndexes(SHARE_JOINERS);
const EVERY = wordSets(SHARE_EVERY);
const EACH = wordSets(EACH_WORDS);
const HALVES = wordSets(HALF_NOUNS);
const QUARTERS = wordSets(QUARTER_NOUNS);
const OF = wordSets(SHARE_OF);
const HALF_BEFORE = wordSets(HALF_DETERMINERS);
const HALF_ARTICLE = wordSets(HALF_ARTICLES);
const NOT_HALF = wordSets(NOT_BEFORE_HALF);

/** A share written in words: its percentage, its tokens, and the token after which its counted noun may follow. */
export type ShareInWords = { percent: number; first: number; last: number; nounAfter: number };

/** Whether `word` may start a share in words, so that an article, "half" or an ordinal is read at all ("a third of", "half the", "jeder dritte"). */
export function mayStartShareInWords(word: string, lex: CompiledLexicon): boolean {
  return HALVES[lex.language].has(word) || lex.articleNumbers.has(word) || lex.ordinalWords.has(word);
}

function isHyphen(ts: TokenStream, j: number): boolean {
  const t = tokenAt(ts, j);
  return (t === "-" || t === "‑") && isJoined(ts, j) && isJoined(ts, j + 1);
}

function wholeNumberAt(ts: TokenStream, j: number, lex: CompiledLexicon, numerals: boolean): number | null {
  const kind = ts.kind[j];
  const value =
    kind === TokenKind.number ? (numerals ? parseNumeralAt(ts.text, ts.start[j] ?? 0, ts.end[j] ?? 0, lex.language) : null) : kind === TokenKind.word ? parseNumberWord(lowerAt(ts, j), lex) : null;
  return value !== null && Number.isInteger(value) ? value : null;
}

function isTimeUnitAt(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return matchPhraseForward(ts, j, lex.timeUnits) !== null;
}

// "third", "thirds", "quarter", "Drittel", "Fünftel": the whole a fraction noun divides into.
function fractionNounAt(ts: TokenStream, j: number, lex: CompiledLexicon): number | null {
  if (ts.kind[j] !== TokenKind.word) return null;
  const w = lowerAt(ts, j);
  if (QUARTERS[lex.language].has(w)) return 4;
  // German fraction nouns are the ordinal's stem with "-el": "dritte" → "Drittel", "zehnte" → "Zehntel".
  const ordinal = lex.language === "de" ? (w.endsWith("tel") ? `${w.slice(0, -2)}e` : null) : w.endsWith("s") ? w.slice(0, -1) : w;
  const n = ordinal ? (lex.ordinalWords.get(ordinal) ?? (lex.language === "en" ? lex.ordinalWords.get(w) : undefined)) : undefined;
  return n !== undefined && n >= 3 ? n : null;
}

// "two in five voters", "one voter in every five", "three out of four", "vier von zehn Teilnehmenden".
function partOfWhole(ts: TokenStream, i: number, lex: CompiledLexicon): ShareInWords | null {
  const en = lex.language === "en";
  // "a in five" is no share; "one in five" and German "einer von zehn" are.
  if (en && lowerAt(ts, i) !== "one" && lex.articleNumbers.has(lowerAt(ts, i))) return null;
  const part = wholeNumberAt(ts, i, lex, en);
  if (part === null || part < 1) return null;
  let j = i + 1;
  let nounAfter = -1;
  // "one voter in five": English may name what is counted between the part and the joiner.
  if (en && ts.kind[j] === TokenKind.word && !matchPhraseForward(ts, j, JOINERS.en) && !lex.functionWords.has(lowerAt(ts, j)) && matchPhraseForward(ts, j + 1, JOINERS.en)) {
    nounAfter = i;
    j++;
  }
  const joiner = matchPhraseForward(ts, j, JOINERS[lex.language]);
  if (!joiner) return null;
  let k = joiner.last + 1;
  if (EVERY[lex.language].has(lowerAt(ts, k))) k++;
  // Only "in" joins numerals ("1 in 5"); "12 out of 49 seats", "12 von 49 Sitzen" are counts.
  const numerals = en && lowerAt(ts, j) === "in";
  if (!numerals && (ts.kind[i] === TokenKind.number || ts.kind[k] === TokenKind.number)) return null;
  const whole = wholeNumberAt(ts, k, lex, numerals);
  if (whole === null || whole < 2 || whole > 100 || part >= whole) return null;
  // "one in five million", "two in three years", "zwei von drei Sitzen": a count or a span, no share.
  if (lex.multipliers.has(lowerAt(ts, k + 1)) || isTimeUnitAt(ts, k + 1, lex) || conceptOfNoun(lowerAt(ts, k + 1), lex)?.key === "seats") return null;
  return { percent: (100 * part) / whole, first: i, last: k, nounAfter: nounAfter >= 0 ? nounAfter : k };
}

// "a third of the vote", "two-thirds of", "ein Drittel der Stimmen", "zwei Drittel aller", "ein Fünftel davon".
function fraction(ts: TokenStream, i: number, lex: CompiledLexicon): ShareInWords | null {
  const part = lex.articleNumbers.has(lowerAt(ts, i)) ? 1 : wholeNumberAt(ts, i, lex, false);
  if (part === null || part < 1 || part > 9) return null;
  const j = isHyphen(ts, i + 1) ? i + 2 : i + 1;
  const whole = fractionNounAt(ts, j, lex);
  if (whole === null || part >= whole) return null;
  if (!OF[lex.language].has(lowerAt(ts, j + 1))) return null;
  // "a third of a percentage point": a fraction of a unit, not a share of a whole.
  if (lex.articleNumbers.has(lowerAt(ts, j + 2))) return null;
  return { percent: (100 * part) / whole, first: i, last: j, nounAfter: j };
}

// "die Hälfte der Stimmen", "Die Hälfte kam zum ersten Mal", "half of all ballots", "half the vote".
function half(ts: TokenStream, i: number, lex: CompiledLexicon): ShareInWords | null {
  const before = lowerAt(ts, i - 1);
  if (lex.language === "de") {
    if (i === 0 || !HALF_ARTICLE.de.has(before)) return null;
    return { percent: 50, first: i - 1, last: i, nounAfter: i };
  }
  if (i > 0 && (NOT_HALF.en.has(before) || lex.ordinalWords.has(before))) return null;
  const next = lowerAt(ts, i + 1);
  if (!OF.en.has(next) && !HALF_BEFORE.en.has(next)) return null;
  // "half of the year", "half an hour", "half of 2031": a part of a time.
  let k = i + 2;
  if (OF.en.has(next) && HALF_BEFORE.en.has(lowerAt(ts, k))) k++;
  if (ts.kind[k] === TokenKind.number || isTimeUnitAt(ts, k, lex) || lex.articleNumbers.has(lowerAt(ts, k))) return null;
  return { percent: 50, first: i, last: i, nounAfter: i };
}

// "based on half the votes", "with a third of the ballots counted", "nach Auszählung der Hälfte der
// Stimmen": how far a count has got, not a share anyone holds.
const PROGRESS_BEFORE = new Set(["based on", "basis of", "auszählung", "basis von"]);
const PROGRESS_AFTER = new Set(["counted", "reporting", "ausgezählt", "ausgezählten"]);

function describesCountProgress(ts: TokenStream, share: ShareInWords): boolean {
  const before1 = lowerAt(ts, share.first - 1);
  const before2 = lowerAt(ts, share.first - 2);
  if (PROGRESS_BEFORE.has(`${before2} ${before1}`) || PROGRESS_BEFORE.has(before1) || PROGRESS_BEFORE.has(before2)) return true;
  // "half the ballots counted", "mit der Hälfte der ausgezählten Stimmen": within the share's own phrase.
  for (let k = share.last + 1; k <= share.last + 5 && k < ts.count; k++) {
    const w = lowerAt(ts, k);
    if (PROGRESS_AFTER.has(w)) return true;
    if (ts.kind[k] !== TokenKind.word) return false;
  }
  return false;
}

/**
 * The share written in words that starts at token `i` (or, for "jeder dritte" and "die Hälfte", at
 * the word before it), as a percentage: "two in five" 40, "one voter in five" 20, "a third of" 33.33…,
 * "jeder dritte" 33.33…, "die Hälfte" 50. Null when no share in words stands here: a fraction of a
 * multiplier ("half a million"), of a time ("the second half of the year"), a count ("12 von 49").
 */
export function readShareInWords(ts: TokenStream, i: number, lex: CompiledLexicon): ShareInWords | null {
  const share = shareAt(ts, i, lex);
  return share && !describesCountProgress(ts, share) ? share : null;
}

function shareAt(ts: TokenStream, i: number, lex: CompiledLexicon): ShareInWords | null {
  if (i >= ts.count) return null;
  if (ts.kind[i] === TokenKind.word) {
    const w = lowerAt(ts, i);
    // "jeder dritte Tote", "every fifth voter" — not "every second" of a clock.
    const n = lex.ordinalWords.get(w);
    if (n !== undefined && n >= 2 && i > 0 && EACH[lex.language].has(lowerAt(ts, i - 1)) && !isTimeUnitAt(ts, i + 1, lex) && !(lex.language === "en" && ts.kind[i + 1] !== TokenKind.word)) {
      return { percent: 100 / n, first: i - 1, last: i, nounAfter: i };
    }
    if (HALVES[lex.language].has(w)) return half(ts, i, lex);
  }
  return partOfWhole(ts, i, lex) ?? fraction(ts, i, lex);
}
