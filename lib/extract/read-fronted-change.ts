import { readAfterUnit, type AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";
import { readQuantity } from "./read-quantity";
import { readCurrencyBefore, readUnitAfter } from "./read-unit";
import { lowerAt, type TokenStream } from "./tokens";

/**
 * "Um 3 Prozent auf 12,4 Milliarden Euro steigen die Ausgaben": German may put the change and the
 * new level before the verb and name what changes after it. The change (its unit ending at token
 * `end`, "um" before it) is about what the new level after "auf" is about. Null when nothing of the
 * kind follows.
 */
export function subjectAfterNewLevel(ts: TokenStream, end: number, lex: CompiledLexicon): AmountSubject | null {
  if (lex.language !== "de" || lowerAt(ts, end + 1) !== "auf") return null;
  const level = readQuantity(ts, end + 2, lex);
  if (!level) return null;
  const before = readCurrencyBefore(ts, level.first, lex);
  const unit = before ? null : readUnitAfter(ts, level.last + 1, lex);
  if (!before && !unit) return null;
  const unitKind = (before ?? unit)!.unit.kind;
  const following = readAfterUnit(ts, (unit ? unit.last : level.last) + 1, lex, unitKind === "currency", unitKind === "percent");
  return following?.subject ?? null;
}
