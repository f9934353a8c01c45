import { inPrepositionalPhrase, type AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";
import type { Holder } from "./read-holder";
import { lowerAt, type TokenStream } from "./tokens";

/**
 * Where a party's share is read from when no noun says what a percentage is of (see
 * extract-quantity's readSubject, GUIDE.md "a party's percentage is its vote share").
 */

/**
 * "Nach dem vorläufigen Ergebnis liegt die RK bei 17,3 Prozent", "No's share in the constituency
 * rose to 57.6%": a noun no table knows, found only inside a prepositional phrase, says when or
 * where a share stands, not what it is of; a party named in the sentence then holds the share.
 */
export function isCircumstanceOfShare(ts: TokenStream, subject: AmountSubject, lex: CompiledLexicon): boolean {
  return subject.key.includes(":") && inPrepositionalPhrase(ts, subject.first, lex);
}

const WITH = new Set(["with", "mit"]);

/**
 * "The Socialists won 12 seats with 19.6%", "Die SPD holte 28 Sitze mit 29,2 Prozent": a share
 * "with" which a party won the count right before it is that party's. `countLast` is the last token
 * of that count, `holder` its holder, `first` the share's first token.
 */
export function holderOfCountBefore(ts: TokenStream, countLast: number, holder: string | undefined, first: number): Holder | null {
  if (!holder || countLast !== first - 2 || !WITH.has(lowerAt(ts, first - 1))) return null;
  return { name: holder, first: first - 1, last: first - 1 };
}
