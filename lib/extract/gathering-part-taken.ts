import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { isStrikeNoun } from "./read-strike-participation";
import { lowerAt, type TokenStream } from "./tokens";

// "nahmen … an Kundgebungen teil", "hatten am Streik teilgenommen": German splits "teilnehmen" around
// what was joined; the particle (or the participle) closes the phrase.
const LINKS = new Set(["an", "am"]);
const ARTICLES = new Set(["den", "der", "dem", "die", "einer", "einem", "beiden", "mehreren", "zahlreichen"]);
const CLOSERS = new Set(["teil", "teilgenommen", "teilnahmen", "teilnehmen"]);
// "an den Kundgebungen in Athen und Thessaloniki teil": a few words may name where.
const REACH = 5;

const refs = new WeakMap<CompiledLexicon, Map<string, ConceptRef>>();

function conceptRef(lex: CompiledLexicon, key: string): ConceptRef | undefined {
  let byKey = refs.get(lex);
  if (!byKey) {
    byKey = new Map();
    for (const c of lex.conceptNouns.values()) byKey.set(c.key, c);
    refs.set(lex, byKey);
  }
  return byKey.get(key);
}

/**
 * A German "an <gathering> teil" phrase starting at token `j`, said of the group counted before it:
 * "rund 110.000 Menschen an Kundgebungen teil" → protesters, "4.000 Beschäftigte am Streik teil" →
 * strikers. Returns the concept and the phrase's last token, or null.
 */
export function gatheringPartTaken(ts: TokenStream, j: number, lex: CompiledLexicon): { concept: ConceptRef; first: number; last: number } | null {
  if (lex.language !== "de" || !LINKS.has(lowerAt(ts, j))) return null;
  let k = j + 1;
  while (ARTICLES.has(lowerAt(ts, k))) k++;
  const noun = lowerAt(ts, k);
  const strike = isStrikeNoun(noun, "de");
  if (!strike && !lex.gatherings.has(noun)) return null;
  for (let m = k + 1; m <= k + REACH && m < ts.count; m++) {
    if (!CLOSERS.has(lowerAt(ts, m))) continue;
    const concept = conceptRef(lex, strike ? "strikers" : "protesters");
    return concept ? { concept, first: j, last: m } : null;
  }
  return null;
}
