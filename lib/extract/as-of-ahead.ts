import { movedAhead } from "./date-ahead";
import type { Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { EXPECT_AHEAD, PAST_HEARSAY, PERFECT_AUXILIARIES } from "./lexicon/expect-ahead-words";
import { PLAN_AHEAD } from "./lexicon/plan-ahead-words";
import { wordSets } from "./lexicon/rule-words";
import type { AsOf } from "./read-as-of";
import { readDate } from "./read-date";
import { lowerAt, type TokenStream } from "./tokens";

const PLANS = wordSets(PLAN_AHEAD);
const EXPECTS = wordSets(EXPECT_AHEAD);
const HEARSAY = new Set(PAST_HEARSAY);
const AUXILIARIES = new Set(PERFECT_AUXILIARIES);

// "getötet worden sein", "gezahlt haben": a perfect infinitive, which makes "soll" hearsay of the past.
function isPastHearsay(ts: TokenStream, k: number): boolean {
  const w = lowerAt(ts, k);
  if (HEARSAY.has(w)) return true;
  const before = lowerAt(ts, k - 1);
  return AUXILIARIES.has(w) && before.length > 4 && before.startsWith("ge");
}

function speaksAhead(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  let ahead = false;
  for (let k = first; k <= last; k++) {
    if (lex.language === "de" && isPastHearsay(ts, k)) return false;
    const w = lowerAt(ts, k);
    if (EXPECTS[lex.language].has(w) || PLANS[lex.language].has(w)) ahead = true;
  }
  return ahead;
}

/**
 * The as-of day of a figure expected or planned on a weekday, when the readers placed it in the
 * week gone: "Das Bündnis rechnet am Samstag mit bis zu 50.000 Teilnehmern", "Rund 1.800 Beamte
 * sollen am Samstag im Dienst sein", "The company expects 12,000 services to be cancelled on
 * Tuesday" — in a report of Friday, that Saturday or Tuesday is the next one. Null when the
 * sentence (`first`..`last`) speaks of no act to come before the date at `at`, or that date is not a
 * weekday or a day without a year placed before publication. German "soll … getötet worden sein" is
 * hearsay of the past, not a plan, wherever its perfect infinitive stands.
 */
export function asOfAhead(ts: TokenStream, at: number, first: number, last: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  // The plan or expectation stands before the day it governs: in "A fund announced on Friday will pay
  // out €20m" the "will" comes after, and Friday is the announcement's.
  if (!pub || !speaksAhead(ts, first, at - 1, lex) || (lex.language === "de" && !speaksAhead(ts, first, last, lex))) return null;
  const date = readDate(ts, at, lex, pub);
  if (!date || date.value.kind !== "date") return null;
  const moved = movedAhead(date.value, date.rule, pub);
  return moved === date.value ? null : { from: moved.from, to: moved.to };
}
