import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// Words that open the level a change started from: "to NOK 400m from the NOK 250m", "auf 6 von 4 Prozent".
const FROM = new Set(["from", "von"]);
// How far "from" may stand before its figure: "from the NOK 250m", "from an earlier 250".
const REACH = 4;

/**
 * Whether an earlier level stands between a figure (ending at token `after` - 1) and a date at token
 * `date`: in "raised its aid to NOK 400m from the NOK 250m promised on Thursday", Thursday dates the
 * 250m promised then, not the 400m the sentence reports now.
 */
export function isDateOfEarlierLevel(ts: TokenStream, after: number, date: number): boolean {
  for (let j = after; j < date; j++) {
    if (!FROM.has(lowerAt(ts, j))) continue;
    for (let k = j + 1; k < date && k - j <= REACH; k++) if (ts.kind[k] === TokenKind.number) return true;
  }
  return false;
}
