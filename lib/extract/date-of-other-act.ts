import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { ASIDE_BREAKS } from "./lexicon/punctuation";
import { SAYING_VERBS } from "./lexicon/reported-speech-words";
import { wordSets } from "./lexicon/rule-words";
import type { DateMention } from "./read-date";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const SAYINGS = wordSets(SAYING_VERBS);
// English past participles not ending in "-ed" that open a describing aside ("The ship, built in 2004, …").
const IRREGULAR_PARTICIPLES = new Set(["built", "made", "born", "held", "laid", "sold", "bought", "begun", "written", "known", "given", "taken", "won", "set", "run", "hit", "shut", "drawn", "grown"]);
// "das 2004 gebaute Schiff": a German participle used as an adjective, right after its day.
const GERMAN_PARTICIPLE_ADJECTIVE = /^ge\p{L}+t(?:e|en|er|es|em)$/u;

function opensParticipleAside(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || ts.kind[k] !== TokenKind.word || isCapitalized(ts, k)) return false;
  // "The final result, published on Friday, …": a participle that is itself an event word dates its event.
  if (matchPhraseForward(ts, k, lex.eventWords)) return false;
  const w = lowerAt(ts, k);
  return (w.length > 4 && w.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(w);
}

/**
 * Whether the date at token `first` is the day a source spoke: "Lufthansa said on Thursday the
 * strike had cost …", "sagte am Montag". A noun naming an event ("the strike") takes no day from it;
 * a verb's own day is read as before, since reports often date the act by when it was told.
 */
export function isDayOfSaying(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  return first > 0 && SAYINGS[lex.language].has(lowerAt(ts, first - 1));
}

/**
 * Whether the date at tokens `first`..`last` belongs to an aside describing a thing by an act that
 * is no event word, not to the event word at `verb`: "The ship, built in 2004, had passed …", "das
 * 2004 gebaute Schiff".
 */
export function isDateOfOtherAct(ts: TokenStream, first: number, last: number, verb: number, lex: CompiledLexicon): boolean {
  // "die am Montag gesprengte Brücke": a participle that is itself an event word dates its event.
  if (lex.language === "de") return last + 1 !== verb && GERMAN_PARTICIPLE_ADJECTIVE.test(lowerAt(ts, last + 1)) && !matchPhraseForward(ts, last + 1, lex.eventWords);
  // An aside between commas that opens with a participle and holds no event word of its own.
  let open = first - 1;
  while (open >= 0 && first - open <= 3 && !ASIDE_BREAKS.has(tokenAt(ts, open))) open--;
  if (open < 0 || tokenAt(ts, open) !== "," || !opensParticipleAside(ts, open + 1, lex)) return false;
  let close = last + 1;
  while (close < ts.count && close - last <= 3 && !ASIDE_BREAKS.has(tokenAt(ts, close))) close++;
  return tokenAt(ts, close) === "," && (verb < open || verb > close);
}

// "which was first opened in 1987": words between the relative pronoun and its verb.
const RELATIVE_AUXILIARIES = new Set(["was", "were", "had", "has", "have", "been", "is", "are", "first", "originally", "only", "later"]);
const RELATIVE_REACH = 4;

/**
 * Whether the year at `m` dates an English relative clause or participle aside that describes a
 * noun, not the news: "the hospital, which opened in 1987, …", "the dam, which was completed in
 * 1962, …", "the hospital, opened in 1987, …". The event word of such a clause (`verb`) tells the
 * noun's history, and a year alone never dates the day's events; a day ("which began on Saturday")
 * still may, so only a bare year is set aside.
 */
export function isYearOfDescribedNoun(ts: TokenStream, m: DateMention, verb: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || m.value.kind !== "date" || m.value.precision !== "year" || m.first < verb) return false;
  let k = verb - 1;
  while (k > 0 && verb - k <= RELATIVE_REACH && RELATIVE_AUXILIARIES.has(lowerAt(ts, k))) k--;
  const opener = lex.relativePronouns.has(lowerAt(ts, k)) || lowerAt(ts, k) === "who" ? k - 1 : k === verb - 1 ? k : -1;
  return opener >= 0 && tokenAt(ts, opener) === ",";
}
