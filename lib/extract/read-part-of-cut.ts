import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward, matchPhraseForward } from "./lexicon/phrase-index";
import { PART_AFTER, PART_BEFORE } from "./lexicon/part-words";
import { phraseIndexes } from "./lexicon/rule-words";
import type { ClaimCandidate } from "./schema";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const BEFORE = phraseIndexes(PART_BEFORE);
const AFTER = phraseIndexes(PART_AFTER);

/** Whether a claim is money cut or saved: a negative change ("cuts €6.4bn", "ein Sparpaket über 6,4 Mrd. Euro"). */
function isCut(c: ClaimCandidate, changed: boolean): boolean {
  return changed && c.value.kind === "quantity" && c.value.unit !== undefined && c.value.unit !== "%" && c.value.max !== null && c.value.max < 0;
}

/** Whether a qualifier is one `partQualifier` gave. */
export const isPartQualifier = (q: string) => q === "part" || q.startsWith("part:");

// Words that go on with a list of parts: "davon 2,1 Mrd. Euro bei Förderungen und 1,3 Mrd. Euro beim Personal".
const LIST_JOINERS = new Set([",", "und", "sowie", "and"]);

/**
 * Whether the amount from token `first` to `last` is a part of a cut named just before it in its
 * sentence: "ein Sparpaket über 6,4 Mrd. Euro, davon 2,1 Mrd. Euro bei Förderungen", "savings of
 * €6.4bn, of which €2.1bn from subsidies" — or the next in a list of such parts ("… und 1,3 Mrd. Euro
 * beim Personal"). A part of money cut is cut too, so it falls as the whole does (GUIDE.md: money cut
 * or saved is a negative change of spending). `before` is the claim just before, `beforeQualifiers` its subject's qualifiers.
 */
export function isPartOfCut(ts: TokenStream, first: number, last: number, before: ClaimCandidate | null, beforeQualifiers: readonly string[], lex: CompiledLexicon): boolean {
  if (!before || !isCut(before, beforeQualifiers.includes("change"))) return false;
  if (beforeQualifiers.some(isPartQualifier) && LIST_JOINERS.has(lowerAt(ts, first - 1))) return true;
  const lang = lex.language;
  return matchPhraseBackward(ts, first - 1, BEFORE[lang]) !== null || (last + 1 < ts.count && matchPhraseForward(ts, last + 1, AFTER[lang]) !== null);
}

// Prepositions that name where a part of a cut falls: "2,1 Mrd. Euro bei Förderungen", "€2.1bn from subsidies".
const PART_PREPOSITIONS = new Set(["bei", "für", "im", "in", "beim", "aus", "from", "on", "for", "at"]);
const ARTICLES = new Set(["den", "der", "die", "dem", "des", "the"]);

/**
 * The qualifier telling a part of a cut from its whole and from the other parts: "part:förderungen"
 * for "davon 2,1 Mrd. Euro bei Förderungen", "part:subsidies" for "of which €2.1bn from subsidies"
 * (a verb between may stand: "€2.1bn comes from subsidies"), else "part".
 */
export function partQualifier(ts: TokenStream, last: number, sentenceLast: number): string {
  for (let j = last + 1; j <= Math.min(sentenceLast, last + 3); j++) {
    if (ts.kind[j] === TokenKind.punct) break;
    if (!PART_PREPOSITIONS.has(lowerAt(ts, j))) continue;
    let k = j + 1;
    while (k <= sentenceLast && ARTICLES.has(lowerAt(ts, k))) k++;
    if (k <= sentenceLast && ts.kind[k] === TokenKind.word) return `part:${lowerAt(ts, k)}`;
  }
  return "part";
}
