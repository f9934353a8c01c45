import type { CompiledLexicon } from "./lexicon";
import { lowerAt, type TokenStream } from "./tokens";

// Words right before a figure that make it a part of the figure before ("mehr als 5.000 Traktoren,
// davon 3.500 in Den Haag", "41 dead, of whom 12 children"): the comparer reads them in the quote
// (lib/compare/read-scope-marks.ts), so the quote starts with them.
// "Some 45 people were hurt, among them 12 seriously", "43 Verletzte, unter ihnen elf schwer",
// "31 Verletzte, von denen sieben schwer verletzt seien".
const LEADS = { de: [["davon"], ["darunter"], ["unter", "ihnen"], ["von", "denen"], ["unter", "denen"]], en: [["of", "which"], ["of", "whom"], ["among", "them"], ["among", "those"]] } as const;

/**
 * The first token of a subset lead standing right before the figure at `first` ("davon 3.500"),
 * or `first` when there is none. Only the quote is widened; what the figure counts is read as before.
 */
export function subsetLead(ts: TokenStream, first: number, lex: CompiledLexicon): number {
  const leads = LEADS[lex.language === "de" ? "de" : "en"];
  for (const lead of leads) {
    const from = first - lead.length;
    if (from >= 0 && standsAt(ts, from, lead)) return from;
  }
  return first;
}

// A loop rather than `every` with a closure: asked at every figure, the closures were a twentieth of
// all that extraction allocated.
function standsAt(ts: TokenStream, from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lowerAt(ts, from + k) !== words[k]) return false;
  return true;
}
