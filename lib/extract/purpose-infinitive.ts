import type { CompiledLexicon } from "./lexicon";
import { PLAN_BEFORE_TO, PURPOSE_CONJUNCTION } from "./lexicon/purpose-words";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const PLANS = wordSets(PLAN_BEFORE_TO);
const CONJUNCTIONS = wordSets(PURPOSE_CONJUNCTION);
const INFINITIVE_MARK = { de: "zu", en: "to" } as const;
// How far back from "zu" the "um" opening the clause may stand: "um gegen die neuen Regeln der Regierung zu protestieren".
const CLAUSE_REACH = 14;

/**
 * Whether the event word at token `verb` is an infinitive of purpose: "drove into The Hague on
 * Wednesday to protest", "fuhren am Mittwoch nach Den Haag, um gegen die Pläne zu protestieren". Its
 * act happened when the main verb did, so the sentence's day dates it. Not after a word of planning
 * or wishing ("plan to protest on Saturday"), whose day lies ahead or nowhere.
 */
export function isPurposeInfinitive(ts: TokenStream, verb: number, lex: CompiledLexicon): boolean {
  const language = lex.language;
  if (lowerAt(ts, verb - 1) !== INFINITIVE_MARK[language]) return false;
  // "in the year to March 2028": a capitalized word after "to" is a name or a month, no verb.
  if (isCapitalized(ts, verb) || lex.months.has(lowerAt(ts, verb))) return false;
  if (language === "en") return ts.kind[verb - 2] !== TokenKind.word || !PLANS.en.has(lowerAt(ts, verb - 2));
  for (let k = verb - 2; k >= 0 && verb - k <= CLAUSE_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "-") return false;
    if (CONJUNCTIONS.de.has(lowerAt(ts, k))) return ts.kind[k - 1] === TokenKind.punct && tokenAt(ts, k - 1) === ",";
  }
  return false;
}
