import type { CompiledLexicon } from "./lexicon";
import { lowerAt, tokenAt, type TokenStream } from "./tokens";

// Relative openers beside the lexicon's ("which", "der"): people and places have their own.
const MORE_RELATIVES = new Set(["who", "whom", "whose", "where", "wo", "denen", "deren", "dessen", "welcher", "welche", "welches"]);

/**
 * Where the words after a figure that may name its place end (`to` at most): before a semicolon,
 * which closes its clause ("2,200 workers walked out in Bremerhaven; across all North Sea ports …"),
 * and before a relative clause that describes some other noun: "… nicht auf 229 Prozent, heißt es
 * in einem Bericht, den der Rat am Donnerstag in Tokio vorlegte" (the report was presented in
 * Tokyo; the figure is not Tokyo's). A relative clause in the figure's own clause describes what it
 * counts ("3.000 Menschen, die in Wien demonstrierten", "28 Schiffe vor der Elbmündung, die nach
 * Hamburg wollten") and is kept: only one behind a second comma, once that clause has closed, is cut off.
 */
export function trailingPlaceEnd(ts: TokenStream, figureLast: number, to: number, lex: CompiledLexicon): number {
  let commas = 0;
  for (let j = figureLast + 1; j < to; j++) {
    const t = tokenAt(ts, j);
    if (t === ";") return j - 1;
    if (t !== ",") continue;
    const w = lowerAt(ts, j + 1);
    if (commas++ > 0 && (lex.relativePronouns.has(w) || MORE_RELATIVES.has(w))) return j - 1;
  }
  return to;
}
