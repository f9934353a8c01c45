import type { CompiledLexicon } from "./lexicon";
import { claimantWord } from "./name-claimant";
import type { ClaimantSpan } from "./read-claimant";
import { APOSTROPHES } from "./lexicon/punctuation";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// The role may carry a genitive ("der Sprecher der Grünen", "the union's chief negotiator"): up to
// this many words between the verb and the comma.
const ROLE_REACH = 8;
// A person's name: a given name and a family name, at most a middle name and a particle more.
const NAME_WORDS = { min: 2, max: 4 };
// What may follow the name: the comma closing the apposition (before an age or a day), a bracketed
// age, the sentence's end.
const NAME_ENDS = new Set([",", ".", ";", "("]);

function isRole(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, k);
  return lex.titles.has(w) || claimantWord(w, lex) !== undefined;
}

// German names its role first ("der haushaltspolitische Sprecher der Grünen"): the first capitalized
// word is the head. English ends the phrase in it ("the Greens' budget spokesman").
function namesRole(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (lex.language === "en") return isRole(ts, last, lex);
  for (let k = first; k <= last; k++) if (isCapitalized(ts, k)) return isRole(ts, k, lex);
  return false;
}

/**
 * "sagte der haushaltspolitische Sprecher der Grünen, Tobias Relling, 44", "said the union's chief
 * spokesman, Maren Roth, on Monday": after the verb, a speaker named by role, then by name between
 * commas; the name says who speaks. Returns the name's span, or null when the words from `j` (the
 * token after the verb) to the first comma are no role, or no name of two to four capitalized words
 * that are no role themselves follows the comma.
 */
export function nameInApposition(ts: TokenStream, j: number, last: number, lex: CompiledLexicon): ClaimantSpan | null {
  let comma = -1;
  for (let k = j; k <= last && k - j <= ROLE_REACH; k++) {
    if (tokenAt(ts, k) === ",") {
      comma = k;
      break;
    }
    // "the Greens' spokesman": a plural genitive's apostrophe stands alone.
    if (ts.kind[k] !== TokenKind.word && !APOSTROPHES.has(tokenAt(ts, k))) return null;
  }
  if (comma <= j || !namesRole(ts, j, comma - 1, lex)) return null;
  let k = comma + 1;
  while (k <= last && k - comma <= NAME_WORDS.max && ts.kind[k] === TokenKind.word && isCapitalized(ts, k) && !isRole(ts, k, lex)) k++;
  const words = k - comma - 1;
  if (words < NAME_WORDS.min || words > NAME_WORDS.max) return null;
  if (k <= last && !NAME_ENDS.has(tokenAt(ts, k))) return null;
  return { first: comma + 1, last: k - 1 };
}
