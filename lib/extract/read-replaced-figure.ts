import type { CompiledLexicon } from "./lexicon";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// "elf statt zehn Sitze", "anstatt", "11 instead of 10 seats", "rather than": a figure set against the
// one it replaces, the counted noun written once after the second.
const INSTEAD = new Map<string, string | null>([["statt", null], ["anstatt", null], ["instead", "of"], ["rather", "than"]]);

/**
 * The last token of a replaced figure written right after a count: "statt zehn" in "erhalten elf statt
 * zehn Sitze", "instead of 10" in "11 instead of 10 seats". The noun after it counts the first figure
 * too. -1 when no such phrase starts at token `j`.
 */
export function replacedFigureEnd(ts: TokenStream, j: number, lex: CompiledLexicon): number {
  const link = INSTEAD.get(lowerAt(ts, j));
  if (link === undefined) return -1;
  const figure = link === null ? j + 1 : lowerAt(ts, j + 1) === link ? j + 2 : -1;
  if (figure < 0) return -1;
  const isFigure = ts.kind[figure] === TokenKind.number || (ts.kind[figure] === TokenKind.word && lex.numberWords.has(lowerAt(ts, figure)) && !lex.articleNumbers.has(lowerAt(ts, figure)));
  return isFigure ? figure : -1;
}
