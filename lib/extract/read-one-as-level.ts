import type { CompiledLexicon } from "./lexicon";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// "to one side", "at one point", "to one of the hospitals": "one" going on with a noun or "of" is a
// pronoun or an article; closing its clause, or followed by when it was so, it is the figure.
const LEVEL_PREPOSITIONS = new Set(["to", "at"]);
const AFTER_LEVEL = new Set(["on", "after", "by", "as", "since", "overnight", "today", "yesterday", "late", "earlier", "later", "this", "last"]);
// "bringing the death toll to one": the count noun stands a few words before its level.
const COUNT_REACH = 6;

/**
 * "bringing the death toll to one", "the number of injured rose to one on Sunday": English "one"
 * after "to" or "at", closing its clause and with a count noun before it ("toll", "number"), is
 * the level the count reached, the figure one. English "one" is otherwise read as an article
 * (`articleNumbers`); German "eins" is a number word already.
 */
export function isOneAsLevel(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || lowerAt(ts, i) !== "one" || !LEVEL_PREPOSITIONS.has(lowerAt(ts, i - 1))) return false;
  if (i + 1 < ts.count && ts.kind[i + 1] !== TokenKind.punct && !AFTER_LEVEL.has(lowerAt(ts, i + 1))) return false;
  for (let k = i - 2; k >= 0 && i - k <= COUNT_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct) return false;
    if (lex.countWords.has(lowerAt(ts, k))) return true;
  }
  return false;
}
