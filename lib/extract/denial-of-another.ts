import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// Nouns that take up the figure just given: "…, a figure the police rejected", "eine Zahl, die die Polizei bestritt".
const FIGURE_NOUNS = new Set(["figure", "number", "count", "estimate", "claim", "zahl", "angabe", "schätzung", "darstellung"]);
// Far enough for the rival's name between them ("a figure the city's own police again rejected").
const REACH = 8;
// "rejected the figure, saying no more than 950 had come": the denier goes on to give a figure of its own.
const OWN_FIGURE_OPENERS = new Set(["saying", "insisting", "arguing", "putting", "sagte", "erklärte"]);

/**
 * Whether the denial cue at token `cue` belongs to someone other than whoever gave the figure at `at`:
 * a denial behind the figure in a clause that takes it up as "a figure" ("1,500 taxis, a figure the
 * police rejected"), said of the figure by its rival, not by its source; or a denial before the
 * figure that goes on, after a comma, to the denier's own figure ("rejected it, saying no more than
 * 950"). Either way the figure itself is stated.
 */
export function isDenialOfAnother(ts: TokenStream, cue: number, at: number): boolean {
  if (cue > at) {
    for (let k = cue - 1; k > at && cue - k <= REACH; k--) {
      if (ts.kind[k] === TokenKind.word && FIGURE_NOUNS.has(lowerAt(ts, k))) return true;
      if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== ",") return false;
    }
    return false;
  }
  for (let k = cue + 1; k < at; k++) if (tokenAt(ts, k) === "," && OWN_FIGURE_OPENERS.has(lowerAt(ts, k + 1))) return true;
  return false;
}
