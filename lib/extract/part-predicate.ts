import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import { stateAt } from "./read-state";
import { PART_OF_GROUP } from "./lexicon/part-words";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

// "Five of the dead", "drei der Verletzten": a part of a group named without a figure for its whole.
const PART_OF = new Set([...PART_OF_GROUP.de, ...PART_OF_GROUP.en]);
const COPULAS = new Set(["were", "was", "are", "is", "waren", "war", "sind", "ist"]);
const PREDICATE_REACH = 4;
const ENGLISH_PAST = /ed$/;
// Where the kind's phrase ends: "tourists from abroad", "Bergleute aus dem Tal".
const PHRASE_ENDS = new Set(["from", "of", "in", "at", "for", "with", "who", "aus", "von", "in", "bei", "mit", "für", "die", "der"]);

/**
 * "Five of the dead were company employees", "Zwei der Toten waren Touristen aus Spanien": a part
 * of a counted group that a copula says is some kind of people is the count of that kind among
 * the group, not the group's whole count. The kind's key ("en:employe") as a qualifier, or null.
 * `afterNumber` is the token after the figure, `phraseLast` the counted noun's last token.
 */
export function partPredicate(ts: TokenStream, afterNumber: number, phraseLast: number, lex: CompiledLexicon): string | null {
  if (!PART_OF.has(lowerAt(ts, afterNumber)) || !COPULAS.has(lowerAt(ts, phraseLast + 1))) return null;
  let head = -1;
  for (let k = phraseLast + 2; k < ts.count && k - phraseLast - 1 <= PREDICATE_REACH; k++) {
    const w = lowerAt(ts, k);
    if (ts.kind[k] !== TokenKind.word || lex.functionWords.has(w) || PHRASE_ENDS.has(w)) break;
    head = k;
  }
  // "120 of these protesters were detained", "drei der Verletzten waren schwer verletzt": a state
  // or a describing word after the copula says what befell the part, not what kind of people it is.
  if (head < 0 || stateAt(ts, phraseLast + 2, lex) || (lex.language === "de" ? !isCapitalized(ts, head) : ENGLISH_PAST.test(lowerAt(ts, head)))) return null;
  return `${lex.language}:${lemmaKey(lowerAt(ts, head), lex.language)}`;
}
