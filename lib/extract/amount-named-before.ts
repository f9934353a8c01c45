import { moneyNounSubjectAt, type AmountSubject } from "./find-amount-subject";
import { findSentence } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isLineBreakBefore, lowerAt, type TokenStream } from "./tokens";

/** The figure found last before this one: where it ends, what it is of and its unit. */
export type FigureBefore = { last: number; subject: { subject: string; qualifiers: string[] }; unit: string | undefined };

/**
 * What a sum of money that names nothing in its own clause is of, read back to the start of the
 * sentence before, in the same paragraph: a rival's figure answers the question just asked.
 * "Die Grünen halten die Lücke für größer. Fraktionschefin X sprach von „mindestens 2,8 Milliarden
 * Euro“", "Der Bund der Steuerzahler rechnet dagegen mit 1,3 Mrd. Euro", "Das Ministerium beziffert
 * ihn auf 66,4 Milliarden Euro", "The council puts it at €2bn". The nearer of a known noun of money
 * and a figure in the same currency names it. A pronoun or stand-in (`standIn`: "liege sie bei")
 * points back from where it stands; otherwise the figure's own sentence was read already and
 * named nothing, so only the sentence before is read.
 */
export function amountNamedBefore(ts: TokenStream, first: number, sentenceFirst: number, standIn: boolean, previous: FigureBefore | null, unit: string, lex: CompiledLexicon): AmountSubject | null {
  // "Die Gewerbesteuer ist mit 2,35 Milliarden Euro die wichtigste Einnahmequelle": without a voice
  // giving it, a sum naming nothing known is of what its own sentence names, not of the one before.
  if (!standIn && !voicedBefore(ts, sentenceFirst, first, lex)) return null;
  if (sentenceFirst === 0 || isLineBreakBefore(ts, sentenceFirst)) return standIn ? backTo(ts, first - 1, sentenceFirst, previous, unit, lex) : null;
  const before = findSentence(ts, sentenceFirst - 1, lex);
  return backTo(ts, standIn ? first - 1 : sentenceFirst - 1, before.first, previous, unit, lex);
}

function backTo(ts: TokenStream, from: number, to: number, previous: FigureBefore | null, unit: string, lex: CompiledLexicon): AmountSubject | null {
  for (let j = from; j >= to; j--) {
    if (previous && j === previous.last) {
      if (previous.unit !== unit) return null;
      return { key: previous.subject.subject, qualifiers: previous.subject.qualifiers.filter((q) => q !== "change"), first: j, last: j };
    }
    if (ts.kind[j] !== TokenKind.word) continue;
    const noun = moneyNounSubjectAt(ts, j, lex);
    if (noun) return noun;
  }
  return null;
}

// "sprach von", "rechnet dagegen mit", "beziffert ihn auf", "put it at": a verb of saying or
// reckoning before the sum in its sentence makes it someone's figure for a question already asked.
function voicedBefore(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  for (let j = from; j < to; j++) if (ts.kind[j] === TokenKind.word && lex.speechVerbs.has(lowerAt(ts, j))) return true;
  return false;
}
