import type { CompiledLexicon } from "./lexicon";
import { claimantWord, nameClaimant } from "./name-claimant";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * The source of a figure in a clause that leaves its verb out: "Police counted 38,000, organisers
 * nearly 90,000", "Die Polizei zählte 9.000, die Veranstalter 12.000". A comma, perhaps an article,
 * a word the claimant table knows, then the figure (from its hedge, `first`), after a clause that
 * ends with an earlier figure: the second figure is that source's, as the first is its own source's.
 * Undefined otherwise.
 */
export function ellipticSource(ts: TokenStream, first: number, sentenceFirst: number, lex: CompiledLexicon): string | undefined {
  // "Die Polizei sprach von 28.000, die Veranstalter von 70.000", "police put it at 31,000,
  // organisers at 70,000": the verb's preposition is repeated before the figure.
  const noun = REPEATED_PREPOSITIONS.has(lowerAt(ts, first - 1)) ? first - 2 : first - 1;
  if (noun <= sentenceFirst || ts.kind[noun] !== TokenKind.word || claimantWord(lowerAt(ts, noun), lex) === undefined) return undefined;
  const comma = lex.articles.has(lowerAt(ts, noun - 1)) ? noun - 2 : noun - 1;
  if (tokenAt(ts, comma) !== "," || !figureEndsClause(ts, comma, sentenceFirst)) return undefined;
  return nameClaimant(ts, { first: noun, last: noun }, lex);
}

const REPEATED_PREPOSITIONS = new Set(["von", "auf", "at", "of"]);

// The earlier figure closes its clause, perhaps with a word or two of where ("38,000 nationwide,").
const FIGURE_CLAUSE_TAIL = 2;

function figureEndsClause(ts: TokenStream, comma: number, sentenceFirst: number): boolean {
  for (let k = comma - 1; k >= sentenceFirst && comma - k <= FIGURE_CLAUSE_TAIL + 1; k--) {
    if (ts.kind[k] === TokenKind.number) return true;
    if (ts.kind[k] !== TokenKind.word) return false;
  }
  return false;
}
