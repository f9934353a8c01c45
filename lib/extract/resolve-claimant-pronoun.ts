import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { nameClaimant } from "./name-claimant";
import { readSentenceContext } from "./read-sentence-context";
import { conceptOfNoun } from "./read-counted-phrase";
import { isCapitalized, lowerAt, type TokenStream } from "./tokens";

// "Innenminister Müller besuchte die Region. Nach seinen Worten …": the person is named a sentence
// or two before; further back, a pronoun more likely means someone else.
const REACH = 3;

// "Ministerin Anna Beispiel besuchte die Region": a person named with a title, who need not speak.
function titledName(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): string | undefined {
  for (let j = s.last - 1; j >= s.first; j--) {
    if (!lex.titles.has(lowerAt(ts, j)) || !isCapitalized(ts, j + 1)) continue;
    let last = j + 1;
    while (last + 1 <= s.last && isCapitalized(ts, last + 1) && last - j < 3) last++;
    return ts.text.slice(ts.start[j + 1], ts.end[last]);
  }
  return undefined;
}

// "Nun dankte Emmanuel Macron den Helfern": two capitalized words together without an article
// before them, in German, are a name rather than a noun ("den Verbündeten" has its article).
function personName(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): string | undefined {
  // English writes a name at the start of a sentence as anywhere else ("Jan Lütjens rejected the
  // criticism"); German capitalizes every noun there, so a German name is looked for after it.
  const from = lex.language === "en" && !lex.articles.has(lowerAt(ts, s.first)) && !lex.datePrepositions.has(lowerAt(ts, s.first)) ? s.first : s.first + 1;
  for (let j = from; j < s.last; j++) {
    if (!isCapitalized(ts, j) || !isCapitalized(ts, j + 1) || (j > s.first && (lex.articles.has(lowerAt(ts, j - 1)) || lex.neutralModifiers.has(lowerAt(ts, j - 1))))) continue;
    const words = [lowerAt(ts, j), lowerAt(ts, j + 1)];
    if (words.some((w) => lex.months.has(w) || lex.weekdays.has(w) || lex.claimantWords.has(w) || conceptOfNoun(w, lex))) continue;
    return ts.text.slice(ts.start[j], ts.end[j + 1]);
  }
  return undefined;
}

/**
 * Who "nach seinen Worten", "sagte er", "he said" in sentence `s` refers to: the last claimant named
 * in the few sentences before it (a speaker, a source, a headline's name). Undefined when none is.
 */
export function resolveClaimantPronoun(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): string | undefined {
  let current = s;
  for (let back = 0; back < REACH && current.first > 0; back++) {
    const earlier = findSentence(ts, current.first - 1, lex);
    const cues = readSentenceContext(ts, earlier, lex, pub).claimants;
    const last = cues[cues.length - 1];
    if (last) return last.name ?? nameClaimant(ts, last.span, lex);
    const named = titledName(ts, earlier, lex) ?? personName(ts, earlier, lex);
    if (named) return named;
    current = earlier;
  }
  return undefined;
}
