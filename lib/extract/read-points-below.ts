import type { CompiledLexicon } from "./lexicon";
import type { RuleWords } from "./lexicon/rule-words";
import { wordSets } from "./lexicon/rule-words";
import { lowerAt, type TokenStream } from "./tokens";

/**
 * "lag 1,3 Prozentpunkte unter dem Wert von 2023", "1.1 points below the 2023 figure": a difference
 * in points said to lie below another figure is a fall, as "minus 1,3 Punkte" is. So is one said to
 * be lower or down: "2,1 Punkte niedriger als 2029", "3.4 points down on the last election",
 * "1.5 percentage points lower than a year earlier". Read right after the unit; "über"/"above",
 * "higher", "up" need nothing, a change without a sign is a rise.
 */
const BELOW_WORDS: RuleWords = { de: ["unter", "unterhalb", "niedriger", "tiefer"], en: ["below", "under", "lower", "down"] };
const BELOW = wordSets(BELOW_WORDS);

/** Whether the word at `j`, right after an amount in points, puts it below what follows. */
export function isPointsBelow(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return BELOW[lex.language].has(lowerAt(ts, j));
}
