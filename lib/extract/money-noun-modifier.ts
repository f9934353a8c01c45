import { moneyNounSubjectAt, type AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";

/**
 * "the real borrowing need was close to €450m", "the debt level stands at €12bn": in an English
 * compound no table knows, a known noun of money before the head says what the money is; the head
 * ("need", "level", "figure") only says which side of it is meant. German writes such a compound
 * as one word, read by its tail (findAmountConcept). Null when the word before is no noun of money.
 */
export function moneyNounModifier(ts: Parameters<typeof moneyNounSubjectAt>[0], subject: AmountSubject, lex: CompiledLexicon): AmountSubject | null {
  if (lex.language !== "en" || !subject.key.startsWith("en:") || subject.first !== subject.last || subject.first === 0) return null;
  const modifier = moneyNounSubjectAt(ts, subject.first - 1, lex);
  if (!modifier || modifier.key.includes(":")) return null;
  return { key: modifier.key, qualifiers: modifier.qualifiers, first: modifier.first, last: subject.last };
}
