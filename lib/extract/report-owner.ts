import type { CompiledLexicon } from "./lexicon";
import { claimantWord } from "./name-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "the government's earlier estimate of at least €800m", "the police figure of 18,000", "Vienna's
// own figure is €16.7bn": a figure a report noun holds is the report's, and a report's possessor —
// a genitive in -'s, or a claimant noun set before it — is its author. It vouches for that figure
// only, not for the others of the sentence, so it is read from the figure back, never as a cue.
// English only: German writes the author after the noun ("die Schätzung der Regierung"), with
// "nach" or "laut" before it, which the source markers read.

/** Report nouns a figure hangs on besides the lexicon's ("figure", "claim", "count"). */
const FIGURE_NOUNS = new Set(["figure", "claim", "number", "total"]);
// "of" after the noun, or a copula: "estimate of €800m", "figure is €16.7bn", "figure was 18,000".
const LINKS = new Set(["of", "is", "was", "at", "stands", "stood"]);
const MODIFIERS = 2;
const POSSESSIVE = /['’]s?$/;

function isReportNoun(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, k);
  return lex.reportNouns.has(w) || FIGURE_NOUNS.has(w);
}

const isCalendarWord = (w: string, lex: CompiledLexicon): boolean => lex.weekdays.has(w) || lex.months.has(w);

// How many capitalized words may stand before a possessive name's last ("the Salvation Army's", "the Red Cross's").
const NAME_WORDS_BEFORE = 3;

// "the Red Cross's earlier count": the possessive ends a name of several capitalized words; all of them are the author.
function nameEndingInPossessive(ts: TokenStream, k: number, lex: CompiledLexicon): string {
  let start = k;
  const nameWord = (m: number) => {
    const w = lowerAt(ts, m);
    return ts.kind[m] === TokenKind.word && isCapitalized(ts, m) && !lex.articles.has(w) && !lex.functionWords.has(w) && !isCalendarWord(w, lex);
  };
  while (start > 0 && k - start < NAME_WORDS_BEFORE && nameWord(start - 1)) start--;
  return ts.text.slice(ts.start[start], ts.end[k]).replace(POSSESSIVE, "");
}

/** Who owns the report noun whose figure starts at token `first`, or null. */
export function ownerOfReportFigure(ts: TokenStream, first: number, lex: CompiledLexicon): string | null {
  if (lex.language !== "en" || !LINKS.has(lowerAt(ts, first - 1))) return null;
  const noun = first - 2;
  if (ts.kind[noun] !== TokenKind.word || !isReportNoun(ts, noun, lex)) return null;
  // "the police figure": a claimant noun right before the report noun.
  const before = lowerAt(ts, noun - 1);
  const known = claimantWord(before, lex);
  if (known !== undefined && lowerAt(ts, noun - 2) === "the") return known;
  // "the government's earlier estimate", "Vienna's own figure": a possessive, then up to two modifiers.
  for (let k = noun - 1; k >= 0 && noun - k <= MODIFIERS + 1; k--) {
    if (ts.kind[k] !== TokenKind.word) return null;
    const word = tokenAt(ts, k);
    if (POSSESSIVE.test(word)) {
      const owner = word.replace(POSSESSIVE, "");
      // "Saturday's nationwide total", "May's figure": a day or month in the genitive dates the report, it does not write it.
      if (owner.length < 2 || isCalendarWord(owner.toLowerCase(), lex)) return null;
      return isCapitalized(ts, k) ? nameEndingInPossessive(ts, k, lex) : (claimantWord(owner.toLowerCase(), lex) ?? owner);
    }
    if (isCapitalized(ts, k) || lex.functionWords.has(word.toLowerCase()) || lex.articles.has(word.toLowerCase())) return null;
  }
  return null;
}
