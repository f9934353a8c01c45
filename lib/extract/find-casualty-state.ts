import { matchPhraseForward } from "./lexicon/phrase-index";
import type { CompiledLexicon } from "./lexicon";
import type { CasualtyState } from "./lexicon/types";
import { TokenKind, tokenAt, type TokenStream } from "./tokens";

const CLAUSE_END = new Set([",", ";", ":", ".", "!", "?", "(", ")", "–", "—"]);
// German puts the participle at the end of the clause ("… in der Region Kursk getötet oder verletzt"),
// so the search runs to the clause end, but not into the next number's territory.
const MAX_TOKENS = 14;

/**
 * The casualty state that follows a counted noun in the same clause: "Soldaten getötet" → killed,
 * "killed or wounded" → casualties (both states named), none → null. Stops at clause punctuation and
 * at the next numeral, whose words belong to another count.
 */
export function findCasualtyState(ts: TokenStream, from: number, lex: CompiledLexicon): CasualtyState | null {
  let killed = false;
  let wounded = false;
  const limit = Math.min(ts.count, from + MAX_TOKENS);
  for (let j = from; j < limit; j++) {
    const kind = ts.kind[j];
    if (kind === TokenKind.number) break;
    if (kind === TokenKind.punct && CLAUSE_END.has(tokenAt(ts, j))) break;
    const m = matchPhraseForward(ts, j, lex.casualty);
    if (!m) continue;
    if (m.phrase.value === "killed") killed = true;
    else if (m.phrase.value === "wounded") wounded = true;
    else return "casualties";
    j = m.last;
  }
  if (killed && wounded) return "casualties";
  if (killed) return "killed";
  if (wounded) return "wounded";
  return null;
}
