import type { CompiledLexicon } from "./lexicon";
import type { RuleWords } from "./lexicon/rule-words";
import { wordSets } from "./lexicon/rule-words";
import { readNumberPhrase } from "./read-number-phrase";
import { lowerAt, type TokenStream } from "./tokens";

/**
 * A tally of two sides: "lag mit 1.409 zu 1.407 Stimmen vorn", "won 1,409 to 1,407". A range runs
 * from the lower figure up ("11,500 to 13,000"); a figure followed by "to" and a lower one is a score,
 * two counts of the same noun, each a claim. German writes a score with "zu", never a range.
 */
const TALLY_JOINERS: RuleWords = { de: ["zu"], en: ["to"] };
const JOINERS = wordSets(TALLY_JOINERS);

/**
 * The last token of the other side of a tally written right after a figure of value `value` (its
 * joiner at token `j`), or -1. In English only a lower second figure makes a tally.
 */
export function tallyFigureEnd(ts: TokenStream, j: number, value: number, lex: CompiledLexicon): number {
  if (!JOINERS[lex.language].has(lowerAt(ts, j))) return -1;
  const other = readNumberPhrase(ts, j + 1, lex);
  if (!other || other.scale !== 1) return -1;
  if (lex.language === "en" && other.value >= value) return -1;
  return other.last;
}

/** Whether a range "a to b" runs downwards, which makes it a tally, not a range. */
export function isTallyRange(first: number, second: number): boolean {
  return second < first;
}
