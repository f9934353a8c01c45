import type { CompiledLexicon } from "./lexicon";
import { COMPOUND_SOURCE_ACCOUNTS, COMPOUND_SOURCE_OPENERS } from "./lexicon/compound-source-words";
import { wordSets } from "./lexicon/rule-words";
import { claimantWord } from "./name-claimant";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";
import type { ClaimantSpan } from "./read-claimant";

const OPENERS = wordSets(COMPOUND_SOURCE_OPENERS);
const ACCOUNTS = COMPOUND_SOURCE_ACCOUNTS.de;
// "Gewerkschafts|angaben", "Regierungs|angaben": the linking s belongs to the compound, not the source.
const LINKING_S = /(ung|schaft|heit|keit|ion|tät|ium|amt)s$/;
const MIN_FRONT = 3;

/**
 * A source folded into a compound after "nach"/"laut" at token `j`: "nach Verdi-Angaben" (the name
 * before the hyphen), "nach Polizeiangaben" (the compound's front, in English when it is a known
 * claimant word: "police"). Null for anything else, "nach Angaben" included (read as a source marker).
 */
export function readCompoundSource(ts: TokenStream, j: number, lex: CompiledLexicon): { span: ClaimantSpan; name?: string; last: number } | null {
  if (!OPENERS[lex.language].has(lowerAt(ts, j)) || ts.kind[j + 1] !== TokenKind.word) return null;
  // "nach Verdi-Angaben": a hyphen splits the compound into tokens.
  if (tokenAt(ts, j + 2) === "-" && ACCOUNTS.includes(lowerAt(ts, j + 3))) return { span: { first: j + 1, last: j + 1 }, last: j + 3 };
  const word = lowerAt(ts, j + 1);
  const account = ACCOUNTS.find((a) => word.length - a.length >= MIN_FRONT && word.endsWith(a));
  if (!account) return null;
  const written = tokenAt(ts, j + 1).slice(0, word.length - account.length);
  const front = LINKING_S.test(written) ? written.slice(0, -1) : written;
  return { span: { first: j + 1, last: j + 1 }, name: claimantWord(front.toLowerCase(), lex) ?? front, last: j + 1 };
}
