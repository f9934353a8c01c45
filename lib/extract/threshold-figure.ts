import type { CompiledLexicon } from "./lexicon";
import { readUnitAfter } from "./read-unit";
import { TokenKind, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * Whether a rule's bar follows token `after - 1`: "missed the 5% threshold", "an der
 * Fünf-Prozent-Hürde", "die 5-Prozent-Hürde". German glues the noun with hyphens. A share naming
 * such a bar is no figure of the event.
 */
export function isThresholdAfter(ts: TokenStream, after: number, lex: CompiledLexicon): boolean {
  const k = tokenAt(ts, after) === "-" && isJoined(ts, after) ? after + 1 : after;
  return ts.kind[k] === TokenKind.word && lex.thresholdNouns.has(lowerAt(ts, k));
}

/**
 * Whether the number at `j` is a bar's percentage ("the 5% threshold", "die 5-Prozent-Hürde"): it
 * names a rule, not a figure anyone holds, so it stands between a party and its share unread ("The
 * Greens missed the 5% threshold with 4.9%").
 */
export function isThresholdNumber(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] !== TokenKind.number) return false;
  const from = tokenAt(ts, j + 1) === "-" && isJoined(ts, j + 1) ? j + 2 : j + 1;
  const unit = readUnitAfter(ts, from, lex);
  return unit !== null && unit.unit.kind === "percent" && isThresholdAfter(ts, unit.last + 1, lex);
}
