import { getLexicon, type Language } from "./lexicon";
import { readNumberPhrase } from "./read-number-phrase";
import { tokenize } from "./tokenize";

/**
 * The number written in `text`, read with the conventions of `language`: numerals ("10.000" in German
 * is ten thousand, "1,5" one and a half), number words ("zehntausend", "ten thousand"), multipliers
 * ("1,5 Millionen", "12k") and hyphenated forms ("three-thousand-200", "52-hundred", "8-thousand").
 * Returns null unless the whole text (ignoring surrounding space) is one number; vague amounts such
 * as "Tausende" are not numbers. Never throws.
 */
export function parseNumber(text: string, language: Language): number | null {
  const ts = tokenize(text);
  if (ts.count === 0) return null;
  const phrase = readNumberPhrase(ts, 0, getLexicon(language));
  if (!phrase || phrase.last !== ts.count - 1) return null;
  return phrase.value;
}
