import { resolvePlace } from "@/lib/places";
import type { SentenceSpan } from "./find-sentence";
import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import type { ClaimantCue } from "./read-claimant-cue";
import { TokenKind, isCapitalized, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Innenminister: 95 Tote", "Polizei warnt: …", "Organisers: 40,000 marched": a short name before a
// colon at the start of a line, optionally followed by a speech verb.
const MAX_WORDS = 4;
const VERB_ENDING = /(?:t|en)$/;
const INFLECTED = /(?:es|en|er|em)$/;

/**
 * The claimant a headline (or any line) names before its colon, or null. Only at the start of a
 * line, so a colon inside a sentence ("Die Bilanz: 95 Tote") still needs a name-like phrase.
 */
export function readHeadlineClaimant(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): ClaimantCue | null {
  if (!isLineBreakBefore(ts, s.first)) return null;
  let end = -1;
  for (let j = s.first; j <= s.last && j - s.first <= MAX_WORDS + 1; j++) {
    if (tokenAt(ts, j) === ":") {
      end = j - 1;
      break;
    }
    if (ts.kind[j] !== TokenKind.word && tokenAt(ts, j) !== "-") return null;
  }
  if (end < s.first) return null;
  // "Polizei warnt:" — the verb is not part of the name.
  let last = end;
  // German verbs end in -t/-en ("warnt", "melden"); English ones are taken from the speech verbs only.
  const verb = last > s.first && !isCapitalized(ts, last) && (lex.speechVerbs.has(lowerAt(ts, last)) || (lex.language === "de" && VERB_ENDING.test(lowerAt(ts, last))));
  if (verb) last--;
  let first = s.first;
  if (lex.articles.has(lowerAt(ts, first))) first++;
  if (last < first || lex.nonClaimants.has(lowerAt(ts, last))) return null;
  let known = false;
  let words = 0;
  for (let j = first; j <= last; j++) {
    if (tokenAt(ts, j) === "-") continue;
    const w = lowerAt(ts, j);
    if (lex.claimantWords.has(w) || lex.titles.has(w)) known = true;
    else if (!isCapitalized(ts, j) || lex.countWords.has(w) || lex.amountNouns.has(lemmaKey(w, lex.language))) return null;
    // "Amtliches Endergebnis:", "Neues Defizit:": an inflected adjective opens a noun phrase, not a name.
    else if (lex.language === "de" && j < last && INFLECTED.test(w)) return null;
    words++;
  }
  // A person's name ("Anna Beispiel"), an institution the tables know ("Polizei"), or any name with a
  // speech verb ("Madrid warnt:").
  // Hyphens join German compounds ("Klinik-Proteste"), spaces the parts of a name ("Anna Beispiel").
  let spaced = 0;
  for (let j = first; j <= last; j++) if (tokenAt(ts, j) !== "-" && tokenAt(ts, j - 1) !== "-") spaced++;
  // A place alone before the colon ("Portugal: Voz Nacional reklamiert …", "Graz: …") is what the
  // story is about, a dateline of sorts; it speaks only with a verb ("Madrid warnt:").
  const named = known || verb || (spaced >= 2 && first === s.first && !(words === 1 && resolvePlace(tokenAt(ts, first), lex.language) !== null));
  if (!named) return null;
  return { at: s.first, span: { first, last }, explicit: true, last: end + 1 };
}
